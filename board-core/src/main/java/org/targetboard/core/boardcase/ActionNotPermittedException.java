package org.targetboard.core.boardcase;

/**
 * Thrown when a user's role does not allow a lifecycle action on a case they can see.
 */
public class ActionNotPermittedException extends RuntimeException {

	private final CaseAction action;

	public ActionNotPermittedException(CaseAction action) {
		super("Your role may not perform " + action);
		this.action = action;
	}

	public CaseAction action() {
		return this.action;
	}

}
