package org.targetboard.web.boardcase;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * The case form of the browser. A mutable bean rather than a record because Thymeleaf's
 * {@code th:field} reads bean properties; the API has its own record,
 * {@link CaseRequest}, with the same rules.
 */
public class CaseForm {

	@NotNull(message = "{case.diagnosis.required}")
	private @Nullable Diagnosis diagnosis;

	@Min(value = 0, message = "{case.relapseNumber.range}")
	@Max(value = 9, message = "{case.relapseNumber.range}")
	private @Nullable Integer relapseNumber;

	@Min(value = 0, message = "{case.ageYears.range}")
	@Max(value = CaseSummary.MAX_AGE_YEARS, message = "{case.ageYears.range}")
	private @Nullable Integer ageYears;

	@Min(value = 0, message = "{case.ageMonths.range}")
	@Max(value = 11, message = "{case.ageMonths.range}")
	private @Nullable Integer ageMonths;

	@Size(max = 4000, message = "{case.questionToBoard.size}")
	private @Nullable String questionToBoard;

	/** The version the edit is based on; absent for a new case. */
	private @Nullable Long version;

	static CaseForm of(CaseSummary summary, long version) {
		CaseForm form = new CaseForm();
		form.diagnosis = summary.diagnosis();
		form.relapseNumber = summary.relapseNumber();
		form.ageYears = summary.ageYears();
		form.ageMonths = summary.ageMonths();
		form.questionToBoard = summary.questionToBoard();
		form.version = version;
		return form;
	}

	CaseSummary toSummary() {
		return new CaseSummary(this.diagnosis, this.relapseNumber, this.ageYears, this.ageMonths, this.questionToBoard);
	}

	public @Nullable Diagnosis getDiagnosis() {
		return this.diagnosis;
	}

	public void setDiagnosis(@Nullable Diagnosis diagnosis) {
		this.diagnosis = diagnosis;
	}

	public @Nullable Integer getRelapseNumber() {
		return this.relapseNumber;
	}

	public void setRelapseNumber(@Nullable Integer relapseNumber) {
		this.relapseNumber = relapseNumber;
	}

	public @Nullable Integer getAgeYears() {
		return this.ageYears;
	}

	public void setAgeYears(@Nullable Integer ageYears) {
		this.ageYears = ageYears;
	}

	public @Nullable Integer getAgeMonths() {
		return this.ageMonths;
	}

	public void setAgeMonths(@Nullable Integer ageMonths) {
		this.ageMonths = ageMonths;
	}

	public @Nullable String getQuestionToBoard() {
		return this.questionToBoard;
	}

	public void setQuestionToBoard(@Nullable String questionToBoard) {
		this.questionToBoard = questionToBoard;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
