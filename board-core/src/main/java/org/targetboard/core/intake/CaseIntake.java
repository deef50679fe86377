package org.targetboard.core.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The complete case a national coordinating centre enters (product.md step 1). A draft
 * may leave anything open; {@link IntakeCheck} says what a submission needs. Nothing here
 * identifies a patient: no name, birth date, address or hospital number has a field, and
 * age is kept in years and months at the current relapse.
 *
 * @param diagnosis the diagnosis
 * @param relapseNumber the number of the current relapse; 0 for primary refractory
 * disease
 * @param refractory whether the disease is refractory (to front-line or relapse therapy)
 * @param ageYears completed years at the current relapse
 * @param ageMonths months beyond the completed years
 * @param ageAtDiagnosisYears completed years at initial diagnosis
 * @param diagnosisDate initial diagnosis
 * @param frontlineEndDate end of front-line therapy
 * @param relapseDate current relapse (or refractoriness)
 * @param site site of the current relapse
 * @param extramedullarySite where the extramedullary disease is (CNS, testis, …)
 * @param marrowBlastsPercent marrow blasts at the current relapse, %
 * @param mrdAtRelapse MRD at the current relapse
 * @param mrdMethod how MRD was measured (flow, PCR, NGS)
 * @param mrdEndOfInduction MRD at the end of relapse induction, as a fraction
 * @param endOfInductionMarrow marrow status at the end of relapse induction
 * @param intent treatment intent
 * @param performanceScale Lansky or Karnofsky
 * @param performanceStatus the score, 0–100
 * @param questionToBoard the centre's question
 * @param noStandardOfCare the coordinator confirms that no standard-of-care option exists
 * @param noStandardOfCareReason why none exists
 * @param history treatment history: lines, HSCT, CAR-T
 * @param lesions molecular lesions
 * @param markers immunophenotype markers
 * @param drugResponses ex-vivo drug-response and dynamic BH3 results
 * @param bh3Dependencies dependencies from baseline BH3 profiling
 * @param situation the disease course beyond the relapse itself
 * @param questions what the centre asks the board, as chosen from the board's questions
 */
