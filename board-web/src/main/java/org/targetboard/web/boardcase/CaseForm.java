package org.targetboard.web.boardcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.intake.BoardQuestion;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.PerformanceScale;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The case form of the browser, in sections a coordinator can fill over several visits. A
 * mutable bean because Thymeleaf's {@code th:field} reads bean properties; values are
 * kept as typed (MRD notations, fusions as written) and converted by
 * {@link CaseFormMapper}, which reports every problem beside its field.
 */
public class CaseForm {

	private @Nullable Long version;

	private @Nullable Diagnosis diagnosis;

	private @Nullable Integer relapseNumber;

	private boolean refractory;

	private @Nullable Integer ageYears;

	private @Nullable Integer ageMonths;

	private @Nullable Integer ageAtDiagnosisYears;

	private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate diagnosisDate;

	private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate frontlineEndDate;

	private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate relapseDate;

	private @Nullable RelapseSite site;

	private @Nullable String extramedullarySite;

	private @Nullable Double marrowBlastsPercent;

	private @Nullable String mrdAtRelapse;

	private @Nullable String mrdMethod;

	private @Nullable String mrdEndOfInduction;

	private @Nullable MarrowStatus endOfInductionMarrow;

	private @Nullable Intent intent;

	private @Nullable PerformanceScale performanceScale;

	private @Nullable Integer performanceStatus;

	private @Nullable String questionToBoard;

	private boolean noStandardOfCare;

	private @Nullable String noStandardOfCareReason;

	private List<HistoryRow> history = new ArrayList<>();

	private List<LesionRow> lesions = new ArrayList<>();

	private List<MarkerRow> markers = new ArrayList<>();

	private List<DrugResponseRow> drugResponses = new ArrayList<>();

	private List<Bh3Dependency> bh3Dependencies = new ArrayList<>();

	private boolean relapseOnTherapy;

	private boolean molecularRelapse;

	private Situation.@Nullable Refractoriness refractoriness;

	private List<Situation.ExtramedullarySite> extramedullarySites = new ArrayList<>();

	private List<Situation.Cytogenetics> cytogenetics = new ArrayList<>();

	private List<Situation.MpalLineage> mpalLineages = new ArrayList<>();

	private List<BoardQuestion> questions = new ArrayList<>();

	private List<EarlierRelapseRow> earlierRelapses = new ArrayList<>();

	private boolean identifiersChecked;

	private @Nullable String identifierOverrideReason;

	private @Nullable String treatingHospital;

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
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

	public boolean isRefractory() {
		return this.refractory;
	}

