package org.targetboard.core.boardcase;

import org.jspecify.annotations.Nullable;

/**
 * The clinical summary of a case as far as the walking skeleton records it; the complete
 * case form extends it. Nothing here identifies a patient: age is kept in years and
 * months, never a birth date.
 *
 * @param diagnosis the diagnosis
 * @param relapseNumber the number of the current relapse; 0 for primary refractory
 * disease
 * @param ageYears completed years of age at the current relapse
 * @param ageMonths months beyond the completed years, 0–11
 * @param questionToBoard what the centre asks the board (free text, checked for
 * identifiers at entry)
 */
public record CaseSummary(@Nullable Diagnosis diagnosis, @Nullable Integer relapseNumber, @Nullable Integer ageYears,
		@Nullable Integer ageMonths, @Nullable String questionToBoard) {

	/**
	 * The board's age limit: patients under 25 years at the current relapse (product.md).
	 */
	public static final int MAX_AGE_YEARS = 24;

	public CaseSummary {
		// Blank free text is no text; surrounding white space carries no meaning.
		questionToBoard = (questionToBoard == null || questionToBoard.isBlank()) ? null : questionToBoard.strip();
		if (relapseNumber != null && (relapseNumber < 0 || relapseNumber > 9)) {
			throw new IllegalArgumentException("relapseNumber must be 0–9");
		}
		if (ageYears != null && (ageYears < 0 || ageYears > MAX_AGE_YEARS)) {
			throw new IllegalArgumentException("ageYears must be 0–" + MAX_AGE_YEARS);
		}
		if (ageMonths != null && (ageMonths < 0 || ageMonths > 11)) {
			throw new IllegalArgumentException("ageMonths must be 0–11");
		}
	}

}
