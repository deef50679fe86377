package org.targetboard.core.review;

/**
 * The case has no written review (open, when an open one is needed).
 */
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException() {
		super("No written review");
	}

}
