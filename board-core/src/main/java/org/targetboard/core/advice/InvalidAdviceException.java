package org.targetboard.core.advice;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;

/**
 * Advice that breaks a rule (no options, a trial without its number, a departure from the
 * engine without a reason); nothing was changed.
 */
public class InvalidAdviceException extends InvalidInputException {

	public InvalidAdviceException(List<IntakeProblem> problems) {
		super(problems);
	}

}
