package org.targetboard.core.intake;

import java.util.List;

/**
 * A case that does not satisfy the rules for a draft or for submission; nothing was
 * changed.
 */
public class IncompleteCaseException extends RuntimeException {

	private final List<IntakeProblem> problems;

	public IncompleteCaseException(List<IntakeProblem> problems) {
		super(problems.size() + " field(s) need attention");
		this.problems = List.copyOf(problems);
	}

	public List<IntakeProblem> problems() {
		return this.problems;
	}

}
