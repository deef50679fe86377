package org.targetboard.core.meeting;

/**
 * A change based on an older version of a meeting or of a case's discussion notes:
 * someone else changed it first, and overwriting that silently would lose their update.
 */
public class StaleMeetingException extends RuntimeException {

	public StaleMeetingException() {
		super("The meeting was changed by someone else; reload it and apply your change again");
	}

}
