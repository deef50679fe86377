package org.targetboard.core.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The rules a case must satisfy: every draft (values in range, dates in order, nothing in
 * the future) and every submission (the required facts and the board's eligibility:
 * relapsed or refractory disease, under 25 years at the current relapse, no
 * standard-of-care option, product.md step 2). Each problem names its field.
 */
public final class IntakeCheck {

	/** Longest question to the board, in characters. */
	public static final int MAX_QUESTION = 4000;

	/** Longest short free text (method, site, reason), in characters. */
	public static final int MAX_SHORT_TEXT = 500;

	private IntakeCheck() {
	}

	/**
	 * Problems that stop a draft from being saved.
	 */
	public static List<IntakeProblem> forDraft(CaseIntake intake, LocalDate today) {
		Problems problems = new Problems();
		if (intake.diagnosis() == null) {
			// The diagnosis is the one fact a draft needs: it decides which sections
			// apply.
			problems.add("diagnosis", "diagnosisRequired", "is required");
		}
		problems.range("relapseNumber", intake.relapseNumber(), 0, 9);
		if (intake.ageYears() != null && intake.ageYears() > CaseSummary.MAX_AGE_YEARS) {
			problems.add("ageYears", "ageLimit", "must be under 25 years at the current relapse (board eligibility)");
		}
		problems.range("ageYears", intake.ageYears(), 0, CaseSummary.MAX_AGE_YEARS);
		problems.range("ageMonths", intake.ageMonths(), 0, 11);
		problems.range("ageAtDiagnosisYears", intake.ageAtDiagnosisYears(), 0, CaseSummary.MAX_AGE_YEARS);
		if (intake.ageAtDiagnosisYears() != null && intake.ageYears() != null
				&& intake.ageAtDiagnosisYears() > intake.ageYears()) {
			problems.add("ageAtDiagnosisYears", "ageAtDiagnosisOrder",
					"must not be above the age at the current relapse");
		}
		if (intake.marrowBlastsPercent() != null
				&& !(intake.marrowBlastsPercent() >= 0 && intake.marrowBlastsPercent() <= 100)) {
			problems.add("marrowBlastsPercent", "percent", "must be a percentage between 0 and 100");
		}
		if (intake.mrdEndOfInduction() != null
				&& !(intake.mrdEndOfInduction() >= 0 && intake.mrdEndOfInduction() <= 1)) {
			problems.add("mrdEndOfInduction", "mrdFraction", "must be between 0 and 100 %");
		}
		if (intake.performanceStatus() != null && (intake.performanceStatus() < 0 || intake.performanceStatus() > 100
				|| intake.performanceStatus() % 10 != 0)) {
			problems.add("performanceStatus", "performance", "must be 0–100 in steps of 10 (Lansky or Karnofsky)");
		}
		dates(intake, today, problems);
		problems.length("questionToBoard", intake.questionToBoard(), MAX_QUESTION);
		problems.length("noStandardOfCareReason", intake.noStandardOfCareReason(), MAX_SHORT_TEXT);
		problems.length("extramedullarySite", intake.extramedullarySite(), MAX_SHORT_TEXT);
		problems.length("mrdMethod", intake.mrdMethod(), MAX_SHORT_TEXT);
		rowTexts(intake, problems);
		return problems.list;
	}

	/**
	 * The fields a submission always needs (others depend on the case: the end of
	 * front-line therapy after a relapse, the extramedullary site of an extramedullary
	 * relapse); forms mark them as required.
	 */
	public static final List<String> REQUIRED_FOR_SUBMISSION = List.of("diagnosis", "relapseNumber", "ageYears",
			"diagnosisDate", "relapseDate", "site", "marrowBlastsPercent", "intent", "performanceScale",
			"performanceStatus", "questionToBoard");

