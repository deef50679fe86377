package org.targetboard.core.advice;

/** What became of a referral, as the centre reports it. */
public enum ReferralStatus {

	/** Advised by the board; nothing reported yet. */
	PROPOSED,
	/** The centre or laboratory accepted the patient or the sample. */
	ACCEPTED,
	/** The referral took place: the patient was seen or the sample analysed. */
	DONE,
	/** It did not take place. */
	DECLINED

}
