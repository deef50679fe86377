package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.MarkerResult;

/**
 * CD22 expression and CD22-directed options. Inotuzumab's benefit over standard care was
 * clearly better when at least 90 % of blasts were CD22-positive (INO-VATE, Kantarjian et
 * al., Clin Cancer Res 2021 [S:31]): below that the option loses a feasibility step;
 * below the negativity threshold CD22-directed options are excluded. CD22 % and density
 * fall at relapse after inotuzumab (CD22 density in paediatric ALL: Shah et al. 2015
 * [S:30]).
 */
public final class Cd22ExpressionRule implements PriorityRule {

	private static final String CD22 = "CD22";

	@Override
	public String id() {
		return "CD22_BELOW_FULL_BENEFIT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		MarkerResult cd22 = context.marker(CD22).orElse(null);
		if (cd22 == null) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		double negative = context.settings().number("negativeBelowPercent");
		double fullBenefit = context.settings().number("fullBenefitPercent");
		if (cd22.percentPositive() < negative) {
			String text = "Blasts are CD22-negative (" + RuleContext.percent(cd22.percentPositive()) + " % < "
					+ RuleContext.percent(negative) + " %): CD22-directed therapy excluded";
			AntigenDirected.drugsFor(context, CD22)
				.forEach((drug) -> outcomes.add(new RuleOutcome.Exclude(drug, context.reason(text))));
		}
		else if (cd22.percentPositive() < fullBenefit) {
			String text = context.settings()
				.format("percent", RuleContext.percent(cd22.percentPositive()), "threshold",
						RuleContext.percent(fullBenefit));
			context.option("inotuzumab-ozogamicin")
				.ifPresent((option) -> outcomes.add(new RuleOutcome.Penalise(option.id(),
						RuleOutcome.Dimension.FEASIBILITY, context.reason(text))));
		}
		return outcomes;
	}

}
