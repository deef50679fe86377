package org.targetboard.core.intake;

import java.util.EnumSet;
import java.util.Set;

import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * Which cases a board takes: a board's policy, set in configuration, not code. The
 * international target board takes only patients for whom no standard of care exists; a
 * national relapse board takes every relapse, including those it will advise the standard
 * relapse protocol for.
 *
 * @param maxAgeYears the oldest age, in completed years at the current relapse
 * @param requiresNoStandardOfCare whether the centre must confirm that no
 * standard-of-care option exists
 * @param diagnoses the diagnoses the board takes
 */
public record Eligibility(int maxAgeYears, boolean requiresNoStandardOfCare, Set<Diagnosis> diagnoses) {

	/**
	 * The international target board: under 25, no standard of care, every diagnosis of
	 * the format.
	 */
	public static final Eligibility INTERNATIONAL_TARGET_BOARD = new Eligibility(CaseSummary.MAX_AGE_YEARS, true,
			EnumSet.allOf(Diagnosis.class));

	public Eligibility {
		if (maxAgeYears < 0 || maxAgeYears > CaseSummary.MAX_AGE_YEARS) {
			throw new IllegalArgumentException("maxAgeYears must be 0–" + CaseSummary.MAX_AGE_YEARS);
		}
		if (diagnoses.isEmpty()) {
			throw new IllegalArgumentException("a board takes at least one diagnosis");
		}
		diagnoses = Set.copyOf(diagnoses);
	}

}
