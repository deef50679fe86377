package org.targetboard.core.meeting;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;

/**
 * A meeting plan, agenda change or note that breaks a rule; nothing was changed.
 */
public class InvalidMeetingException extends InvalidInputException {

	public InvalidMeetingException(List<IntakeProblem> problems) {
		super(problems);
	}

}
