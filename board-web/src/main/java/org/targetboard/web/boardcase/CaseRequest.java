package org.targetboard.web.boardcase;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * The JSON body that creates or replaces a case's summary through {@code /api/v1/cases}.
 * Unknown properties are rejected, so that no identifying field can slip in.
 *
 * @param diagnosis the diagnosis
 * @param relapseNumber number of the current relapse, 0 for primary refractory disease
 * @param ageYears completed years at the current relapse (0–24)
 * @param ageMonths months beyond the completed years (0–11)
 * @param questionToBoard the centre's question
 */
record CaseRequest(@NotNull(message = "{case.diagnosis.required}") @Nullable Diagnosis diagnosis,
		@Min(value = 0, message = "{case.relapseNumber.range}") @Max(value = 9,
				message = "{case.relapseNumber.range}") @Nullable Integer relapseNumber,
		@Min(value = 0, message = "{case.ageYears.range}") @Max(value = CaseSummary.MAX_AGE_YEARS,
				message = "{case.ageYears.range}") @Nullable Integer ageYears,
		@Min(value = 0, message = "{case.ageMonths.range}") @Max(value = 11,
				message = "{case.ageMonths.range}") @Nullable Integer ageMonths,
		@Size(max = 4000, message = "{case.questionToBoard.size}") @Nullable String questionToBoard) {

	CaseSummary toSummary() {
		return new CaseSummary(this.diagnosis, this.relapseNumber, this.ageYears, this.ageMonths, this.questionToBoard);
	}

}
