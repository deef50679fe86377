package org.targetboard.core.advice;

/**
 * Issuing advice signs it and cannot be undone: the chair must confirm it explicitly.
 */
public class SignatureNotConfirmedException extends RuntimeException {

	public SignatureNotConfirmedException() {
		super("Issuing the advice signs it; confirm the signature");
	}

}