public record CaseIntake(@Nullable Diagnosis diagnosis, @Nullable Integer relapseNumber, boolean refractory,
		@Nullable Integer ageYears, @Nullable Integer ageMonths, @Nullable Integer ageAtDiagnosisYears,
		@Nullable LocalDate diagnosisDate, @Nullable LocalDate frontlineEndDate, @Nullable LocalDate relapseDate,
		@Nullable RelapseSite site, @Nullable String extramedullarySite, @Nullable Double marrowBlastsPercent,
		@Nullable MrdValue mrdAtRelapse, @Nullable String mrdMethod, @Nullable Double mrdEndOfInduction,
		@Nullable MarrowStatus endOfInductionMarrow, @Nullable Intent intent,
		@Nullable PerformanceScale performanceScale, @Nullable Integer performanceStatus,
		@Nullable String questionToBoard, boolean noStandardOfCare, @Nullable String noStandardOfCareReason,
		List<TreatmentLine> history, List<MolecularLesion> lesions, List<MarkerResult> markers,
		List<DrugResponse> drugResponses, List<Bh3Dependency> bh3Dependencies, Situation situation,
		List<BoardQuestion> questions) {

	public CaseIntake {
		situation = (situation != null) ? situation : Situation.NONE;
		questions = (questions != null) ? List.copyOf(new java.util.LinkedHashSet<>(questions)) : List.of();
		extramedullarySite = text(extramedullarySite);
		mrdMethod = text(mrdMethod);
		questionToBoard = text(questionToBoard);
		noStandardOfCareReason = text(noStandardOfCareReason);
		history = List.copyOf((history != null) ? history : List.of());
		lesions = List.copyOf((lesions != null) ? lesions : List.of());
		markers = List.copyOf((markers != null) ? markers : List.of());
		drugResponses = List.copyOf((drugResponses != null) ? drugResponses : List.of());
		bh3Dependencies = List.copyOf((bh3Dependencies != null) ? bh3Dependencies : List.of());
	}

	/** An intake without the facts of {@link Situation}. */
	public CaseIntake(@Nullable Diagnosis diagnosis, @Nullable Integer relapseNumber, boolean refractory,
			@Nullable Integer ageYears, @Nullable Integer ageMonths, @Nullable Integer ageAtDiagnosisYears,
			@Nullable LocalDate diagnosisDate, @Nullable LocalDate frontlineEndDate, @Nullable LocalDate relapseDate,
			@Nullable RelapseSite site, @Nullable String extramedullarySite, @Nullable Double marrowBlastsPercent,
			@Nullable MrdValue mrdAtRelapse, @Nullable String mrdMethod, @Nullable Double mrdEndOfInduction,
			@Nullable MarrowStatus endOfInductionMarrow, @Nullable Intent intent,
			@Nullable PerformanceScale performanceScale, @Nullable Integer performanceStatus,
			@Nullable String questionToBoard, boolean noStandardOfCare, @Nullable String noStandardOfCareReason,
			List<TreatmentLine> history, List<MolecularLesion> lesions, List<MarkerResult> markers,
			List<DrugResponse> drugResponses, List<Bh3Dependency> bh3Dependencies) {
		this(diagnosis, relapseNumber, refractory, ageYears, ageMonths, ageAtDiagnosisYears, diagnosisDate,
				frontlineEndDate, relapseDate, site, extramedullarySite, marrowBlastsPercent, mrdAtRelapse, mrdMethod,
				mrdEndOfInduction, endOfInductionMarrow, intent, performanceScale, performanceStatus, questionToBoard,
				noStandardOfCare, noStandardOfCareReason, history, lesions, markers, drugResponses, bh3Dependencies,
				Situation.NONE, List.of());
	}

	/** An intake that asks only in the centre's own words. */
	public CaseIntake(@Nullable Diagnosis diagnosis, @Nullable Integer relapseNumber, boolean refractory,
			@Nullable Integer ageYears, @Nullable Integer ageMonths, @Nullable Integer ageAtDiagnosisYears,
			@Nullable LocalDate diagnosisDate, @Nullable LocalDate frontlineEndDate, @Nullable LocalDate relapseDate,
			@Nullable RelapseSite site, @Nullable String extramedullarySite, @Nullable Double marrowBlastsPercent,
			@Nullable MrdValue mrdAtRelapse, @Nullable String mrdMethod, @Nullable Double mrdEndOfInduction,
			@Nullable MarrowStatus endOfInductionMarrow, @Nullable Intent intent,
			@Nullable PerformanceScale performanceScale, @Nullable Integer performanceStatus,
			@Nullable String questionToBoard, boolean noStandardOfCare, @Nullable String noStandardOfCareReason,
			List<TreatmentLine> history, List<MolecularLesion> lesions, List<MarkerResult> markers,
			List<DrugResponse> drugResponses, List<Bh3Dependency> bh3Dependencies, Situation situation) {
		this(diagnosis, relapseNumber, refractory, ageYears, ageMonths, ageAtDiagnosisYears, diagnosisDate,
				frontlineEndDate, relapseDate, site, extramedullarySite, marrowBlastsPercent, mrdAtRelapse, mrdMethod,
				mrdEndOfInduction, endOfInductionMarrow, intent, performanceScale, performanceStatus, questionToBoard,
				noStandardOfCare, noStandardOfCareReason, history, lesions, markers, drugResponses, bh3Dependencies,
				situation, List.of());
	}

	/** This intake asking the board's questions given. */
	public CaseIntake withQuestions(List<BoardQuestion> asked) {
		return new CaseIntake(this.diagnosis, this.relapseNumber, this.refractory, this.ageYears, this.ageMonths,
				this.ageAtDiagnosisYears, this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site,
				this.extramedullarySite, this.marrowBlastsPercent, this.mrdAtRelapse, this.mrdMethod,
				this.mrdEndOfInduction, this.endOfInductionMarrow, this.intent, this.performanceScale,
				this.performanceStatus, this.questionToBoard, this.noStandardOfCare, this.noStandardOfCareReason,
				this.history, this.lesions, this.markers, this.drugResponses, this.bh3Dependencies, this.situation,
				asked);
	}

	/** This intake with the facts of the disease course. */
	public CaseIntake withSituation(Situation course) {
		return new CaseIntake(this.diagnosis, this.relapseNumber, this.refractory, this.ageYears, this.ageMonths,
				this.ageAtDiagnosisYears, this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site,
				this.extramedullarySite, this.marrowBlastsPercent, this.mrdAtRelapse, this.mrdMethod,
				this.mrdEndOfInduction, this.endOfInductionMarrow, this.intent, this.performanceScale,
				this.performanceStatus, this.questionToBoard, this.noStandardOfCare, this.noStandardOfCareReason,
				this.history, this.lesions, this.markers, this.drugResponses, this.bh3Dependencies, course,
				this.questions);
	}

	/**
	 * The facts shown in lists. Only call on an intake that passed
	 * {@link IntakeCheck#forDraft}.
	 */
	public CaseSummary summary() {
		return new CaseSummary(this.diagnosis, this.relapseNumber, this.ageYears, this.ageMonths, this.questionToBoard);
	}

	/**
	 * The profile the engine ranks.
	 * @param country the submitting centre's country (ISO 3166-1 alpha-2), for trial
	 * sites
	 * @throws IllegalStateException without a diagnosis and a relapse number
	 */
	public CaseProfile toProfile(@Nullable String country) {
		if (this.diagnosis == null || this.relapseNumber == null) {
			throw new IllegalStateException("diagnosis and relapse number are needed for ranking");
		}
		return new CaseProfile(this.diagnosis, this.ageYears, this.ageAtDiagnosisYears, country, this.relapseNumber,
				this.refractory, this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site,
				this.marrowBlastsPercent, this.mrdEndOfInduction, this.endOfInductionMarrow, this.intent,
				this.performanceStatus, this.history, this.lesions, this.markers, this.drugResponses,
				this.bh3Dependencies, this.situation);
	}

	/** The free-text fields by field path, for the identifier screen. */
	public Map<String, String> freeTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		put(texts, "questionToBoard", this.questionToBoard);
		put(texts, "noStandardOfCareReason", this.noStandardOfCareReason);
		put(texts, "extramedullarySite", this.extramedullarySite);
		put(texts, "mrdMethod", this.mrdMethod);
		for (int i = 0; i < this.lesions.size(); i++) {
			put(texts, "lesions[" + i + "].assay", this.lesions.get(i).assay());
		}
		for (int i = 0; i < this.markers.size(); i++) {
			put(texts, "markers[" + i + "].method", this.markers.get(i).method());
			put(texts, "markers[" + i + "].sample", this.markers.get(i).sample());
		}
		return texts;
	}

	/**
	 * This intake without the given free-text fields (paths as in {@link #freeTexts()}),
	 * for readers who may not see text held back by the identifier screen.
	 */
	public CaseIntake withoutTexts(java.util.Collection<String> fields) {
		if (fields.isEmpty()) {
			return this;
		}
		List<MolecularLesion> keptLesions = new java.util.ArrayList<>();
		for (int i = 0; i < this.lesions.size(); i++) {
			MolecularLesion l = this.lesions.get(i);
			keptLesions.add(fields.contains("lesions[" + i + "].assay") ? new MolecularLesion(l.type(), l.gene(),
					l.partner(), l.proteinChange(), l.vaf(), l.germline(), null) : l);
		}
		List<MarkerResult> keptMarkers = new java.util.ArrayList<>();
		for (int i = 0; i < this.markers.size(); i++) {
			MarkerResult m = this.markers.get(i);
			keptMarkers.add(new MarkerResult(m.marker(), m.percentPositive(), m.sitesPerCell(),
					fields.contains("markers[" + i + "].method") ? null : m.method(), m.date(),
					fields.contains("markers[" + i + "].sample") ? null : m.sample()));
		}
		return new CaseIntake(this.diagnosis, this.relapseNumber, this.refractory, this.ageYears, this.ageMonths,
				this.ageAtDiagnosisYears, this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site,
				fields.contains("extramedullarySite") ? null : this.extramedullarySite, this.marrowBlastsPercent,
				this.mrdAtRelapse, fields.contains("mrdMethod") ? null : this.mrdMethod, this.mrdEndOfInduction,
				this.endOfInductionMarrow, this.intent, this.performanceScale, this.performanceStatus,
				fields.contains("questionToBoard") ? null : this.questionToBoard, this.noStandardOfCare,
				fields.contains("noStandardOfCareReason") ? null : this.noStandardOfCareReason, this.history,
				keptLesions, keptMarkers, this.drugResponses, this.bh3Dependencies, this.situation, this.questions);
	}

	private static void put(Map<String, String> texts, String field, @Nullable String text) {
		if (text != null) {
			texts.put(field, text);
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
