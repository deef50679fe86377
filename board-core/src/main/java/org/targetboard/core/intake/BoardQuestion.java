package org.targetboard.core.intake;

/**
 * What the centre asks the board, besides its question in its own words. A national board
 * also takes relapses with a standard of care, and then often asks whether that standard
 * fits this patient (issue 14; the 24 published cases: 9 were advised the standard
 * relapse protocol).
 */
public enum BoardQuestion {

	/** Is the standard relapse protocol right for this patient? */
	STANDARD_PROTOCOL_FIT,
	/** Which targeted or immunotherapy options does the profile offer? */
	TARGETED_OPTIONS,
	/** Which trials could the patient join? */
	TRIAL_OPTIONS,
	/** Should remission be consolidated, and how (HSCT, CAR-T)? */
	CONSOLIDATION,
	/** Which further diagnostics would help the decision? */
	FURTHER_DIAGNOSTICS

}
