package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.prioritization.knowledge.ActionableEvent;

/**
 * A lesion with a low variant allele fraction is subclonal: its targeted options are
 * flagged so the board weighs clonality (domain.md 2.1 RAS pathway "often subclonal at
 * relapse; weigh VAF", [P]).
 */
public final class SubclonalRule implements PriorityRule {

	@Override
	public String id() {
		return "SUBCLONAL";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		double threshold = context.settings().number("vaf");
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (MolecularLesion lesion : context.profile().lesions()) {
			if (lesion.vaf() == null || lesion.vaf() >= threshold) {
				continue;
			}
			String text = context.settings()
				// VAF is shown in % as the form takes it; the knowledge base keeps
				// fractions.
				.format("lesion", lesion.label(), "vaf", RuleContext.percent(Math.round(lesion.vaf() * 1000) / 10.0),
						"threshold", RuleContext.percent(Math.round(threshold * 1000) / 10.0));
			for (ActionableEvent event : context.knowledge().eventsFor(context.profile().diagnosis())) {
				if (event.match().isLesionMatch() && event.match().matches(lesion)) {
					for (ActionableEvent.Option option : event.options()) {
						if (context.option(option.drug()).isPresent()) {
							outcomes.add(new RuleOutcome.Flag(option.drug(), context.reason(text)));
						}
					}
				}
			}
		}
		return outcomes;
	}

}
