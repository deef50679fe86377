package org.targetboard.prioritization.rule;

import java.util.List;

import org.targetboard.core.profile.Intent;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Inotuzumab before a planned HSCT: sinusoidal obstruction syndrome occurred in 52 % of
 * children transplanted after compassionate inotuzumab (Bhojwani et al., Leukemia 2019
 * [S:31]); limit the cycles and avoid dual-alkylator conditioning ([K]). A warning on the
 * option; the intent rule ranks SOS risk lower for bridging to HSCT.
 */
public final class InotuzumabBeforeHsctRule implements PriorityRule {

	@Override
	public String id() {
		return "INO_BEFORE_HSCT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		boolean hsctPlanned = context.profile().intent() == Intent.BRIDGE_TO_HSCT
				|| context.options().stream().anyMatch((option) -> option.type() == OptionType.HSCT);
		if (!hsctPlanned) {
			return List.of();
		}
		String text = context.settings().format("cycles", (long) context.settings().number("cycles"));
		return context.option("inotuzumab-ozogamicin")
			.<List<RuleOutcome>>map((option) -> List.of(new RuleOutcome.Flag(option.id(), context.reason(text))))
			.orElse(List.of());
	}

}