	public void setRefractory(boolean refractory) {
		this.refractory = refractory;
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

	public @Nullable Integer getAgeAtDiagnosisYears() {
		return this.ageAtDiagnosisYears;
	}

	public void setAgeAtDiagnosisYears(@Nullable Integer ageAtDiagnosisYears) {
		this.ageAtDiagnosisYears = ageAtDiagnosisYears;
	}

	public @Nullable LocalDate getDiagnosisDate() {
		return this.diagnosisDate;
	}

	public void setDiagnosisDate(@Nullable LocalDate diagnosisDate) {
		this.diagnosisDate = diagnosisDate;
	}

	public @Nullable LocalDate getFrontlineEndDate() {
		return this.frontlineEndDate;
	}

	public void setFrontlineEndDate(@Nullable LocalDate frontlineEndDate) {
		this.frontlineEndDate = frontlineEndDate;
	}

	public @Nullable LocalDate getRelapseDate() {
		return this.relapseDate;
	}

	public void setRelapseDate(@Nullable LocalDate relapseDate) {
		this.relapseDate = relapseDate;
	}

	public @Nullable RelapseSite getSite() {
		return this.site;
	}

	public void setSite(@Nullable RelapseSite site) {
		this.site = site;
	}

	public @Nullable String getExtramedullarySite() {
		return this.extramedullarySite;
	}

	public void setExtramedullarySite(@Nullable String extramedullarySite) {
		this.extramedullarySite = extramedullarySite;
	}

	public @Nullable Double getMarrowBlastsPercent() {
		return this.marrowBlastsPercent;
	}

	public void setMarrowBlastsPercent(@Nullable Double marrowBlastsPercent) {
		this.marrowBlastsPercent = marrowBlastsPercent;
	}

	public @Nullable String getMrdAtRelapse() {
		return this.mrdAtRelapse;
	}

	public void setMrdAtRelapse(@Nullable String mrdAtRelapse) {
		this.mrdAtRelapse = mrdAtRelapse;
	}

	public @Nullable String getMrdMethod() {
		return this.mrdMethod;
	}

	public void setMrdMethod(@Nullable String mrdMethod) {
		this.mrdMethod = mrdMethod;
	}

	public @Nullable String getMrdEndOfInduction() {
		return this.mrdEndOfInduction;
	}

	public void setMrdEndOfInduction(@Nullable String mrdEndOfInduction) {
		this.mrdEndOfInduction = mrdEndOfInduction;
	}

	public @Nullable MarrowStatus getEndOfInductionMarrow() {
		return this.endOfInductionMarrow;
	}

	public void setEndOfInductionMarrow(@Nullable MarrowStatus endOfInductionMarrow) {
		this.endOfInductionMarrow = endOfInductionMarrow;
	}

	public @Nullable Intent getIntent() {
		return this.intent;
	}

	public void setIntent(@Nullable Intent intent) {
		this.intent = intent;
	}

	public @Nullable PerformanceScale getPerformanceScale() {
		return this.performanceScale;
	}

	public void setPerformanceScale(@Nullable PerformanceScale performanceScale) {
		this.performanceScale = performanceScale;
	}

	public @Nullable Integer getPerformanceStatus() {
		return this.performanceStatus;
	}

	public void setPerformanceStatus(@Nullable Integer performanceStatus) {
		this.performanceStatus = performanceStatus;
	}

	public @Nullable String getQuestionToBoard() {
		return this.questionToBoard;
	}

	public void setQuestionToBoard(@Nullable String questionToBoard) {
		this.questionToBoard = questionToBoard;
	}

	public boolean isNoStandardOfCare() {
		return this.noStandardOfCare;
	}

	public void setNoStandardOfCare(boolean noStandardOfCare) {
		this.noStandardOfCare = noStandardOfCare;
	}

	public @Nullable String getNoStandardOfCareReason() {
		return this.noStandardOfCareReason;
	}

	public void setNoStandardOfCareReason(@Nullable String noStandardOfCareReason) {
		this.noStandardOfCareReason = noStandardOfCareReason;
	}

	public List<HistoryRow> getHistory() {
		return this.history;
	}

	public void setHistory(List<HistoryRow> history) {
		this.history = history;
	}

	public List<LesionRow> getLesions() {
		return this.lesions;
	}

	public void setLesions(List<LesionRow> lesions) {
		this.lesions = lesions;
	}

	public List<MarkerRow> getMarkers() {
		return this.markers;
	}

	public void setMarkers(List<MarkerRow> markers) {
		this.markers = markers;
	}

	public List<DrugResponseRow> getDrugResponses() {
		return this.drugResponses;
	}

	public void setDrugResponses(List<DrugResponseRow> drugResponses) {
		this.drugResponses = drugResponses;
	}

	public List<Bh3Dependency> getBh3Dependencies() {
		return this.bh3Dependencies;
	}

	public void setBh3Dependencies(List<Bh3Dependency> bh3Dependencies) {
		this.bh3Dependencies = bh3Dependencies;
	}

	public boolean isRelapseOnTherapy() {
		return this.relapseOnTherapy;
	}

	public void setRelapseOnTherapy(boolean relapseOnTherapy) {
		this.relapseOnTherapy = relapseOnTherapy;
	}

	public boolean isMolecularRelapse() {
		return this.molecularRelapse;
	}

	public void setMolecularRelapse(boolean molecularRelapse) {
		this.molecularRelapse = molecularRelapse;
	}

	public Situation.@Nullable Refractoriness getRefractoriness() {
		return this.refractoriness;
	}

	public void setRefractoriness(Situation.@Nullable Refractoriness refractoriness) {
		this.refractoriness = refractoriness;
	}

	public List<Situation.ExtramedullarySite> getExtramedullarySites() {
		return this.extramedullarySites;
	}

	public void setExtramedullarySites(List<Situation.ExtramedullarySite> extramedullarySites) {
		this.extramedullarySites = extramedullarySites;
	}

	public List<Situation.Cytogenetics> getCytogenetics() {
		return this.cytogenetics;
	}

	public void setCytogenetics(List<Situation.Cytogenetics> cytogenetics) {
		this.cytogenetics = cytogenetics;
	}

	public List<Situation.MpalLineage> getMpalLineages() {
		return this.mpalLineages;
	}

	public void setMpalLineages(List<Situation.MpalLineage> mpalLineages) {
		this.mpalLineages = mpalLineages;
	}

	public List<BoardQuestion> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<BoardQuestion> questions) {
		this.questions = questions;
	}

