package org.targetboard.core.advice;

/**
 * A change of a draft based on an older version of it: someone else saved first.
 */
public class StaleAdviceException extends RuntimeException {

	public StaleAdviceException() {
		super("The advice was changed by someone else; reload it and apply your change again");
	}

}
