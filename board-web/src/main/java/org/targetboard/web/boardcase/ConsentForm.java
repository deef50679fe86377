package org.targetboard.web.boardcase;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.consent.WithdrawalScope;

/**
 * The consent page's two forms: the consent form as signed, and a withdrawal.
 */
public class ConsentForm {

	private @Nullable Long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private @Nullable String formVersion;

	private boolean signedByPatient;

	private boolean signedByParent;

	private boolean childAssent;

	private boolean discussion;

	private boolean registry;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate withdrawalDate;

	private @Nullable WithdrawalScope scope;

	private boolean confirmWithdrawal;

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable String getFormVersion() {
		return this.formVersion;
	}

	public void setFormVersion(@Nullable String formVersion) {
		this.formVersion = formVersion;
	}

	public boolean isSignedByPatient() {
		return this.signedByPatient;
	}

	public void setSignedByPatient(boolean signedByPatient) {
		this.signedByPatient = signedByPatient;
	}

	public boolean isSignedByParent() {
		return this.signedByParent;
	}

	public void setSignedByParent(boolean signedByParent) {
		this.signedByParent = signedByParent;
	}

	public boolean isChildAssent() {
		return this.childAssent;
	}

	public void setChildAssent(boolean childAssent) {
		this.childAssent = childAssent;
	}

	public boolean isDiscussion() {
		return this.discussion;
	}

	public void setDiscussion(boolean discussion) {
		this.discussion = discussion;
	}

	public boolean isRegistry() {
		return this.registry;
	}

	public void setRegistry(boolean registry) {
		this.registry = registry;
	}

	public @Nullable LocalDate getWithdrawalDate() {
		return this.withdrawalDate;
	}

	public void setWithdrawalDate(@Nullable LocalDate withdrawalDate) {
		this.withdrawalDate = withdrawalDate;
	}

	public @Nullable WithdrawalScope getScope() {
		return this.scope;
	}

	public void setScope(@Nullable WithdrawalScope scope) {
		this.scope = scope;
	}

	public boolean isConfirmWithdrawal() {
		return this.confirmWithdrawal;
	}

	public void setConfirmWithdrawal(boolean confirmWithdrawal) {
		this.confirmWithdrawal = confirmWithdrawal;
	}

}