	/**
	 * Problems that stop a case from being submitted to the board: those of a draft, the
	 * required facts, and the board's eligibility policy.
	 */
	public static List<IntakeProblem> forSubmission(CaseIntake intake, LocalDate today, Eligibility eligibility) {
		Problems problems = new Problems();
		problems.list.addAll(forDraft(intake, today));
		if (intake.ageYears() != null && intake.ageYears() > eligibility.maxAgeYears()) {
			problems.add("ageYears", "boardAgeLimit",
					"is above the board's age limit of " + eligibility.maxAgeYears() + " years");
		}
		if (intake.diagnosis() != null && !eligibility.diagnoses().contains(intake.diagnosis())) {
			problems.add("diagnosis", "boardDiagnosis", "is not a diagnosis this board takes");
		}
		problems.required("diagnosis", intake.diagnosis());
		problems.required("relapseNumber", intake.relapseNumber());
		problems.required("ageYears", intake.ageYears());
		problems.required("diagnosisDate", intake.diagnosisDate());
		problems.required("relapseDate", intake.relapseDate());
		if (intake.relapseNumber() != null && intake.relapseNumber() >= 1) {
			problems.required("frontlineEndDate", intake.frontlineEndDate());
		}
		if (intake.diagnosis() == null || intake.diagnosis().isLeukaemia()) {
			problems.required("site", intake.site());
			problems.required("marrowBlastsPercent", intake.marrowBlastsPercent());
		}
		if (intake.site() == RelapseSite.COMBINED || intake.site() == RelapseSite.ISOLATED_EXTRAMEDULLARY) {
			problems.required("extramedullarySite", intake.extramedullarySite());
		}
		problems.required("intent", intake.intent());
		problems.required("performanceScale", intake.performanceScale());
		problems.required("performanceStatus", intake.performanceStatus());
		problems.required("questionToBoard", intake.questionToBoard());
		if (intake.relapseNumber() != null && intake.relapseNumber() == 0 && !intake.refractory()) {
			problems.add("refractory", "notRelapsedOrRefractory",
					"must be confirmed for primary disease: the board takes relapsed or refractory disease only");
		}
		if (eligibility.requiresNoStandardOfCare()) {
			if (!intake.noStandardOfCare()) {
				problems.add("noStandardOfCare", "standardOfCare",
						"must be confirmed: the board advises only when no standard-of-care option exists");
			}
			problems.required("noStandardOfCareReason", intake.noStandardOfCareReason());
		}
		return problems.list;
	}

	private static void dates(CaseIntake intake, LocalDate today, Problems problems) {
		problems.notFuture("diagnosisDate", intake.diagnosisDate(), today);
		problems.notFuture("frontlineEndDate", intake.frontlineEndDate(), today);
		problems.notFuture("relapseDate", intake.relapseDate(), today);
		if (before(intake.frontlineEndDate(), intake.diagnosisDate())) {
			problems.add("frontlineEndDate", "afterDiagnosis", "must not be before the initial diagnosis");
		}
		if (before(intake.relapseDate(), intake.frontlineEndDate())) {
			problems.add("relapseDate", "afterFrontlineEnd", "must not be before the end of front-line therapy");
		}
		else if (before(intake.relapseDate(), intake.diagnosisDate())) {
			problems.add("relapseDate", "afterDiagnosis", "must not be before the initial diagnosis");
		}
		for (int i = 0; i < intake.history().size(); i++) {
			TreatmentLine line = intake.history().get(i);
			problems.notFuture("history[" + i + "].start", line.start(), today);
			problems.notFuture("history[" + i + "].end", line.end(), today);
			if (before(line.start(), intake.diagnosisDate())) {
				problems.add("history[" + i + "].start", "afterDiagnosis", "must not be before the initial diagnosis");
			}
		}
		for (int i = 0; i < intake.markers().size(); i++) {
			MarkerResult marker = intake.markers().get(i);
			problems.notFuture("markers[" + i + "].date", marker.date(), today);
		}
		List<Situation.EarlierRelapse> earlier = intake.situation().earlierRelapses();
		for (int i = 0; i < earlier.size(); i++) {
			String field = "situation.earlierRelapses[" + i + "].date";
			LocalDate date = earlier.get(i).date();
			problems.notFuture(field, date, today);
			if (before(date, intake.diagnosisDate())) {
				problems.add(field, "afterDiagnosis", "must not be before the initial diagnosis");
			}
			if (before(intake.relapseDate(), date)) {
				problems.add(field, "beforeRelapse", "must be before the current relapse");
			}
		}
	}

