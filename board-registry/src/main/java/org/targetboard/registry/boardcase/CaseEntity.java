package org.targetboard.registry.boardcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.BoardQuestion;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.MrdValue;
import org.targetboard.core.intake.PerformanceScale;
import org.targetboard.core.intake.RiskGroup;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;

@Entity
@Table(name = "board_case")
class CaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "public_id", nullable = false, unique = true, updatable = false)
	private UUID publicId;

	@Column(nullable = false, unique = true, updatable = false)
	private String pseudonym;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "centre_id", nullable = false, updatable = false)
	private CaseCentreEntity centre;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hospital_id")
	private @Nullable CaseHospitalEntity hospital;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private @Nullable Diagnosis diagnosis;

	@Column(name = "relapse_number")
	private @Nullable Integer relapseNumber;

	@Column(name = "age_years")
	private @Nullable Integer ageYears;

	@Column(name = "age_months")
	private @Nullable Integer ageMonths;

	@Column(name = "question_to_board")
	private @Nullable String questionToBoard;

	private boolean refractory;

	@Column(name = "age_at_diagnosis_years")
	private @Nullable Integer ageAtDiagnosisYears;

	@Column(name = "diagnosis_date")
	private @Nullable LocalDate diagnosisDate;

	@Column(name = "frontline_end_date")
	private @Nullable LocalDate frontlineEndDate;

	@Column(name = "relapse_date")
	private @Nullable LocalDate relapseDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "relapse_site")
	private @Nullable RelapseSite site;

	@Column(name = "extramedullary_site")
	private @Nullable String extramedullarySite;

	@Column(name = "marrow_blasts_percent")
	private @Nullable Double marrowBlastsPercent;

	@Column(name = "mrd_fraction")
	private @Nullable Double mrdFraction;

	@Column(name = "mrd_below_limit", nullable = false)
	private boolean mrdBelowLimit;

	@Column(name = "mrd_method")
	private @Nullable String mrdMethod;

	@Column(name = "mrd_end_of_induction")
	private @Nullable Double mrdEndOfInduction;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_of_induction_marrow")
	private @Nullable MarrowStatus endOfInductionMarrow;

	@Enumerated(EnumType.STRING)
	private @Nullable Intent intent;

	@Enumerated(EnumType.STRING)
	@Column(name = "performance_scale")
	private @Nullable PerformanceScale performanceScale;

	@Column(name = "performance_status")
	private @Nullable Integer performanceStatus;

	@Column(name = "no_standard_of_care", nullable = false)
	private boolean noStandardOfCare;

	@Column(name = "no_standard_of_care_reason")
	private @Nullable String noStandardOfCareReason;

	@Column(name = "bh3_dependencies", nullable = false)
	private String bh3Dependencies = "";

	@ElementCollection
	@CollectionTable(name = "case_treatment_line", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<TreatmentLineRow> history = new ArrayList<>();

	@Column(name = "relapse_on_therapy", nullable = false)
	private boolean relapseOnTherapy;

	@Column(name = "molecular_relapse", nullable = false)
	private boolean molecularRelapse;

	@Enumerated(EnumType.STRING)
	private Situation.@Nullable Refractoriness refractoriness;

	@Column(name = "extramedullary_sites", nullable = false)
	private String extramedullarySites = "";

	@Column(nullable = false)
	private String cytogenetics = "";

	@Column(name = "mpal_lineages", nullable = false)
	private String mpalLineages = "";

	@Column(name = "board_questions", nullable = false)
	private String boardQuestions = "";

	@ElementCollection
	@CollectionTable(name = "case_earlier_relapse", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<EarlierRelapseRow> earlierRelapses = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_lesion", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<LesionRow> lesions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_marker", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<MarkerRow> markers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_drug_response", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<DrugResponseRow> drugResponses = new ArrayList<>();

	@Column(name = "risk_timing")
	private @Nullable String riskTiming;

	@Column(name = "risk_bfm_group")
	private @Nullable String riskBfmGroup;

	@Column(name = "risk_nct05827549_group")
	private @Nullable String riskNct05827549Group;

	@Column(name = "risk_explanation")
	private @Nullable String riskExplanation;

	@Column(name = "risk_assessed_at")
	private @Nullable Instant riskAssessedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CaseEntity() {
		this.publicId = new UUID(0, 0);
		this.pseudonym = "";
		this.centre = new CaseCentreEntity();
		this.status = CaseStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
	}

	CaseEntity(UUID publicId, String pseudonym, CaseCentreEntity centre, String createdBy, Instant createdAt) {
		this.publicId = publicId;
		this.pseudonym = pseudonym;
		this.centre = centre;
		this.status = CaseStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	@Column(name = "identifier_hold_fields")
	private @Nullable String identifierHoldFields;

	@Column(name = "identifier_hold_reason")
	private @Nullable String identifierHoldReason;

	@Column(name = "identifier_hold_by")
	private @Nullable String identifierHoldBy;

	@Column(name = "identifier_released_by")
	private @Nullable String identifierReleasedBy;

	@Column(name = "identifier_released_at")
	private @Nullable Instant identifierReleasedAt;

	/**
	 * Holds the flagged free-text fields back from the board (or lifts the hold when
	 * nothing is flagged any more). A new hold needs the board office's release again.
	 */
	void holdIdentifiers(java.util.List<String> fields, @Nullable String reason, String actor) {
		if (fields.isEmpty()) {
			this.identifierHoldFields = null;
			this.identifierHoldReason = null;
			this.identifierHoldBy = null;
		}
		else {
			this.identifierHoldFields = String.join(",", fields);
			this.identifierHoldReason = reason;
			this.identifierHoldBy = actor;
		}
		this.identifierReleasedBy = null;
		this.identifierReleasedAt = null;
	}

	void releaseIdentifiers(String actor, Instant now) {
		this.identifierReleasedBy = actor;
		this.identifierReleasedAt = now;
	}

	/** The fields held back from the board, empty once released or when none are. */
	java.util.List<String> heldFields() {
		if (this.identifierHoldFields == null || this.identifierReleasedAt != null) {
			return java.util.List.of();
		}
		return java.util.List.of(this.identifierHoldFields.split(","));
	}

	@Nullable String getIdentifierHoldReason() {
		return this.identifierHoldReason;
	}

	void setIntake(CaseIntake intake, Instant now) {
		this.diagnosis = intake.diagnosis();
		this.relapseNumber = intake.relapseNumber();
		this.refractory = intake.refractory();
		this.ageYears = intake.ageYears();
		this.ageMonths = intake.ageMonths();
		this.ageAtDiagnosisYears = intake.ageAtDiagnosisYears();
		this.diagnosisDate = intake.diagnosisDate();
		this.frontlineEndDate = intake.frontlineEndDate();
		this.relapseDate = intake.relapseDate();
		this.site = intake.site();
		this.extramedullarySite = intake.extramedullarySite();
		this.marrowBlastsPercent = intake.marrowBlastsPercent();
		this.mrdFraction = (intake.mrdAtRelapse() != null) ? intake.mrdAtRelapse().fraction() : null;
		this.mrdBelowLimit = intake.mrdAtRelapse() != null && intake.mrdAtRelapse().belowLimit();
		this.mrdMethod = intake.mrdMethod();
		this.mrdEndOfInduction = intake.mrdEndOfInduction();
		this.endOfInductionMarrow = intake.endOfInductionMarrow();
		this.intent = intake.intent();
		this.performanceScale = intake.performanceScale();
		this.performanceStatus = intake.performanceStatus();
		this.questionToBoard = intake.questionToBoard();
		this.noStandardOfCare = intake.noStandardOfCare();
		this.noStandardOfCareReason = intake.noStandardOfCareReason();
		this.bh3Dependencies = intake.bh3Dependencies()
			.stream()
			.map(Bh3Dependency::name)
			.collect(java.util.stream.Collectors.joining(","));
		// Replaced in place: Hibernate rewrites the rows of the element collections.
		this.history.clear();
		intake.history().forEach((line) -> this.history.add(TreatmentLineRow.of(line)));
		this.lesions.clear();
		intake.lesions().forEach((lesion) -> this.lesions.add(LesionRow.of(lesion)));
		this.markers.clear();
		intake.markers().forEach((marker) -> this.markers.add(MarkerRow.of(marker)));
		this.drugResponses.clear();
		intake.drugResponses().forEach((response) -> this.drugResponses.add(DrugResponseRow.of(response)));
		Situation situation = intake.situation();
		this.relapseOnTherapy = situation.relapseOnTherapy();
		this.molecularRelapse = situation.molecularRelapse();
		this.refractoriness = situation.refractoriness();
		this.extramedullarySites = names(situation.extramedullarySites());
		this.cytogenetics = names(situation.cytogenetics());
		this.mpalLineages = names(situation.mpalLineages());
		this.boardQuestions = names(intake.questions());
		this.earlierRelapses.clear();
		situation.earlierRelapses().forEach((relapse) -> this.earlierRelapses.add(EarlierRelapseRow.of(relapse)));
		this.updatedAt = now;
	}

	CaseIntake getIntake() {
		return new CaseIntake(this.diagnosis, this.relapseNumber, this.refractory, this.ageYears, this.ageMonths,
				this.ageAtDiagnosisYears, this.diagnosisDate, this.frontlineEndDate, this.relapseDate, this.site,
				this.extramedullarySite, this.marrowBlastsPercent,
				(this.mrdFraction != null) ? new MrdValue(this.mrdFraction, this.mrdBelowLimit) : null, this.mrdMethod,
				this.mrdEndOfInduction, this.endOfInductionMarrow, this.intent, this.performanceScale,
				this.performanceStatus, this.questionToBoard, this.noStandardOfCare, this.noStandardOfCareReason,
				this.history.stream().map(TreatmentLineRow::toTreatmentLine).toList(),
				this.lesions.stream().map(LesionRow::toLesion).toList(),
				this.markers.stream().map(MarkerRow::toMarkerResult).toList(),
				this.drugResponses.stream().map(DrugResponseRow::toDrugResponse).toList(),
				TreatmentLineRow.split(this.bh3Dependencies).stream().map(Bh3Dependency::valueOf).toList(),
				new Situation(this.relapseOnTherapy, this.molecularRelapse, this.refractoriness,
						values(this.extramedullarySites, Situation.ExtramedullarySite::valueOf),
						values(this.cytogenetics, Situation.Cytogenetics::valueOf),
						values(this.mpalLineages, Situation.MpalLineage::valueOf),
						this.earlierRelapses.stream().map(EarlierRelapseRow::toEarlierRelapse).toList()),
				values(this.boardQuestions, BoardQuestion::valueOf));
	}

	private static String names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
	}

	private static <E> List<E> values(String joined, java.util.function.Function<String, E> parse) {
		return TreatmentLineRow.split(joined).stream().map(parse).toList();
	}

	void setRiskGroup(RiskGroup risk, Instant now) {
		this.riskTiming = risk.timing();
		this.riskBfmGroup = risk.bfmGroup();
		this.riskNct05827549Group = risk.nct05827549Group();
		this.riskExplanation = risk.explanation();
		this.riskAssessedAt = now;
	}

	@Nullable RiskGroup getRiskGroup() {
		return (this.riskAssessedAt == null) ? null : new RiskGroup(this.riskTiming, this.riskBfmGroup,
				this.riskNct05827549Group, (this.riskExplanation != null) ? this.riskExplanation : "");
	}

	/**
	 * Marks a change that lives outside this row (consent), so that the version moves.
	 */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	void moveTo(CaseStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	UUID getPublicId() {
		return this.publicId;
	}

	String getPseudonym() {
		return this.pseudonym;
	}

	CaseCentreEntity getCentre() {
		return this.centre;
	}

	@Nullable CaseHospitalEntity getHospital() {
		return this.hospital;
	}

	void setHospital(@Nullable CaseHospitalEntity hospital) {
		this.hospital = hospital;
	}

	CaseStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	@Nullable Diagnosis getDiagnosis() {
		return this.diagnosis;
	}

	@Nullable Integer getRelapseNumber() {
		return this.relapseNumber;
	}

	@Nullable Integer getAgeYears() {
		return this.ageYears;
	}

	@Nullable Integer getAgeMonths() {
		return this.ageMonths;
	}

	@Nullable String getQuestionToBoard() {
		return this.questionToBoard;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
