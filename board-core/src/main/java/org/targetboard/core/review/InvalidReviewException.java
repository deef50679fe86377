package org.targetboard.core.review;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;

/**
 * A written review or a position that breaks a rule; nothing was changed.
 */
public class InvalidReviewException extends InvalidInputException {

	public InvalidReviewException(List<IntakeProblem> problems) {
		super(problems);
	}

}
