package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.MarkerResult;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * CD19 dim or partly lost after CD19-directed therapy is not a reason to exclude CAR-T:
 * efficacy was not different in CD19-dim B-ALL (Pillai et al., Blood Adv 2019 [S:27]).
 * The rule flags CAR-T options so the board sees that it was considered. "Dim" here: CD19
 * present but on fewer than 90 % of blasts after prior CD19-directed therapy.
 */
public final class Cd19DimRule implements PriorityRule {

	private static final double FULLY_POSITIVE_PERCENT = 90;

	@Override
	public String id() {
		return "CD19_DIM_NOT_EXCLUDED";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		MarkerResult cd19 = context.marker(Cd19NegativeRule.CD19).orElse(null);
		boolean priorCd19Therapy = context.profile()
			.hadAgent((agent) -> context.knowledge().drug(agent).map((drug) -> drug.targets("CD19")).orElse(false))
				|| context.profile().history().stream().anyMatch((line) -> "CD19".equals(line.targetAntigen()));
		if (cd19 == null || !priorCd19Therapy || cd19.percentPositive() >= FULLY_POSITIVE_PERCENT) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.optionsTargeting("CD19")) {
			if (option.type() == OptionType.CAR_T) {
				outcomes.add(new RuleOutcome.Flag(option.id(), context
					.reason(context.settings().format("percent", RuleContext.percent(cd19.percentPositive())))));
			}
		}
		return outcomes;
	}

}
