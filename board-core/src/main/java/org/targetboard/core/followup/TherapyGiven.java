package org.targetboard.core.followup;

/** Which therapy the patient received after the advice. */
public enum TherapyGiven {

	/** One of the advised options (which one is recorded). */
	ADVISED_OPTION,
	/** A clinical trial the board did not advise. */
	OTHER_TRIAL,
	/** A targeted agent off-label, not advised. */
	OFF_LABEL,
	/** A drug through compassionate use, not advised. */
	COMPASSIONATE_USE,
	/** A standard (relapse) protocol. */
	STANDARD,
	/** No anti-leukaemic therapy. */
	NONE

}
