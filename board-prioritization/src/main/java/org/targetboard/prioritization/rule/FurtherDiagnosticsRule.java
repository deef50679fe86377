package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Proposes further diagnostics when the profile is incomplete for a target board (iLTB's
 * inputs are molecular lesions, surface antigens and, if available, drug-response
 * profiles [S:1]; [P] for the triggers): NGS/RNA-seq when no lesion is recorded and
 * re-sequencing at a later relapse even when lesions are known (clonal evolution), a flow
 * panel when no marker is, ex-vivo DRP/BH3 profiling where options are few (refractory,
 * multiply relapsed, post-HSCT or T-lineage disease, MRD re-emergence), CD19
 * re-measurement after CD19-directed therapy ([S:28]) and CD22 site density before
 * inotuzumab ([S:30], [S:31]).
 */
public final class FurtherDiagnosticsRule implements PriorityRule {

	private static final EvidenceGrade DIAGNOSTIC = new EvidenceGrade(EvidenceLevel.M4, Set.of());

	@Override
	public String id() {
		return "FURTHER_DIAGNOSTICS";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		CaseProfile profile = context.profile();
		List<RuleOutcome> outcomes = new ArrayList<>();
		boolean laterLine = profile.relapseNumber() >= 2 || profile.refractory() || profile.lastHsct() != null
				|| profile.history()
					.stream()
					.anyMatch((line) -> line.kind() == TreatmentLine.Kind.TARGETED
							|| line.kind() == TreatmentLine.Kind.CAR_T
							|| line.kind() == TreatmentLine.Kind.IMMUNOTHERAPY);
		if (profile.lesions().isEmpty()) {
			propose(outcomes, context, "DIAGNOSTICS-NGS",
					"NGS panel and RNA sequencing (fusions, SNV/indel, copy number)",
					"No molecular lesions recorded: an NGS panel and RNA-seq find fusions and mutations the board can act on");
		}
		else if (laterLine) {
			propose(outcomes, context, "DIAGNOSTICS-NGS", "Re-sequence the relapse sample (NGS panel and RNA-seq)",
					"Later relapse or relapse after targeted or immunotherapy: the clone evolves; known lesions do not "
							+ "show what is new (resistance mutations, new targets)");
		}
		boolean leukaemia = profile.diagnosis() != Diagnosis.HODGKIN && profile.diagnosis() != Diagnosis.OTHER_NHL;
		if (profile.markers().isEmpty() && leukaemia) {
			propose(outcomes, context, "DIAGNOSTICS-FLOW", "Flow cytometry of the blasts with antigen density",
					"No immunophenotype recorded: CD19, CD22, CD7, CD38, CD33 and CD123 (% and density) decide "
							+ "immunotherapy options");
		}
		String fewOptions = fewOptions(profile);
		if (profile.drugResponses().isEmpty() && profile.bh3Dependencies().isEmpty() && fewOptions != null) {
			propose(outcomes, context, "DIAGNOSTICS-DRP", "Ex-vivo drug-response profiling and BH3 profiling",
					fewOptions + " without functional data: DRP/BH3 profiling can support or contradict the molecular "
							+ "options, alongside the treatment");
		}
		boolean priorCd19 = profile.hadAgent("blinatumomab"::equals)
				|| profile.history().stream().anyMatch((line) -> "CD19".equals(line.targetAntigen()));
		if (priorCd19 && context.marker("CD19").isEmpty()) {
			propose(outcomes, context, "DIAGNOSTICS-CD19", "Re-measure CD19 on the blasts",
					"After CD19-directed therapy CD19 must be re-measured before any CD19-directed option "
							+ "(CD19-negative relapse in 41 % after CAR-T)");
		}
		boolean priorIno = profile.hadAgent("inotuzumab-ozogamicin"::equals);
		boolean cd22Density = context.marker("CD22").map((cd22) -> cd22.sitesPerCell() != null).orElse(false);
		if ((priorIno || context.option("inotuzumab-ozogamicin").isPresent()) && !cd22Density) {
			propose(outcomes, context, "DIAGNOSTICS-CD22", "CD22 % and site density on the blasts", priorIno
					? "Relapse after inotuzumab: re-measure CD22 % and site density before re-using "
							+ "CD22-directed agents"
					: "CD22 site density is not recorded; it is lower in KMT2A-r ALL and falls after inotuzumab");
		}
		return outcomes;
	}

	private static String fewOptions(CaseProfile profile) {
		if (profile.refractory()) {
			return "Refractory disease";
		}
		if (profile.relapseNumber() >= 2) {
			return "Relapse number " + profile.relapseNumber();
		}
		if (profile.lastHsct() != null) {
			return "Relapse after HSCT";
		}
		if (profile.diagnosis().lineage() == Diagnosis.Lineage.T_CELL && profile.diagnosis() != Diagnosis.ALCL) {
			return "Relapsed T-lineage disease (few targeted options)";
		}
		if (profile.situation().molecularRelapse()) {
			return "MRD re-emergence";
		}
		return null;
	}

	private static void propose(List<RuleOutcome> outcomes, RuleContext context, String id, String label, String text) {
		outcomes.add(new RuleOutcome.Propose(id, OptionType.FURTHER_DIAGNOSTICS, label, DIAGNOSTIC, false,
				context.reason(context.settings().format("what", text))));
	}

}
