package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.TreatmentLine;

/**
 * An agent that already failed (no response or progression) loses a feasibility step
 * before re-use; resistance mechanisms should be checked first (domain.md 3.1: prior
 * venetoclax, TKI, FLT3 or menin inhibitor failure, [K]).
 */
public final class PriorFailureRule implements PriorityRule {

	@Override
	public String id() {
		return "PRIOR_FAILURE_OF_AGENT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.drug() == null) {
				continue;
			}
			boolean failed = false;
			for (TreatmentLine line : context.profile().history()) {
				if (line.agentIds().contains(option.id()) && line.bestResponse() != null
						&& line.bestResponse().isFailure()) {
					failed = true;
				}
			}
			if (failed) {
				outcomes.add(new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.FEASIBILITY,
						context.reason(context.settings().format("agent", option.drug().name()))));
			}
		}
		return outcomes;
	}

}
