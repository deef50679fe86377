package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.prioritization.knowledge.OptionType;

/**
 * High disease burden before CD19-CAR is associated with inferior EFS and CD19-negative
 * relapse (Myers et al., JCO 2022 [S:26]; Lamble/Myers, Blood Adv 2023 [S:28]): CAR-T
 * without debulking loses a feasibility step.
 */
public final class HighBurdenBeforeCarRule implements PriorityRule {

	@Override
	public String id() {
		return "HIGH_BURDEN_BEFORE_CAR";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		Double blasts = context.profile().marrowBlastsPercent();
		double threshold = context.settings().number("marrowBlastsPercent");
		if (blasts == null || blasts < threshold) {
			return List.of();
		}
		String text = context.settings()
			.format("percent", RuleContext.percent(blasts), "threshold", RuleContext.percent(threshold));
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.type() == OptionType.CAR_T) {
				outcomes.add(
						new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.FEASIBILITY, context.reason(text)));
			}
		}
		return outcomes;
	}

}