	// The rows' texts have the lengths of their columns (V5): too long is a field error,
	// never a database failure.
	private static void rowTexts(CaseIntake intake, Problems problems) {
		for (int i = 0; i < intake.history().size(); i++) {
			TreatmentLine line = intake.history().get(i);
			problems.length("history[" + i + "].agents", String.join(",", line.agents()), 1000);
			problems.length("history[" + i + "].targetAntigen", line.targetAntigen(), 20);
			problems.length("history[" + i + "].severeToxicities", String.join(",", line.severeToxicities()),
					MAX_SHORT_TEXT);
		}
		for (int i = 0; i < intake.lesions().size(); i++) {
			MolecularLesion lesion = intake.lesions().get(i);
			problems.length("lesions[" + i + "].gene", lesion.gene(), 40);
			problems.length("lesions[" + i + "].partner", lesion.partner(), 40);
			problems.length("lesions[" + i + "].proteinChange", lesion.proteinChange(), 100);
			problems.length("lesions[" + i + "].assay", lesion.assay(), MAX_SHORT_TEXT);
		}
		for (int i = 0; i < intake.markers().size(); i++) {
			MarkerResult marker = intake.markers().get(i);
			problems.length("markers[" + i + "].marker", marker.marker(), 40);
			problems.length("markers[" + i + "].method", marker.method(), MAX_SHORT_TEXT);
			problems.length("markers[" + i + "].sample", marker.sample(), MAX_SHORT_TEXT);
		}
		for (int i = 0; i < intake.drugResponses().size(); i++) {
			DrugResponse response = intake.drugResponses().get(i);
			problems.length("drugResponses[" + i + "].drug", response.drug(), 100);
			problems.length("drugResponses[" + i + "].metric", response.metric(), 40);
			problems.length("drugResponses[" + i + "].unit", response.unit(), 40);
		}
	}

	private static boolean before(@Nullable LocalDate date, @Nullable LocalDate reference) {
		return date != null && reference != null && date.isBefore(reference);
	}

	private static final class Problems {

		private final List<IntakeProblem> list = new ArrayList<>();

		void add(String field, String code, String message) {
			// One problem per field and rule.
			if (this.list.stream().noneMatch((p) -> p.field().equals(field) && p.code().equals(code))) {
				this.list.add(new IntakeProblem(field, code, message));
			}
		}

		void required(String field, @Nullable Object value) {
			if (value == null && this.list.stream().noneMatch((p) -> p.field().equals(field))) {
				add(field, "required", "is required for submission");
			}
		}

		void range(String field, @Nullable Integer value, int min, int max) {
			if (value != null && (value < min || value > max)
					&& this.list.stream().noneMatch((p) -> p.field().equals(field))) {
				this.list.add(new IntakeProblem(field, "range", "must be between " + min + " and " + max,
						List.of(Integer.toString(min), Integer.toString(max))));
			}
		}

		void notFuture(String field, @Nullable LocalDate date, LocalDate today) {
			if (date != null && date.isAfter(today)) {
				add(field, "future", "must not be in the future");
			}
			else if (date != null && !PlausibleDate.isPlausible(date)) {
				add(field, "tooEarly", "must not be before 1900");
			}
		}

		void length(String field, @Nullable String text, int max) {
			if (text != null && text.length() > max) {
				this.list.add(new IntakeProblem(field, "tooLong", "must be at most " + max + " characters",
						List.of(Integer.toString(max))));
			}
		}

	}

}
