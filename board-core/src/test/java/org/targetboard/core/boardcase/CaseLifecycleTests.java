package org.targetboard.core.boardcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.targetboard.core.access.Role;

class CaseLifecycleTests {

	@ParameterizedTest
	@CsvSource({ "DRAFT, SUBMIT, SUBMITTED", "SUBMITTED, VERIFY_CONSENT, CONSENT_VERIFIED",
			"SUBMITTED, RETURN_FOR_CLARIFICATION, RETURNED_FOR_CLARIFICATION",
			"CONSENT_VERIFIED, RETURN_FOR_CLARIFICATION, RETURNED_FOR_CLARIFICATION",
			"RETURNED_FOR_CLARIFICATION, RESUBMIT, SUBMITTED", "CONSENT_VERIFIED, SCHEDULE, SCHEDULED",
			"SCHEDULED, UNSCHEDULE, CONSENT_VERIFIED", "SCHEDULED, RECORD_DISCUSSION, DISCUSSED",
			"DISCUSSED, ISSUE_ADVICE, ADVICE_ISSUED", "ADVICE_ISSUED, START_FOLLOW_UP, FOLLOW_UP",
			"FOLLOW_UP, CLOSE, CLOSED", "CLOSED, WITHDRAW_CONSENT, CONSENT_WITHDRAWN",
			"DRAFT, WITHDRAW_CONSENT, CONSENT_WITHDRAWN" })
	void movesAlongTheLifecycleOfTheProduct(CaseStatus from, CaseAction action, CaseStatus to) {
		assertThat(CaseLifecycle.apply(from, action)).isEqualTo(to);
	}

	@Test
	void refusesAdviceForADraftWithAReasonNamingBothStates() {
		assertThatThrownBy(() -> CaseLifecycle.apply(CaseStatus.DRAFT, CaseAction.ISSUE_ADVICE))
			.isInstanceOf(TransitionRefusedException.class)
			.hasMessage("ISSUE_ADVICE is not possible for a case in status DRAFT; it applies only to a case in status "
					+ "DISCUSSED");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "DRAFT", "SUBMITTED", "RETURNED_FOR_CLARIFICATION" })
	void keepsCasesWithoutVerifiedConsentOffTheAgenda(CaseStatus status) {
		assertThat(CaseLifecycle.decide(status, CaseAction.SCHEDULE)).isInstanceOf(Transition.Refused.class);
	}

	@Test
	void allowsNothingButWithdrawalForAClosedCaseAndNothingAfterWithdrawal() {
		assertThat(CaseLifecycle.actionsFrom(CaseStatus.CLOSED)).containsExactly(CaseAction.WITHDRAW_CONSENT);
		assertThat(CaseLifecycle.actionsFrom(CaseStatus.CONSENT_WITHDRAWN)).isEmpty();
	}

	@Test
	void reachesEveryStateFromDraft() {
		EnumSet<CaseStatus> reached = EnumSet.of(CaseStatus.DRAFT);
		boolean grew = true;
		while (grew) {
			EnumSet<CaseStatus> next = EnumSet.copyOf(reached);
			for (CaseStatus status : reached) {
				for (CaseAction action : CaseLifecycle.actionsFrom(status)) {
					next.add(CaseLifecycle.apply(status, action));
				}
			}
			grew = next.size() > reached.size();
			reached = next;
		}
		assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
	}

	@Test
	void letsOnlyTheChairIssueAdvice() {
		assertThat(CaseAction.ISSUE_ADVICE.permittedRoles()).containsExactly(Role.CHAIR);
		assertThat(CaseAction.SUBMIT.isPermittedFor(Role.BOARD_MEMBER)).isFalse();
	}

}
