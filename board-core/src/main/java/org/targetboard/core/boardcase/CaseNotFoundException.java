package org.targetboard.core.boardcase;

/**
 * Thrown when a case does not exist or is outside the viewer's scope. Both look the same
 * to the caller, so that the existence of another centre's case is never revealed.
 */
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException() {
		super("No such case in your scope");
	}

}
