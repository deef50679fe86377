package org.targetboard.core.followup;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;

/**
 * A follow-up report that breaks a rule; nothing was stored.
 */
public class InvalidFollowUpException extends RuntimeException {

	private final List<IntakeProblem> problems;

	public InvalidFollowUpException(List<IntakeProblem> problems) {
		super(problems.size() + " field(s) need attention");
		this.problems = List.copyOf(problems);
	}

	public List<IntakeProblem> problems() {
		return this.problems;
	}

}
