package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.Intent;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Bridging to a CD19 CAR-T should avoid CD19-directed bridging, whose antigen pressure
 * favours CD19-negative escape (Myers et al., JCO 2022 [S:26]; Pillai et al., Blood Adv
 * 2019 [S:27]): CD19-directed non-CAR options lose intent fit.
 */
public final class Cd19BridgingBeforeCarRule implements PriorityRule {

	@Override
	public String id() {
		return "CD19_BRIDGING_BEFORE_CD19_CAR";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		if (context.profile().intent() != Intent.BRIDGE_TO_CAR_T) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.optionsTargeting("CD19")) {
			if (option.type() != OptionType.CAR_T) {
				outcomes.add(new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.INTENT,
						context.reason(context.settings().text())));
			}
		}
		return outcomes;
	}

}
