package org.targetboard.prioritization.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.RuleSettings;
import org.targetboard.prioritization.risk.RiskAssessment;

/**
 * What a rule may look at.
 *
 * @param profile the case
 * @param knowledge the knowledge base
 * @param settings this rule's settings
 * @param options the options under consideration, in a stable order
 * @param matchedEvents ids of the actionable events found
 * @param risk the relapse risk assessment
 * @param today the assessment date
 */
public record RuleContext(CaseProfile profile, KnowledgeBase knowledge, RuleSettings settings, List<OptionView> options,
		Set<String> matchedEvents, RiskAssessment risk, LocalDate today) {

	/** A reason of this rule, with its sources. */
	public Reason reason(String text) {
		return new Reason(this.settings.id(), text, this.settings.sources());
	}

	/** The latest result of a marker, if measured. */
	public Optional<MarkerResult> marker(String name) {
		return this.profile.markers().stream().filter((marker) -> marker.marker().equals(name)).reduce((a, b) -> b);
	}

	/** The options directed against an antigen. */
	public List<OptionView> optionsTargeting(String antigen) {
		return this.options.stream().filter((option) -> option.targets(antigen)).toList();
	}

	/** The option with this id, if under consideration. */
	public Optional<OptionView> option(String id) {
		return this.options.stream().filter((option) -> option.id().equals(id)).findFirst();
	}

	/** Whether the latest measurement of a marker is at or above the threshold. */
	public boolean positive(String marker, double thresholdPercent) {
		return marker(marker).map((result) -> result.percentPositive() >= thresholdPercent).orElse(false);
	}

	/**
	 * Disease persisting after (re-)induction: refractory disease, an M2/M3 marrow or MRD
	 * at or above the given fraction at the end of induction (Ponte di Legno consensus).
	 */
	public boolean persistentDisease(double mrdFraction) {
		return this.profile.refractory()
				|| (this.profile.endOfInductionMarrow() != null
						&& this.profile.endOfInductionMarrow() != org.targetboard.core.profile.MarrowStatus.M1)
				|| (this.profile.mrdEndOfInduction() != null && this.profile.mrdEndOfInduction() >= mrdFraction);
	}

	/** Whether the disease persists only as MRD (morphological remission). */
	public boolean mrdOnly(double mrdFraction) {
		boolean marrowFailure = (this.profile.endOfInductionMarrow() != null
				&& this.profile.endOfInductionMarrow() != org.targetboard.core.profile.MarrowStatus.M1)
				|| this.profile.situation()
					.refractoriness() == org.targetboard.core.profile.Situation.Refractoriness.MARROW;
		boolean mrd = this.profile.situation()
			.refractoriness() == org.targetboard.core.profile.Situation.Refractoriness.MRD
				|| (this.profile.mrdEndOfInduction() != null && this.profile.mrdEndOfInduction() >= mrdFraction);
		return (mrd && !marrowFailure) || this.profile.situation().molecularRelapse();
	}

	/** The history entries given before the current relapse (or ongoing at it). */
	public List<org.targetboard.core.profile.TreatmentLine> linesBeforeRelapse() {
		java.time.LocalDate relapse = this.profile.relapseDate();
		return this.profile.history()
			.stream()
			.filter((line) -> relapse == null || line.start() == null || line.start().isBefore(relapse))
			.toList();
	}

	/** The disease's name as clinicians write it, e.g. BCP-ALL. */
	public String disease() {
		return this.profile.diagnosis().name().replace('_', '-');
	}

	/** Formats a percentage without needless decimals. */
	public static String percent(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
