package org.targetboard.web.boardcase;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.consent.WithdrawalScope;

/**
 * The JSON bodies of consent: a consent form to record, or a withdrawal.
 */
public final class ConsentRequest {

	private ConsentRequest() {
	}

	/**
	 * A consent form.
	 *
	 * @param date the date it was signed
	 * @param formVersion the form's version
	 * @param signedByPatient the patient signed
	 * @param signedByParent a parent or legal guardian signed
	 * @param childAssent the child gave assent
	 * @param discussion consent to pseudonymised international discussion
	 * @param registry consent to the registry
	 */
	public record Given(@Nullable LocalDate date, @Nullable String formVersion, @Nullable Boolean signedByPatient,
			@Nullable Boolean signedByParent, @Nullable Boolean childAssent, @Nullable Boolean discussion,
			@Nullable Boolean registry) {

		// An absent flag means no: nothing is consented by omission.
		Consent toConsent(LocalDate today) {
			return Consent.given(this.date, this.formVersion, yes(this.signedByPatient), yes(this.signedByParent),
					yes(this.childAssent), yes(this.discussion), yes(this.registry), today);
		}

		private static boolean yes(@Nullable Boolean flag) {
			return Boolean.TRUE.equals(flag);
		}

	}

	/**
	 * A withdrawal.
	 *
	 * @param date the date of the withdrawal
	 * @param scope everything, or the registry only
	 */
	record Withdrawn(@Nullable LocalDate date, @Nullable WithdrawalScope scope) {
	}

}
