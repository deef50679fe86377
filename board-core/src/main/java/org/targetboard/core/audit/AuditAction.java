package org.targetboard.core.audit;

/**
 * What an audit event records. The audit trail is append-only and survives consent
 * withdrawal.
 */
public enum AuditAction {

	/** A case was created (as a draft). */
	CASE_CREATED,
	/** A case's content was read in full by a user. */
	CASE_READ,
	/** A case list was shown; the event records the scope, not the cases. */
	CASE_LIST_READ,
	/** A case's data was changed. */
	CASE_UPDATED,
	/** A lifecycle transition was applied. */
	CASE_TRANSITION,
	/** A lifecycle transition or access was refused. */
	CASE_ACCESS_REFUSED,
	/** Consent was recorded for a case. */
	CONSENT_RECORDED,
	/** Consent was withdrawn (the scope is in the detail). */
	CONSENT_WITHDRAWN,
	/** A meeting's plan, agenda or attendance changed. */
	MEETING_CHANGED,
	/** Advice was drafted, changed, issued or amended. */
	ADVICE_CHANGED,
	/** The registry's aggregated analyses were read. */
	REGISTRY_READ,
	/** Data left the system (download, export). */
	EXPORT,
	/** Text flagged by the identifier screen was saved with the centre's reason. */
	IDENTIFIERS_OVERRIDDEN,
	/** The board office released held text to the board. */
	IDENTIFIERS_RELEASED,
	/** A login failed (unknown account, wrong password or locked account). */
	LOGIN_FAILED,
	/** An API credential was issued or revoked. */
	CREDENTIAL_CHANGED,
	/**
	 * Records of another registry were imported (each case's own steps are audited as
	 * well).
	 */
	HISTORY_IMPORTED

}
