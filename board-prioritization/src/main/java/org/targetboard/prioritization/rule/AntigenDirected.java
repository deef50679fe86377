package org.targetboard.prioritization.rule;

import java.util.Set;
import java.util.TreeSet;

import org.targetboard.prioritization.knowledge.ActionableEvent;

/**
 * The drugs that the knowledge base would offer for an antigen in the case's disease, for
 * antigen-loss rules that must show an exclusion even when the antigen is too low for the
 * event to match.
 */
final class AntigenDirected {

	private AntigenDirected() {
	}

	static Set<String> drugsFor(RuleContext context, String antigen) {
		Set<String> drugs = new TreeSet<>();
		for (ActionableEvent event : context.knowledge().eventsFor(context.profile().diagnosis())) {
			if (antigen.equals(event.match().marker())) {
				event.options().forEach((option) -> drugs.add(option.drug()));
			}
		}
		context.optionsTargeting(antigen).forEach((option) -> drugs.add(option.id()));
		return drugs;
	}

}
