package org.targetboard.prioritization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceModifier;
import org.targetboard.prioritization.knowledge.Drug;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * An option while the engine works on it; mutable and confined to one ranking.
 */
final class Candidate {

	final String id;

	final OptionType type;

	final String label;

	final @Nullable Drug drug;

	EvidenceGrade evidence;

	boolean standardOfCare;

	int feasibilityPenalties;

	int situationFit;

	int functionalSupport;

	int intentFit;

	final Set<String> supportingEvents = new TreeSet<>();

	final Set<String> trials = new TreeSet<>();

	/** For a trial arm: the case meets its eligibility (not only potentially). */
	boolean eligibleTrial;

	/** For a trial arm: its drugs. */
	final Set<String> trialDrugs = new TreeSet<>();

	final List<Reason> reasons = new ArrayList<>();

	final List<Reason> warnings = new ArrayList<>();

	/** The reasons that name it as the strategy for the clinical situation. */
	final List<Reason> strategy = new ArrayList<>();

	/** The reasons that count against feasibility. */
	final List<Reason> concerns = new ArrayList<>();

	final List<Reason> exclusions = new ArrayList<>();

	Candidate(String id, OptionType type, String label, @Nullable Drug drug, EvidenceGrade evidence) {
		this.id = id;
		this.type = type;
		this.label = label;
		this.drug = drug;
		this.evidence = evidence;
	}

	boolean isExcluded() {
		return !this.exclusions.isEmpty();
	}

	/** Keeps the stronger evidence; modifiers of equal levels are merged. */
	void offerEvidence(EvidenceGrade offered, int offeredRank, int currentRank) {
		if (offeredRank < currentRank) {
			this.evidence = offered;
		}
		else if (offeredRank == currentRank) {
			Set<EvidenceModifier> merged = EnumSet.noneOf(EvidenceModifier.class);
			merged.addAll(this.evidence.modifiers());
			merged.addAll(offered.modifiers());
			this.evidence = new EvidenceGrade(this.evidence.level(), merged);
		}
	}

	int toxicityFlags() {
		return toxicities().size();
	}

	List<String> toxicities() {
		return (this.drug != null) ? this.drug.toxicities() : List.of();
	}

	/** Off-label: a drug without an approval modifier for this biomarker. */
	boolean offLabel() {
		return this.drug != null && !this.evidence.modifiers().contains(EvidenceModifier.Z)
				&& !this.evidence.modifiers().contains(EvidenceModifier.Z_FDA);
	}

}
