package org.targetboard.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

class ConsentTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final Consent GIVEN = Consent.given(LocalDate.of(2026, 3, 1), "iLTB-NL 3.1", false, true, true, true,
			true, TODAY);

	private static final Consent REGISTRY_WITHDRAWN = GIVEN
		.withdrawn(new Withdrawal(LocalDate.of(2026, 6, 1), WithdrawalScope.REGISTRY));

	@Test
	void refusesAnOlderFormThatWouldUndoAWithdrawal() {
		assertThat(REGISTRY_WITHDRAWN.checkSuccessor(LocalDate.of(2026, 3, 1))).extracting(IntakeProblem::code)
			.containsExactly("beforeWithdrawal");
		assertThat(REGISTRY_WITHDRAWN.checkSuccessor(LocalDate.of(2026, 6, 1))).extracting(IntakeProblem::code)
			.containsExactly("beforeWithdrawal");
		// A new form after the withdrawal is the family's latest decision.
		assertThat(REGISTRY_WITHDRAWN.checkSuccessor(LocalDate.of(2026, 7, 1))).isEmpty();
	}

	@Test
	void refusesAFormOlderThanTheOneInForce() {
		assertThat(GIVEN.checkSuccessor(LocalDate.of(2026, 2, 1))).extracting(IntakeProblem::code)
			.containsExactly("beforeConsentInForce");
		assertThat(GIVEN.checkSuccessor(LocalDate.of(2026, 3, 1))).isEmpty();
	}

	@Test
	void widensARegistryWithdrawalToEverythingButNeverNarrowsOne() {
		assertThat(REGISTRY_WITHDRAWN.checkWithdrawal(LocalDate.of(2026, 8, 1), WithdrawalScope.ALL, TODAY)).isEmpty();
		assertThat(REGISTRY_WITHDRAWN.checkWithdrawal(LocalDate.of(2026, 5, 1), WithdrawalScope.ALL, TODAY))
			.extracting(IntakeProblem::code)
			.containsExactly("beforeWithdrawal");
		assertThat(REGISTRY_WITHDRAWN.checkWithdrawal(LocalDate.of(2026, 8, 1), WithdrawalScope.REGISTRY, TODAY))
			.extracting(IntakeProblem::code)
			.containsExactly("alreadyWithdrawn");
		Consent allWithdrawn = GIVEN.withdrawn(new Withdrawal(LocalDate.of(2026, 6, 1), WithdrawalScope.ALL));
		assertThat(allWithdrawn.checkWithdrawal(LocalDate.of(2026, 8, 1), WithdrawalScope.REGISTRY, TODAY))
			.extracting(IntakeProblem::code)
			.containsExactly("alreadyWithdrawn");
		assertThat(REGISTRY_WITHDRAWN.permitsRegistry()).isFalse();
		assertThat(REGISTRY_WITHDRAWN.permitsDiscussion()).isTrue();
	}

}
