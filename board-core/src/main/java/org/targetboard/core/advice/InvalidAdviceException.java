package org.targetboard.core.advice;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;

/**
 * Advice that breaks a rule (no options, a trial without its number, a departure from the
 * engine without a reason); nothing was changed.
 */
public class InvalidAdviceException extends RuntimeException {

	private final List<IntakeProblem> problems;

	public InvalidAdviceException(List<IntakeProblem> problems) {
		super(problems.size() + " field(s) need attention");
		this.problems = List.copyOf(problems);
	}

	public List<IntakeProblem> problems() {
		return this.problems;
	}

}
