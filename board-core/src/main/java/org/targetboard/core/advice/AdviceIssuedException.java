package org.targetboard.core.advice;

/**
 * An attempt to change advice that has been issued: issued advice is immutable and can
 * only be amended by a new version with a reason.
 */
public class AdviceIssuedException extends RuntimeException {

	public AdviceIssuedException() {
		super("Issued advice cannot be changed; amend it with a new version");
	}

}
