package org.targetboard.core.followup;

/**
 * Why the advice was not (fully) followed or no trial was entered: the code list of the
 * MII molecular tumour board follow-up module with the trial-specific reasons of the iLTB
 * registry (domain.md 6.4).
 */
public enum ReasonCode {

	TRIAL_NOT_OPEN, NOT_ELIGIBLE, PAYMENT_REFUSED, PAYMENT_PENDING, NO_INDICATION, MEDICAL_REASON, PATIENT_REFUSAL,
	TOXICITY, PROGRESSION, DETERIORATION, OTHER_THERAPY_CHOSEN, BEST_SUPPORTIVE_CARE, CHRONIC_REMISSION, DEATH,
	LOST_TO_FOLLOW_UP, OTHER

}
