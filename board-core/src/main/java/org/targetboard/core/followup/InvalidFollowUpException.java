package org.targetboard.core.followup;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;

/**
 * A follow-up report that breaks a rule; nothing was stored.
 */
public class InvalidFollowUpException extends InvalidInputException {

	public InvalidFollowUpException(List<IntakeProblem> problems) {
		super(problems);
	}

}
