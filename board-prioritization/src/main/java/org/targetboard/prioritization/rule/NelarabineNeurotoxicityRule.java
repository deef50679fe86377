package org.targetboard.prioritization.rule;

import java.util.List;

/**
 * Grade ≥ 3 neurotoxicity on prior nelarabine excludes re-exposure: nelarabine's
 * neurotoxicity is cumulative (domain.md 3.1 and 3.4, [K]).
 */
public final class NelarabineNeurotoxicityRule implements PriorityRule {

	private static final String NELARABINE = "nelarabine";

	@Override
	public String id() {
		return "NELARABINE_NEUROTOXICITY";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		boolean neurotoxic = context.profile()
			.history()
			.stream()
			.anyMatch((line) -> line.agentIds().contains(NELARABINE)
					&& line.severeToxicities().contains("NEUROTOXICITY"));
		return neurotoxic ? List.of(new RuleOutcome.Exclude(NELARABINE, context.reason(context.settings().text())))
				: List.of();
	}

}
