package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.MarkerResult;

/**
 * Current CD19-negative blasts (typically after blinatumomab or CD19 CAR-T) exclude every
 * CD19-directed option: CD19- negative relapses are 41 % of relapses after CD19-CAR and
 * carry a poor outlook (Lamble/Myers, Blood Adv 2023 [S:28]; Myers, JCO 2022 [S:26]). Dim
 * or partial CD19 does not exclude CAR-T (Pillai, Blood Adv 2019 [S:27]); that is only
 * flagged, by {@link Cd19DimRule}.
 */
public final class Cd19NegativeRule implements PriorityRule {

	static final String CD19 = "CD19";

	@Override
	public String id() {
		return "CD19_NEGATIVE";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		if (context.profile().diagnosis().lineage() != Diagnosis.Lineage.B_CELL
				&& context.profile().diagnosis() != Diagnosis.MPAL) {
			return List.of();
		}
		MarkerResult cd19 = context.marker(CD19).orElse(null);
		double threshold = context.settings().number("negativeBelowPercent");
		if (cd19 == null || cd19.percentPositive() >= threshold) {
			return List.of();
		}
		String text = context.settings()
			.format("percent", RuleContext.percent(cd19.percentPositive()), "threshold",
					RuleContext.percent(threshold));
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (String drug : AntigenDirected.drugsFor(context, CD19)) {
			outcomes.add(new RuleOutcome.Exclude(drug, context.reason(text)));
		}
		return outcomes;
	}

}
