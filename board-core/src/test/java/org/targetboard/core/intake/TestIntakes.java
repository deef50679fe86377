package org.targetboard.core.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;

/**
 * Case intakes for tests, shared through the core test-jar: by default a complete,
 * eligible second marrow relapse of BCP-ALL after HSCT and CD19 CAR-T in an 11-year-old.
 */
public final class TestIntakes {

	@Nullable Diagnosis diagnosis = Diagnosis.BCP_ALL;

	@Nullable Integer relapseNumber = 2;

	boolean refractory;

	@Nullable Integer ageYears = 11;

	@Nullable LocalDate diagnosisDate = LocalDate.of(2020, 3, 2);

	@Nullable LocalDate frontlineEndDate = LocalDate.of(2022, 6, 30);

	@Nullable LocalDate relapseDate = LocalDate.of(2026, 10, 12);

	@Nullable RelapseSite site = RelapseSite.ISOLATED_MARROW;

	@Nullable Double blasts = 62.0;

	@Nullable Intent intent = Intent.CURATIVE_TRIAL_SEEKING;

	@Nullable PerformanceScale scale = PerformanceScale.LANSKY;

	@Nullable Integer performance = 80;

	@Nullable String question = "Which targeted or trial option after CD19-negative relapse post CAR-T?";

	boolean noStandardOfCare = true;

	@Nullable String reason = "Second relapse after HSCT and CAR-T: no standard relapse protocol applies";

	List<TreatmentLine> history = new ArrayList<>(List.of(
			new TreatmentLine(TreatmentLine.Kind.CHEMOTHERAPY, List.of("vincristine", "dexamethasone", "asparaginase"),
					LocalDate.of(2020, 3, 2), LocalDate.of(2022, 6, 30), TreatmentLine.Response.MRD_NEGATIVE_CR, null,
					List.of()),
			new TreatmentLine(TreatmentLine.Kind.HSCT, List.of(), LocalDate.of(2023, 9, 10), LocalDate.of(2023, 9, 10),
					null, null, List.of()),
			new TreatmentLine(TreatmentLine.Kind.CAR_T, List.of("tisagenlecleucel"), LocalDate.of(2025, 5, 2),
					LocalDate.of(2025, 5, 2), TreatmentLine.Response.MRD_NEGATIVE_CR, "CD19", List.of())));

	List<MolecularLesion> lesions = new ArrayList<>(List.of(
			new MolecularLesion(MolecularLesion.Type.FUSION, "P2RY8::CRLF2", null, null, null, false, "RNA-seq"),
			new MolecularLesion(MolecularLesion.Type.SNV_INDEL, "JAK2", null, "p.R683G", 0.41, false, "targeted NGS")));

	List<MarkerResult> markers = new ArrayList<>(
			List.of(new MarkerResult("CD19", 2, null, "flow cytometry", LocalDate.of(2026, 10, 12), "bone marrow"),
					new MarkerResult("CD22", 95, 3900.0, "flow cytometry", LocalDate.of(2026, 10, 12), "bone marrow")));

	List<DrugResponse> responses = new ArrayList<>();

	List<Bh3Dependency> bh3 = new ArrayList<>();

	private TestIntakes() {
	}

	public CaseIntake build() {
		return new CaseIntake(this.diagnosis, this.relapseNumber, this.refractory, this.ageYears, 4, 5,
				this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site, null, this.blasts,
				MrdValue.parse("12%"), "flow cytometry", null, null, this.intent, this.scale, this.performance,
				this.question, this.noStandardOfCare, this.reason, this.history, this.lesions, this.markers,
				this.responses, this.bh3);
	}

	/** The complete, eligible default case. */
	public static CaseIntake complete() {
		return new TestIntakes().build();
	}

	/** A draft with only the first facts of the walking skeleton. */
	public static CaseIntake of(CaseSummary summary) {
		return new CaseIntake(summary.diagnosis(), summary.relapseNumber(), false, summary.ageYears(),
				summary.ageMonths(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				summary.questionToBoard(), false, null, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** A draft with nothing but a diagnosis. */
	public static CaseIntake draft(Diagnosis diagnosis) {
		return new CaseIntake(diagnosis, null, false, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, false, null, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static CaseIntake withDates(LocalDate diagnosis, LocalDate frontlineEnd, LocalDate relapse) {
		TestIntakes intakes = new TestIntakes();
		intakes.diagnosisDate = diagnosis;
		intakes.frontlineEndDate = frontlineEnd;
		intakes.relapseDate = relapse;
		intakes.history.clear();
		return intakes.build();
	}

	static CaseIntake withHistory(List<TreatmentLine> history) {
		TestIntakes intakes = new TestIntakes();
		intakes.history = new ArrayList<>(history);
		return intakes.build();
	}

	static CaseIntake withDiagnosis(Diagnosis diagnosis, @Nullable RelapseSite site) {
		TestIntakes intakes = new TestIntakes();
		intakes.diagnosis = diagnosis;
		intakes.site = site;
		if (!diagnosis.isLeukaemia()) {
			intakes.blasts = null;
		}
		return intakes.build();
	}

	static CaseIntake primary(boolean refractory) {
		TestIntakes intakes = new TestIntakes();
		intakes.relapseNumber = 0;
		intakes.refractory = refractory;
		return intakes.build();
	}

	/**
	 * A first late relapse for which the standard relapse protocol exists: the centre
	 * does not confirm "no standard of care".
	 */
	static CaseIntake withStandardOfCare() {
		TestIntakes intakes = new TestIntakes();
		intakes.noStandardOfCare = false;
		intakes.reason = null;
		return intakes.build();
	}

	static CaseIntake aged(int years) {
		TestIntakes intakes = new TestIntakes();
		intakes.ageYears = years;
		return intakes.build();
	}

	static CaseIntake performance(int score) {
		TestIntakes intakes = new TestIntakes();
		intakes.performance = score;
		return intakes.build();
	}

}
