package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.Intent;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Palliative intent excludes CAR-T and HSCT (domain.md 3.2, [P]: penalise intensive,
 * inpatient and cellular therapy; here a hard exclusion because these are curative-intent
 * strategies).
 */
public final class PalliativeNoCellTherapyRule implements PriorityRule {

	@Override
	public String id() {
		return "PALLIATIVE_NO_CELL_THERAPY";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		if (context.profile().intent() != Intent.PALLIATIVE) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.type() == OptionType.CAR_T || option.type() == OptionType.HSCT) {
				outcomes.add(new RuleOutcome.Exclude(option.id(), context.reason(context.settings().text())));
			}
		}
		return outcomes;
	}

}
