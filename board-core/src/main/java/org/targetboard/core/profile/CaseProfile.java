package org.targetboard.core.profile;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * Everything the engine needs to know about a case. Optional values are {@code null} when
 * not known; the engine then says which criterion could not be decided and why.
 *
 * @param diagnosis the diagnosis
 * @param ageYears completed years of age at the current relapse
 * @param ageAtDiagnosisYears completed years of age at initial diagnosis
 * @param country ISO 3166-1 alpha-2 country of the treating centre, for trial sites
 * @param relapseNumber number of the current relapse; 0 for primary refractory disease
 * @param refractory whether the disease is refractory to the current line (e.g. failing
 * relapse re-induction)
 * @param diagnosisDate initial diagnosis
 * @param frontlineEndDate end of front-line therapy
 * @param relapseDate current relapse
 * @param site site of the current relapse
 * @param marrowBlastsPercent bone-marrow blasts at the current relapse, 0–100
 * @param mrdEndOfInduction MRD at the end of relapse induction as a fraction (1e-4 = 0.01
 * %)
 * @param endOfInductionMarrow marrow status at the end of relapse induction
 * @param intent treatment intent
 * @param performanceStatus Lansky (under 16) or Karnofsky score, 0–100
 * @param history treatment history, one entry per line, HSCT or CAR-T
 * @param lesions molecular lesions
 * @param markers immunophenotype markers
 * @param drugResponses ex-vivo drug-response and dynamic BH3 results
 * @param bh3Dependencies dependencies called from baseline BH3 profiling
 * @param situation the disease course beyond the relapse itself
 */
public record CaseProfile(Diagnosis diagnosis, @Nullable Integer ageYears, @Nullable Integer ageAtDiagnosisYears,
		@Nullable String country, int relapseNumber, boolean refractory, @Nullable LocalDate diagnosisDate,
		@Nullable LocalDate frontlineEndDate, @Nullable LocalDate relapseDate, @Nullable RelapseSite site,
		@Nullable Double marrowBlastsPercent, @Nullable Double mrdEndOfInduction,
		@Nullable MarrowStatus endOfInductionMarrow, @Nullable Intent intent, @Nullable Integer performanceStatus,
		List<TreatmentLine> history, List<MolecularLesion> lesions, List<MarkerResult> markers,
		List<DrugResponse> drugResponses, List<Bh3Dependency> bh3Dependencies, Situation situation) {

	public CaseProfile {
		situation = (situation != null) ? situation : Situation.NONE;
		history = List.copyOf((history != null) ? history : List.of());
		lesions = List.copyOf((lesions != null) ? lesions : List.of());
		markers = List.copyOf((markers != null) ? markers : List.of());
		drugResponses = List.copyOf((drugResponses != null) ? drugResponses : List.of());
		bh3Dependencies = List.copyOf((bh3Dependencies != null) ? bh3Dependencies : List.of());
		ProfileChecks.range("relapseNumber", relapseNumber, 0, 9);
		ProfileChecks.range("ageYears", ageYears, 0, 120);
		ProfileChecks.range("ageAtDiagnosisYears", ageAtDiagnosisYears, 0, 120);
		ProfileChecks.percent("marrowBlastsPercent", marrowBlastsPercent);
		ProfileChecks.range("performanceStatus", performanceStatus, 0, 100);
		if (mrdEndOfInduction != null && !(mrdEndOfInduction >= 0 && mrdEndOfInduction <= 1)) {
			throw new InvalidProfileException("mrdEndOfInduction", "fraction",
					"must be a fraction between 0 and 1 (1e-4 is 0.01 %)");
		}
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw new InvalidProfileException("country", "country", "must be an ISO 3166-1 alpha-2 code such as NL");
		}
	}

	/** A profile without the facts of {@link Situation}. */
	public CaseProfile(Diagnosis diagnosis, @Nullable Integer ageYears, @Nullable Integer ageAtDiagnosisYears,
			@Nullable String country, int relapseNumber, boolean refractory, @Nullable LocalDate diagnosisDate,
			@Nullable LocalDate frontlineEndDate, @Nullable LocalDate relapseDate, @Nullable RelapseSite site,
			@Nullable Double marrowBlastsPercent, @Nullable Double mrdEndOfInduction,
			@Nullable MarrowStatus endOfInductionMarrow, @Nullable Intent intent, @Nullable Integer performanceStatus,
			List<TreatmentLine> history, List<MolecularLesion> lesions, List<MarkerResult> markers,
			List<DrugResponse> drugResponses, List<Bh3Dependency> bh3Dependencies) {
		this(diagnosis, ageYears, ageAtDiagnosisYears, country, relapseNumber, refractory, diagnosisDate,
				frontlineEndDate, relapseDate, site, marrowBlastsPercent, mrdEndOfInduction, endOfInductionMarrow,
				intent, performanceStatus, history, lesions, markers, drugResponses, bh3Dependencies, Situation.NONE);
	}

	/**
	 * Whether any line of the history contains an agent (normalised as in
	 * {@link TreatmentLine#agentIds()}) for which the predicate holds.
	 */
	public boolean hadAgent(java.util.function.Predicate<String> agent) {
		return this.history.stream().flatMap((line) -> line.agentIds().stream()).anyMatch(agent);
	}

	/**
	 * The most recent allogeneic HSCT, if any.
	 */
	public @Nullable TreatmentLine lastHsct() {
		TreatmentLine last = null;
		for (TreatmentLine line : this.history) {
			if (line.kind() == TreatmentLine.Kind.HSCT) {
				last = line;
			}
		}
		return last;
	}

}
