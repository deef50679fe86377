package org.targetboard.registry.analytics;

import org.targetboard.core.advice.Referral;

/**
 * How often the first advice of the cohort referred the patient or a sample for one
 * purpose, and what became of those referrals as last reported.
 *
 * @param subject the patient or a sample
 * @param purpose what for
 * @param advised referrals advised
 * @param accepted accepted, not yet done
 * @param done done
 * @param declined did not take place
 */
public record ReferralCount(Referral.Subject subject, Referral.Purpose purpose, int advised, int accepted, int done,
		int declined) {

}
