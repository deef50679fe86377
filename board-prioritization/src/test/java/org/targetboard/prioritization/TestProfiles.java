package org.targetboard.prioritization;

import java.time.LocalDate;
import java.util.List;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;

/**
 * A builder of case profiles for rule and engine tests: a second marrow relapse of a
 * 10-year-old in the Netherlands unless told otherwise.
 */
public final class TestProfiles {

	private Diagnosis diagnosis = Diagnosis.BCP_ALL;

	private int relapseNumber = 2;

	private boolean refractory;

	private Intent intent = Intent.CURATIVE_TRIAL_SEEKING;

	private Double blasts = 30.0;

	private LocalDate relapseDate = LocalDate.of(2026, 10, 1);

	private final java.util.ArrayList<TreatmentLine> history = new java.util.ArrayList<>();

	private final java.util.ArrayList<MolecularLesion> lesions = new java.util.ArrayList<>();

	private final java.util.ArrayList<MarkerResult> markers = new java.util.ArrayList<>();

	private final java.util.ArrayList<DrugResponse> responses = new java.util.ArrayList<>();

	private final java.util.ArrayList<Bh3Dependency> bh3 = new java.util.ArrayList<>();

	public static TestProfiles of(Diagnosis diagnosis) {
		TestProfiles profiles = new TestProfiles();
		profiles.diagnosis = diagnosis;
		return profiles;
	}

	public TestProfiles relapse(int number) {
		this.relapseNumber = number;
		return this;
	}

	public TestProfiles refractory() {
		this.refractory = true;
		return this;
	}

	public TestProfiles intent(Intent intent) {
		this.intent = intent;
		return this;
	}

	public TestProfiles blasts(double percent) {
		this.blasts = percent;
		return this;
	}

	public TestProfiles relapsedOn(LocalDate date) {
		this.relapseDate = date;
		return this;
	}

	public TestProfiles marker(String marker, double percent) {
		this.markers.add(new MarkerResult(marker, percent, null, "flow cytometry", null, null));
		return this;
	}

	public TestProfiles lesion(MolecularLesion.Type type, String gene, String proteinChange) {
		this.lesions.add(new MolecularLesion(type, gene, null, proteinChange, 0.4, false, null));
		return this;
	}

	public TestProfiles fusion(String fusion) {
		this.lesions.add(new MolecularLesion(MolecularLesion.Type.FUSION, fusion, null, null, null, false, null));
		return this;
	}

	public TestProfiles bh3(Bh3Dependency dependency) {
		this.bh3.add(dependency);
		return this;
	}

	public TestProfiles drp(String drug, double percentile, boolean qcPassed) {
		this.responses.add(new DrugResponse(drug, DrugResponse.Assay.DRP, "AUC", 0.3, null, percentile,
				DrugResponse.Call.INTERMEDIATE, qcPassed));
		return this;
	}

	public TestProfiles had(TreatmentLine.Kind kind, String agent, LocalDate end, TreatmentLine.Response response,
			String... toxicities) {
		this.history.add(new TreatmentLine(kind, (agent == null) ? List.of() : List.of(agent), end.minusDays(28), end,
				response, (kind == TreatmentLine.Kind.CAR_T) ? "CD19" : null, List.of(toxicities)));
		return this;
	}

	public CaseProfile build() {
		return new CaseProfile(this.diagnosis, 10, 6, "NL", this.relapseNumber, this.refractory,
				LocalDate.of(2020, 1, 10), LocalDate.of(2022, 3, 1), this.relapseDate, RelapseSite.ISOLATED_MARROW,
				this.blasts, null, null, this.intent, 80, this.history, this.lesions, this.markers, this.responses,
				this.bh3);
	}

}
