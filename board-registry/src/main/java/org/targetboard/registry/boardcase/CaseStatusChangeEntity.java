package org.targetboard.registry.boardcase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;

/**
 * One row of the append-only lifecycle history (the database refuses updates and
 * deletes).
 */
@Entity
@Immutable
@Table(name = "case_status_change")
class CaseStatusChangeEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private @Nullable CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private CaseStatus toStatus;

	@Enumerated(EnumType.STRING)
	private @Nullable CaseAction action;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	private @Nullable String note;

	protected CaseStatusChangeEntity() {
		this.caseId = 0L;
		this.toStatus = CaseStatus.DRAFT;
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
	}

	CaseStatusChangeEntity(Long caseId, @Nullable CaseStatus fromStatus, CaseStatus toStatus,
			@Nullable CaseAction action, Instant occurredAt, String actor, @Nullable String note) {
		this.note = note;
		this.caseId = caseId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.action = action;
		this.occurredAt = occurredAt;
		this.actor = actor;
	}

	@Nullable CaseStatus getFromStatus() {
		return this.fromStatus;
	}

	CaseStatus getToStatus() {
		return this.toStatus;
	}

	@Nullable CaseAction getAction() {
		return this.action;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	@Nullable String getNote() {
		return this.note;
	}

}
