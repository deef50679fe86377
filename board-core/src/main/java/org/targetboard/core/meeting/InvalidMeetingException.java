package org.targetboard.core.meeting;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;

/**
 * A meeting plan, agenda change or note that breaks a rule; nothing was changed.
 */
public class InvalidMeetingException extends RuntimeException {

	private final List<IntakeProblem> problems;

	public InvalidMeetingException(List<IntakeProblem> problems) {
		super(problems.size() + " field(s) need attention");
		this.problems = List.copyOf(problems);
	}

	public List<IntakeProblem> problems() {
		return this.problems;
	}

}
