package org.targetboard.core.boardcase;

/**
 * Thrown when a user's role does not allow an operation on a case they can see (or
 * creating one at all).
 */
public class ActionNotPermittedException extends RuntimeException {

	private final String operation;

	public ActionNotPermittedException(String operation) {
		super("Your role may not " + operation);
		this.operation = operation;
	}

	public ActionNotPermittedException(CaseAction action) {
		this(action.name());
	}

	/**
	 * What was refused: a {@link CaseAction} name or another operation, e.g.
	 * {@code CREATE}.
	 */
	public String operation() {
		return this.operation;
	}

}
