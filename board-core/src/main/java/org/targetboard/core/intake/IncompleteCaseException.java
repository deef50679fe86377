package org.targetboard.core.intake;

import java.util.List;

/**
 * A case that does not satisfy the rules for a draft or for submission; nothing was
 * changed.
 */
public class IncompleteCaseException extends InvalidInputException {

	public IncompleteCaseException(List<IntakeProblem> problems) {
		super(problems);
	}

}
