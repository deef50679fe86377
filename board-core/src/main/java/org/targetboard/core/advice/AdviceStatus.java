package org.targetboard.core.advice;

/**
 * Whether a version of the advice is still being composed or has been signed.
 */
public enum AdviceStatus {

	/** Being composed by the chair; may change. */
	DRAFT,
	/** Signed and issued; immutable. */
	ISSUED

}
