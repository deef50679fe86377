package org.targetboard.registry.boardcase;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;

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

	void setSummary(CaseSummary summary, Instant now) {
		this.diagnosis = summary.diagnosis();
		this.relapseNumber = summary.relapseNumber();
		this.ageYears = summary.ageYears();
		this.ageMonths = summary.ageMonths();
		this.questionToBoard = summary.questionToBoard();
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