	public List<EarlierRelapseRow> getEarlierRelapses() {
		return this.earlierRelapses;
	}

	public void setEarlierRelapses(List<EarlierRelapseRow> earlierRelapses) {
		this.earlierRelapses = earlierRelapses;
	}

	/** An earlier relapse, with its date and site. */
	public static class EarlierRelapseRow {

		private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date;

		private @Nullable RelapseSite site;

		public @Nullable LocalDate getDate() {
			return this.date;
		}

		public void setDate(@Nullable LocalDate date) {
			this.date = date;
		}

		public @Nullable RelapseSite getSite() {
			return this.site;
		}

		public void setSite(@Nullable RelapseSite site) {
			this.site = site;
		}

	}

	public boolean isIdentifiersChecked() {
		return this.identifiersChecked;
	}

	public void setIdentifiersChecked(boolean identifiersChecked) {
		this.identifiersChecked = identifiersChecked;
	}

	public @Nullable String getIdentifierOverrideReason() {
		return this.identifierOverrideReason;
	}

	public void setIdentifierOverrideReason(@Nullable String identifierOverrideReason) {
		this.identifierOverrideReason = identifierOverrideReason;
	}

	public @Nullable String getTreatingHospital() {
		return this.treatingHospital;
	}

	public void setTreatingHospital(@Nullable String treatingHospital) {
		this.treatingHospital = treatingHospital;
	}

	/** A line of the treatment history, an HSCT or a CAR-T infusion. */
	public static class HistoryRow {

		private TreatmentLine.@Nullable Kind kind;

		private @Nullable String agents;

		private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start;

		private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate end;

		private TreatmentLine.@Nullable Response bestResponse;

		private @Nullable String targetAntigen;

		private @Nullable String severeToxicities;

		private boolean ongoing;

		public boolean isOngoing() {
			return this.ongoing;
		}

		public void setOngoing(boolean ongoing) {
			this.ongoing = ongoing;
		}

		public TreatmentLine.@Nullable Kind getKind() {
			return this.kind;
		}

		public void setKind(TreatmentLine.@Nullable Kind kind) {
			this.kind = kind;
		}

		public @Nullable String getAgents() {
			return this.agents;
		}

		public void setAgents(@Nullable String agents) {
			this.agents = agents;
		}

		public @Nullable LocalDate getStart() {
			return this.start;
		}

		public void setStart(@Nullable LocalDate start) {
			this.start = start;
		}

		public @Nullable LocalDate getEnd() {
			return this.end;
		}

		public void setEnd(@Nullable LocalDate end) {
			this.end = end;
		}

		public TreatmentLine.@Nullable Response getBestResponse() {
			return this.bestResponse;
		}

		public void setBestResponse(TreatmentLine.@Nullable Response bestResponse) {
			this.bestResponse = bestResponse;
		}

		public @Nullable String getTargetAntigen() {
			return this.targetAntigen;
		}

		public void setTargetAntigen(@Nullable String targetAntigen) {
			this.targetAntigen = targetAntigen;
		}

		public @Nullable String getSevereToxicities() {
			return this.severeToxicities;
		}

		public void setSevereToxicities(@Nullable String severeToxicities) {
			this.severeToxicities = severeToxicities;
		}

	}

