package org.targetboard.core.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeCheckTests {

	private static final Eligibility ITB = Eligibility.INTERNATIONAL_TARGET_BOARD;

	/**
	 * A national relapse board takes every relapse: the centre is not made to confirm
	 * that no standard of care exists; its own age limit and diagnoses apply.
	 */
	@Test
	void aNationalBoardsPolicyTakesARelapseWithStandardOfCare() {
		CaseIntake standard = TestIntakes.withStandardOfCare();
		assertThat(fields(IntakeCheck.forSubmission(standard, TODAY, ITB))).contains("noStandardOfCare:standardOfCare");
		Eligibility national = new Eligibility(17, false, java.util.EnumSet.of(Diagnosis.BCP_ALL, Diagnosis.T_ALL));
		assertThat(IntakeCheck.forSubmission(standard, TODAY, national)).isEmpty();
		assertThat(fields(IntakeCheck.forSubmission(TestIntakes.aged(19), TODAY, national)))
			.contains("ageYears:boardAgeLimit");
		assertThat(fields(IntakeCheck.forSubmission(TestIntakes.withDiagnosis(Diagnosis.AML, null), TODAY, national)))
			.contains("diagnosis:boardDiagnosis");
	}

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void acceptsACompleteEligibleCase() {
		assertThat(IntakeCheck.forSubmission(TestIntakes.complete(), TODAY, ITB)).isEmpty();
	}

	@Test
	void acceptsAnAlmostEmptyDraft() {
		assertThat(IntakeCheck.forDraft(TestIntakes.draft(Diagnosis.T_ALL), TODAY)).isEmpty();
	}

	@Test
	void rejectsDatesOutOfOrder() {
		CaseIntake intake = TestIntakes.withDates(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1),
				LocalDate.of(2020, 6, 1));
		assertThat(fields(IntakeCheck.forDraft(intake, TODAY))).containsExactly("frontlineEndDate:afterDiagnosis",
				"relapseDate:afterFrontlineEnd");
	}

	@Test
	void rejectsDatesInTheFuture() {
		CaseIntake intake = TestIntakes.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1),
				TODAY.plusDays(1));
		assertThat(fields(IntakeCheck.forDraft(intake, TODAY))).containsExactly("relapseDate:future");
	}

	@Test
	void rejectsHistoryBeforeDiagnosis() {
		CaseIntake intake = TestIntakes.withHistory(List.of(new TreatmentLine(TreatmentLine.Kind.CHEMOTHERAPY,
				List.of("vincristine"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1), null, null, List.of())));
		assertThat(fields(IntakeCheck.forDraft(intake, TODAY))).containsExactly("history[0].start:afterDiagnosis");
	}

	@Test
	void namesEveryMissingFieldForSubmission() {
		assertThat(fields(IntakeCheck.forSubmission(TestIntakes.draft(Diagnosis.BCP_ALL), TODAY, ITB))).containsExactly(
				"relapseNumber:required", "ageYears:required", "diagnosisDate:required", "relapseDate:required",
				"site:required", "marrowBlastsPercent:required", "intent:required", "performanceScale:required",
				"performanceStatus:required", "questionToBoard:required", "noStandardOfCare:standardOfCare",
				"noStandardOfCareReason:required");
	}

	@Test
	void needsNoMarrowFactsForALymphoma() {
		CaseIntake lymphoma = TestIntakes.withDiagnosis(Diagnosis.ALCL, null);
		assertThat(IntakeCheck.forSubmission(lymphoma, TODAY, ITB)).isEmpty();
	}

	@Test
	void needsTheExtramedullarySiteOfACombinedRelapse() {
		CaseIntake combined = TestIntakes.withDiagnosis(Diagnosis.BCP_ALL, RelapseSite.COMBINED);
		assertThat(fields(IntakeCheck.forSubmission(combined, TODAY, ITB)))
			.containsExactly("extramedullarySite:required");
	}

	@Test
	void refusesPrimaryDiseaseThatIsNotRefractory() {
		CaseIntake primary = TestIntakes.primary(false);
		assertThat(fields(IntakeCheck.forSubmission(primary, TODAY, ITB)))
			.containsExactly("refractory:notRelapsedOrRefractory");
		assertThat(IntakeCheck.forSubmission(TestIntakes.primary(true), TODAY, ITB)).isEmpty();
	}

	@Test
	void refusesAgeOfTwentyFiveOrMore() {
		assertThat(fields(IntakeCheck.forDraft(TestIntakes.aged(25), TODAY))).containsExactly("ageYears:ageLimit");
	}

	@Test
	void refusesRowTextLongerThanItsColumn() {
		CaseIntake intake = TestIntakes.withHistory(List.of(new TreatmentLine(TreatmentLine.Kind.CAR_T,
				List.of("tisagenlecleucel"), null, null, null, "CD19-" + "X".repeat(20), List.of())));
		assertThat(fields(IntakeCheck.forDraft(intake, TODAY))).containsExactly("history[0].targetAntigen:tooLong");
	}

	@Test
	void refusesPerformanceStatusOffTheScale() {
		assertThat(fields(IntakeCheck.forDraft(TestIntakes.performance(75), TODAY)))
			.containsExactly("performanceStatus:performance");
	}

	@Test
	void keepsIntentOptionalForDrafts() {
		assertThat(TestIntakes.complete().intent()).isEqualTo(Intent.CURATIVE_TRIAL_SEEKING);
	}

	private static List<String> fields(List<IntakeProblem> problems) {
		return problems.stream().map((problem) -> problem.field() + ":" + problem.code()).toList();
	}

}
