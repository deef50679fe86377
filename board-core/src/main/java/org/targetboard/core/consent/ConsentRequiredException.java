package org.targetboard.core.consent;

/**
 * Refusal to verify consent or to schedule a case without valid consent for pseudonymised
 * international discussion.
 */
public class ConsentRequiredException extends RuntimeException {

	public ConsentRequiredException() {
		super("No valid consent for pseudonymised international discussion is recorded for this case");
	}

}
