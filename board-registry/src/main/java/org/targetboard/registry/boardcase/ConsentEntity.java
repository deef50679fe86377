package org.targetboard.registry.boardcase;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.consent.Withdrawal;
import org.targetboard.core.consent.WithdrawalScope;

/** One recorded consent form of a case; the newest is the one in force. */
@Entity
@Table(name = "case_consent")
class ConsentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId = 0L;

	@Column(name = "consent_date", nullable = false, updatable = false)
	private LocalDate date = LocalDate.EPOCH;

	@Column(name = "form_version", nullable = false, updatable = false)
	private String formVersion = "";

	@Column(name = "signed_by_patient", nullable = false, updatable = false)
	private boolean signedByPatient;

	@Column(name = "signed_by_parent", nullable = false, updatable = false)
	private boolean signedByParent;

	@Column(name = "child_assent", nullable = false, updatable = false)
	private boolean childAssent;

	@Column(nullable = false, updatable = false)
	private boolean discussion;

	@Column(nullable = false, updatable = false)
	private boolean registry;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt = Instant.EPOCH;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy = "";

	@Column(name = "withdrawn_on")
	private @Nullable LocalDate withdrawnOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "withdrawal_scope")
	private @Nullable WithdrawalScope withdrawalScope;

	@Column(name = "withdrawal_recorded_at")
	private @Nullable Instant withdrawalRecordedAt;

	@Column(name = "withdrawal_recorded_by")
	private @Nullable String withdrawalRecordedBy;

	protected ConsentEntity() {
	}

	ConsentEntity(Long caseId, Consent consent, Instant recordedAt, String recordedBy) {
		this.caseId = caseId;
		this.date = consent.date();
		this.formVersion = consent.formVersion();
		this.signedByPatient = consent.signedByPatient();
		this.signedByParent = consent.signedByParent();
		this.childAssent = consent.childAssent();
		this.discussion = consent.discussion();
		this.registry = consent.registry();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	void withdraw(Withdrawal withdrawal, Instant now, String actor) {
		this.withdrawnOn = withdrawal.date();
		this.withdrawalScope = withdrawal.scope();
		this.withdrawalRecordedAt = now;
		this.withdrawalRecordedBy = actor;
	}

	Consent toConsent() {
		return new Consent(this.date, this.formVersion, this.signedByPatient, this.signedByParent, this.childAssent,
				this.discussion, this.registry, (this.withdrawnOn != null && this.withdrawalScope != null)
						? new Withdrawal(this.withdrawnOn, this.withdrawalScope) : null);
	}

}
