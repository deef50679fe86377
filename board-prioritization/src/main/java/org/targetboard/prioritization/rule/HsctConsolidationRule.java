package org.targetboard.prioritization.rule;

import java.util.List;
import java.util.Set;

import org.targetboard.core.profile.Intent;
import org.targetboard.prioritization.evidence.EvidenceGrade;
import org.targetboard.prioritization.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Proposes allogeneic HSCT as consolidation once in remission when the intent is bridging
 * to HSCT, or for a first relapse in BFM group S3/S4, where HSCT in second remission is
 * the rule (IntReALL / ALL-REZ BFM [S:14]; MRD before HSCT is prognostic but not a
 * contraindication [S:42]).
 */
public final class HsctConsolidationRule implements PriorityRule {

	@Override
	public String id() {
		return "HSCT_CONSOLIDATION";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		String group = context.risk().bfmGroup();
		boolean highRisk = "S3".equals(group) || "S4".equals(group);
		boolean bridging = context.profile().intent() == Intent.BRIDGE_TO_HSCT;
		if (!highRisk && !bridging) {
			return List.of();
		}
		boolean second = context.profile().lastHsct() != null;
		String label = second ? "Second allogeneic HSCT once in remission" : "Allogeneic HSCT once in remission";
		String why = bridging ? "Intent is bridging to HSCT: consolidate a remission with allogeneic HSCT"
				: "BFM " + group + " first relapse: HSCT in second remission is standard (IntReALL / ALL-REZ BFM)";
		EvidenceGrade evidence = new EvidenceGrade(second ? EvidenceLevel.M2C : EvidenceLevel.M1B, Set.of());
		return List.of(new RuleOutcome.Propose("HSCT", OptionType.HSCT, label, evidence, false,
				context.reason(context.settings().format("reason", why))));
	}

}
