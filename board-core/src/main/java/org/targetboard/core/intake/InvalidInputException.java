package org.targetboard.core.intake;

import java.util.List;

/**
 * Input that breaks rules, each tied to its field: the common shape of the refusals of
 * cases, meetings, advice and follow-up, so that forms and the API report all of them the
 * same way. Nothing was changed.
 */
public abstract class InvalidInputException extends RuntimeException {

	private final List<IntakeProblem> problems;

	protected InvalidInputException(List<IntakeProblem> problems) {
		super(problems.size() + " field(s) need attention");
		this.problems = List.copyOf(problems);
	}

	/** The rules broken, each with its field. */
	public List<IntakeProblem> problems() {
		return this.problems;
	}

}
