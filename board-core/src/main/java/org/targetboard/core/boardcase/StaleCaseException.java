package org.targetboard.core.boardcase;

/**
 * Thrown when a change is based on an older version of the case than the stored one:
 * somebody else changed it in the meantime, and overwriting that change silently would
 * lose an update.
 */
public class StaleCaseException extends RuntimeException {

	public StaleCaseException() {
		super("The case was changed by someone else; reload it and apply your change again");
	}

}
