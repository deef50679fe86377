package org.targetboard.prioritization.rule;

import java.util.List;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Proposes allogeneic HSCT as consolidation once in remission where relapse protocols and
 * consensus make it the rule: intent bridging to HSCT; a first relapse in BFM group S3/S4
 * (HSCT in second remission, IntReALL / ALL-REZ BFM [S:14]); MRD at or above 10⁻³ after
 * re-induction, which indicates HSCT also in late relapses (ALL-REZ BFM 2002 [S:14]);
 * refractory disease, molecular relapse and second or later relapse of acute leukaemia
 * not yet transplanted ([S:54]). MRD before HSCT is prognostic but not a contraindication
 * [S:42]. After an earlier HSCT the proposal is a second HSCT, with weaker evidence.
 */
public final class HsctConsolidationRule implements PriorityRule {

	private static final Set<Diagnosis> ACUTE_LEUKAEMIA = Set.of(Diagnosis.BCP_ALL, Diagnosis.T_ALL, Diagnosis.ETP_ALL,
			Diagnosis.AML, Diagnosis.MPAL);

	@Override
	public String id() {
		return "HSCT_CONSOLIDATION";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		CaseProfile profile = context.profile();
		String why = reason(context);
		if (why == null) {
			return List.of();
		}
		boolean second = profile.lastHsct() != null;
		String label = second ? "Second allogeneic HSCT once in remission" : "Allogeneic HSCT once in remission";
		EvidenceGrade evidence = new EvidenceGrade(second ? EvidenceLevel.M2C : EvidenceLevel.M1B, Set.of());
		List<RuleOutcome> outcomes = new java.util.ArrayList<>();
		outcomes.add(new RuleOutcome.Propose("HSCT", OptionType.HSCT, label, evidence, false,
				context.reason(context.settings().format("reason", why))));
		if (!context.mrdOnly(context.settings().number("mrdAfterReinduction"))) {
			// With active disease HSCT consolidates a remission that another option must
			// first induce: it ranks after those options.
			outcomes
				.add(new RuleOutcome.Penalise("HSCT", RuleOutcome.Dimension.SITUATION, context.reason(context.settings()
					.format("reason", "Active disease: HSCT follows once another option has induced remission"))));
		}
		return outcomes;
	}

	private static String reason(RuleContext context) {
		CaseProfile profile = context.profile();
		String group = context.risk().bfmGroup();
		double mrdThreshold = context.settings().number("mrdAfterReinduction");
		if (profile.intent() == Intent.BRIDGE_TO_HSCT) {
			return "Intent is bridging to HSCT: consolidate a remission with allogeneic HSCT";
		}
		if ("S3".equals(group) || "S4".equals(group)) {
			return "BFM " + group + " first relapse: HSCT in second remission is standard (IntReALL / ALL-REZ BFM)";
		}
		if (profile.diagnosis() == Diagnosis.ALCL && profile.relapseNumber() == 1) {
			String alcl = StandardRelapseProtocolRule.alcl(context);
			return (alcl != null && alcl.startsWith("Re-induction")) ? "ALCL " + alcl.substring(alcl.indexOf(':') + 2)
					+ ": consolidate with allogeneic HSCT (ALCL-Relapse trial)" : null;
		}
		if (!ACUTE_LEUKAEMIA.contains(profile.diagnosis())) {
			return null;
		}
		if (profile.mrdEndOfInduction() != null && profile.mrdEndOfInduction() >= mrdThreshold) {
			return "MRD " + profile.mrdEndOfInduction() + " after re-induction (≥ 10⁻³): consolidate with allogeneic "
					+ "HSCT (ALL-REZ BFM 2002 indication)";
		}
		if (profile.refractory()) {
			return "Refractory disease: once a remission is reached, consolidate it with allogeneic HSCT";
		}
		if (profile.situation().molecularRelapse()) {
			return "Molecular relapse: pre-emptive therapy followed by allogeneic HSCT";
		}
		if (profile.relapseNumber() >= 2) {
			return "Relapse number " + profile.relapseNumber() + ": a remission needs consolidation by allogeneic "
					+ "HSCT" + ((profile.lastHsct() != null) ? " (a second transplant after the earlier one)" : "");
		}
		return null;
	}

}
