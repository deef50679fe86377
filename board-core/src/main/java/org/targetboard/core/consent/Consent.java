package org.targetboard.core.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeProblem;

/**
 * The consent recorded for a case (FHIR Consent, domain.md 7.4): pseudonymised
 * international discussion ({@code patient-privacy}) and the registry ({@code research}).
 *
 * @param date the date the form was signed
 * @param formVersion the version of the consent form, e.g. {@code iLTB-NL 3.1}
 * @param signedByPatient the patient signed
 * @param signedByParent a parent or legal guardian signed
 * @param childAssent the child gave assent (recorded separately from consent)
 * @param discussion consent to pseudonymised international discussion by the board
 * @param registry consent to the registry and its research use
 * @param withdrawal the withdrawal, if consent was withdrawn
 */
public record Consent(LocalDate date, String formVersion, boolean signedByPatient, boolean signedByParent,
		boolean childAssent, boolean discussion, boolean registry, @Nullable Withdrawal withdrawal) {

	/**
	 * Whether the case may be discussed by the board: consent to discussion given and not
	 * withdrawn. No case reaches an agenda without it (product.md step 3).
	 */
	public boolean permitsDiscussion() {
		return this.discussion && (this.withdrawal == null || this.withdrawal.scope() == WithdrawalScope.REGISTRY);
	}

	/** Whether the case may appear in registry exports. */
	public boolean permitsRegistry() {
		return this.registry && this.withdrawal == null;
	}

	/**
	 * The consent form as entered, checked.
	 * @throws IncompleteCaseException naming every field that breaks a rule
	 */
	public static Consent given(@Nullable LocalDate date, @Nullable String formVersion, boolean signedByPatient,
			boolean signedByParent, boolean childAssent, boolean discussion, boolean registry, LocalDate today) {
		List<IntakeProblem> problems = check(date, formVersion, signedByPatient, signedByParent, discussion, registry,
				today);
		if (!problems.isEmpty() || date == null || formVersion == null) {
			throw new IncompleteCaseException(problems);
		}
		return new Consent(date, formVersion.strip(), signedByPatient, signedByParent, childAssent, discussion,
				registry, null);
	}

	/**
	 * Problems with a consent about to be recorded.
	 */
	public static List<IntakeProblem> check(@Nullable LocalDate date, @Nullable String formVersion,
			boolean signedByPatient, boolean signedByParent, boolean discussion, boolean registry, LocalDate today) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(new IntakeProblem("date", "required", "is required"));
		}
		else if (date.isAfter(today)) {
			problems.add(new IntakeProblem("date", "future", "must not be in the future"));
		}
		if (formVersion == null || formVersion.isBlank()) {
			problems.add(new IntakeProblem("formVersion", "required", "is required"));
		}
		else if (formVersion.length() > 100) {
			problems.add(new IntakeProblem("formVersion", "tooLong", "must be at most 100 characters", List.of("100")));
		}
		if (!signedByPatient && !signedByParent) {
			problems.add(new IntakeProblem("signedByParent", "consentSigner",
					"someone must have signed: the patient or a parent or legal guardian"));
		}
		if (!discussion && !registry) {
			problems.add(new IntakeProblem("discussion", "consentScope", "at least one scope must be consented"));
		}
		return problems;
	}

	/**
	 * Problems with a consent form about to replace this one. The consent history only
	 * grows, and the latest effective event wins: a form signed before the one in force,
	 * or on or before a withdrawal, cannot take the place of either (an older form found
	 * in a folder must not undo what the family decided later).
	 */
	public List<IntakeProblem> checkSuccessor(LocalDate nextDate) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (this.withdrawal != null && !nextDate.isAfter(this.withdrawal.date())) {
			problems.add(new IntakeProblem("date", "beforeWithdrawal",
					"must be after the withdrawal of consent: an older form does not undo a withdrawal",
					List.of(this.withdrawal.date().toString())));
		}
		else if (nextDate.isBefore(this.date)) {
			problems.add(new IntakeProblem("date", "beforeConsentInForce",
					"must not be before the consent in force: an older form does not replace a newer one",
					List.of(this.date.toString())));
		}
		return problems;
	}

	/**
	 * Problems with a withdrawal about to be recorded for this consent. A withdrawal from
	 * the registry may later be widened to a withdrawal of everything, never narrowed.
	 */
	public List<IntakeProblem> checkWithdrawal(@Nullable LocalDate withdrawalDate, @Nullable WithdrawalScope scope,
			LocalDate today) {
		List<IntakeProblem> problems = new ArrayList<>();
		boolean widening = this.withdrawal != null && this.withdrawal.scope() == WithdrawalScope.REGISTRY
				&& scope == WithdrawalScope.ALL;
		if (this.withdrawal != null && !widening) {
			problems.add(new IntakeProblem("scope", "alreadyWithdrawn", "consent was already withdrawn"));
		}
		if (withdrawalDate == null) {
			problems.add(new IntakeProblem("date", "required", "is required"));
		}
		else if (withdrawalDate.isAfter(today)) {
			problems.add(new IntakeProblem("date", "future", "must not be in the future"));
		}
		else if (withdrawalDate.isBefore(this.date)) {
			problems.add(new IntakeProblem("date", "beforeConsent", "must not be before the consent was given"));
		}
		else if (widening && withdrawalDate.isBefore(this.withdrawal.date())) {
			problems.add(new IntakeProblem("date", "beforeWithdrawal",
					"must not be before the earlier withdrawal from the registry",
					List.of(this.withdrawal.date().toString())));
		}
		if (scope == null) {
			problems.add(new IntakeProblem("scope", "required", "is required"));
		}
		return problems;
	}

	/** The same consent form with a withdrawal. */
	public Consent withdrawn(Withdrawal withdrawal) {
		return new Consent(this.date, this.formVersion, this.signedByPatient, this.signedByParent, this.childAssent,
				this.discussion, this.registry, withdrawal);
	}

}
