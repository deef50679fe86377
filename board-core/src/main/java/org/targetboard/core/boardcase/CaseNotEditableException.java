package org.targetboard.core.boardcase;

/**
 * Thrown when a centre tries to change the content of a case that has left its hands
 * (submitted and not returned).
 */
public class CaseNotEditableException extends RuntimeException {

	private final CaseStatus status;

	public CaseNotEditableException(CaseStatus status) {
		super("A case in status " + status + " cannot be edited; only drafts and cases returned for clarification can");
		this.status = status;
	}

	public CaseStatus status() {
		return this.status;
	}

}
