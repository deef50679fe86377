package org.targetboard.core.boardcase;

/**
 * The states of the case lifecycle (product.md, "The case lifecycle"). The legal moves
 * between them are defined by {@link CaseLifecycle}.
 */
public enum CaseStatus {

	/** Being entered by the centre; visible only to the centre. */
	DRAFT,
	/** Submitted to the board; validation and eligibility passed. */
	SUBMITTED,
	/**
	 * Consent for pseudonymised international discussion and for the registry is
	 * recorded.
	 */
	CONSENT_VERIFIED,
	/** The board office asked the centre for missing data. */
	RETURNED_FOR_CLARIFICATION,
	/** Placed on a meeting agenda. */
	SCHEDULED,
	/** Discussed at a meeting; attendance and notes recorded. */
	DISCUSSED,
	/** The chair signed the board's advice. */
	ADVICE_ISSUED,
	/** Three-monthly follow-up is running. */
	FOLLOW_UP,
	/** Follow-up ended (death, loss to follow-up, end of study). */
	CLOSED,
	/**
	 * Consent was withdrawn: processing stopped, the case leaves agendas and exports; the
	 * audit trail remains.
	 */
	CONSENT_WITHDRAWN;

	/**
	 * Whether the centre may still change the case's content: while a draft or after
	 * being returned for clarification.
	 */
	public boolean isEditableByCentre() {
		return this == DRAFT || this == RETURNED_FOR_CLARIFICATION;
	}

	/**
	 * Whether no further lifecycle action applies except, for a closed case, withdrawal
	 * of consent.
	 */
	public boolean isFinal() {
		return this == CLOSED || this == CONSENT_WITHDRAWN;
	}

}
