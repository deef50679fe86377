package org.targetboard.prioritization.rule;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Relapse less than 6 months after allogeneic HSCT lowers what CAR-T and a second HSCT
 * can achieve (German real-world tisagenlecleucel data: 2-year pEFS 18.4 % vs 55.5 % for
 * later relapse [S:29]): CAR-T and HSCT options lose a feasibility step.
 */
public final class EarlyRelapseAfterHsctRule implements PriorityRule {

	@Override
	public String id() {
		return "EARLY_RELAPSE_AFTER_HSCT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		TreatmentLine hsct = context.profile().lastHsct();
		if (hsct == null || context.profile().relapseDate() == null) {
			return List.of();
		}
		java.time.LocalDate transplanted = (hsct.end() != null) ? hsct.end() : hsct.start();
		if (transplanted == null) {
			return List.of();
		}
		long months = Period.between(transplanted, context.profile().relapseDate()).toTotalMonths();
		double threshold = context.settings().number("months");
		if (months >= threshold) {
			return List.of();
		}
		String text = context.settings().format("months", months, "threshold", (long) threshold);
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.type() == OptionType.CAR_T || option.type() == OptionType.HSCT) {
				outcomes.add(
						new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.FEASIBILITY, context.reason(text)));
			}
		}
		return outcomes;
	}

}