	/** A molecular lesion; a fusion is typed as GENE1::GENE2 in the gene field. */
	public static class LesionRow {

		private MolecularLesion.@Nullable Type type;

		private @Nullable String gene;

		private @Nullable String proteinChange;

		private @Nullable Double vafPercent;

		private @Nullable String assay;

		private boolean germline;

		public MolecularLesion.@Nullable Type getType() {
			return this.type;
		}

		public void setType(MolecularLesion.@Nullable Type type) {
			this.type = type;
		}

		public @Nullable String getGene() {
			return this.gene;
		}

		public void setGene(@Nullable String gene) {
			this.gene = gene;
		}

		public @Nullable String getProteinChange() {
			return this.proteinChange;
		}

		public void setProteinChange(@Nullable String proteinChange) {
			this.proteinChange = proteinChange;
		}

		public @Nullable Double getVafPercent() {
			return this.vafPercent;
		}

		public void setVafPercent(@Nullable Double vafPercent) {
			this.vafPercent = vafPercent;
		}

		public @Nullable String getAssay() {
			return this.assay;
		}

		public void setAssay(@Nullable String assay) {
			this.assay = assay;
		}

		public boolean isGermline() {
			return this.germline;
		}

		public void setGermline(boolean germline) {
			this.germline = germline;
		}

	}

	/** An immunophenotype result. */
	public static class MarkerRow {

		private @Nullable String marker;

		private @Nullable Double percentPositive;

		private @Nullable Double sitesPerCell;

		private @Nullable String method;

		private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date;

		private @Nullable String sample;

		public @Nullable String getMarker() {
			return this.marker;
		}

		public void setMarker(@Nullable String marker) {
			this.marker = marker;
		}

		public @Nullable Double getPercentPositive() {
			return this.percentPositive;
		}

		public void setPercentPositive(@Nullable Double percentPositive) {
			this.percentPositive = percentPositive;
		}

		public @Nullable Double getSitesPerCell() {
			return this.sitesPerCell;
		}

		public void setSitesPerCell(@Nullable Double sitesPerCell) {
			this.sitesPerCell = sitesPerCell;
		}

		public @Nullable String getMethod() {
			return this.method;
		}

		public void setMethod(@Nullable String method) {
			this.method = method;
		}

		public @Nullable LocalDate getDate() {
			return this.date;
		}

		public void setDate(@Nullable LocalDate date) {
			this.date = date;
		}

		public @Nullable String getSample() {
			return this.sample;
		}

		public void setSample(@Nullable String sample) {
			this.sample = sample;
		}

	}

	/** An ex-vivo drug-response or dynamic BH3 result. */
	public static class DrugResponseRow {

		private @Nullable String drug;

		private DrugResponse.@Nullable Assay assay;

		private @Nullable String metric;

		private @Nullable Double value;

		private @Nullable String unit;

		private @Nullable Double percentile;

		private DrugResponse.@Nullable Call call;

		private boolean qcPassed = true;

		public @Nullable String getDrug() {
			return this.drug;
		}

		public void setDrug(@Nullable String drug) {
			this.drug = drug;
		}

		public DrugResponse.@Nullable Assay getAssay() {
			return this.assay;
		}

		public void setAssay(DrugResponse.@Nullable Assay assay) {
			this.assay = assay;
		}

		public @Nullable String getMetric() {
			return this.metric;
		}

		public void setMetric(@Nullable String metric) {
			this.metric = metric;
		}

		public @Nullable Double getValue() {
			return this.value;
		}

		public void setValue(@Nullable Double value) {
			this.value = value;
		}

		public @Nullable String getUnit() {
			return this.unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit;
		}

		public @Nullable Double getPercentile() {
			return this.percentile;
		}

		public void setPercentile(@Nullable Double percentile) {
			this.percentile = percentile;
		}

		public DrugResponse.@Nullable Call getCall() {
			return this.call;
		}

		public void setCall(DrugResponse.@Nullable Call call) {
			this.call = call;
		}

		public boolean isQcPassed() {
			return this.qcPassed;
		}

		public void setQcPassed(boolean qcPassed) {
			this.qcPassed = qcPassed;
		}

	}

}
