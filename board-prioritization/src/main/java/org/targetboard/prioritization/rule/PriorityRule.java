package org.targetboard.prioritization.rule;

import java.util.List;

/**
 * One rule of the engine. Rules are small named objects that look at the case and the
 * current options and return explicit outcomes, each with a reason; they change nothing
 * themselves. Every implementation's Javadoc cites its clinical source, and its wording,
 * numbers and sources live in rules.yaml under {@link #id()}.
 */
public interface PriorityRule {

	/** The id of the rule's settings in rules.yaml. */
	String id();

	/** What the rule concludes for this case. */
	List<RuleOutcome> evaluate(RuleContext context);

}
