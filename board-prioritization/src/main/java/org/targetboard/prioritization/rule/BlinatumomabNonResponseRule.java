package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.prioritization.knowledge.OptionType;

/**
 * No response to prior blinatumomab predicts inferior outcome after CD19 CAR-T (Myers et
 * al., JCO 2022 [S:26]; Pillai et al., Blood Adv 2019 [S:27]): CD19 CAR-T loses a
 * feasibility step (penalised, not excluded).
 */
public final class BlinatumomabNonResponseRule implements PriorityRule {

	@Override
	public String id() {
		return "BLINA_NONRESPONSE_BEFORE_CAR";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		boolean nonResponse = context.profile()
			.history()
			.stream()
			.anyMatch((line) -> line.agentIds().contains("blinatumomab") && line.bestResponse() != null
					&& line.bestResponse().isFailure());
		if (!nonResponse) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.optionsTargeting("CD19")) {
			if (option.type() == OptionType.CAR_T) {
				outcomes.add(new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.FEASIBILITY,
						context.reason(context.settings().text())));
			}
		}
		return outcomes;
	}

}
