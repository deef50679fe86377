package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseLifecycle;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.registry.boardcase.CaseListEntry;

/**
 * The worklist derives from the permission policy and the lifecycle: every step it offers
 * is an action the case's state allows, and it is the user's exactly when the policy lets
 * the user's role take it.
 */
class WorklistTests {

	@Test
	void offersOnlyStepsTheLifecycleAllowsAndGivesThemToWhomThePolicyAllows() {
		for (CaseStatus status : CaseStatus.values()) {
			for (boolean consent : new boolean[] { true, false }) {
				for (Role role : Role.values()) {
					Worklist.Step step = Worklist.nextStep(entry(status, consent), role);
					if (step == null) {
						continue;
					}
					String context = status + " consent " + consent + " " + role;
					BoardAction action = step.action();
					if (action == null) {
						assertThat(step.yours()).as(context).isFalse();
						continue;
					}
					assertThat(step.yours()).as(context).isEqualTo(action.isPermittedFor(role));
					Arrays.stream(CaseAction.values())
						.filter((change) -> change.action() == action)
						.findFirst()
						.ifPresent(
								(change) -> assertThat(CaseLifecycle.actionsFrom(status)).as(context).contains(change));
				}
			}
		}
	}

	@Test
	void asksTheRegistryForAtMostFourStatesPerRole() {
		// CaseRegistry#inStates takes four states as single values.
		for (Role role : Role.values()) {
			assertThat(Worklist.actionable(role)).as(role.name()).hasSizeLessThanOrEqualTo(4);
		}
		assertThat(Worklist.actionable(Role.COORDINATOR)).containsExactlyInAnyOrder(CaseStatus.DRAFT,
				CaseStatus.RETURNED_FOR_CLARIFICATION, CaseStatus.SUBMITTED);
	}

	@Test
	void theChairIsAskedForTheAdviceOfADiscussedCaseAndTheCentreForItsConsent() {
		assertThat(Worklist.nextStep(entry(CaseStatus.DISCUSSED, true), Role.CHAIR).yours()).isTrue();
		assertThat(Worklist.nextStep(entry(CaseStatus.DISCUSSED, true), Role.BOARD_MEMBER).yours()).isFalse();
		assertThat(Worklist.nextStep(entry(CaseStatus.SUBMITTED, false), Role.COORDINATOR).name())
			.isEqualTo("recordConsent");
		assertThat(Worklist.nextStep(entry(CaseStatus.SUBMITTED, false), Role.COORDINATOR).yours()).isTrue();
		assertThat(Worklist.nextStep(entry(CaseStatus.CONSENT_VERIFIED, true), Role.PHYSICIAN).yours()).isFalse();
	}

	private static CaseListEntry entry(CaseStatus status, boolean consent) {
		BoardCase boardCase = new BoardCase(new PublicCaseId(java.util.UUID.randomUUID()),
				Pseudonym.parse("NL-2026-0001"), TestCases.NL, status, 1, TestCases.bcpAllFirstRelapse(),
				Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"));
		return new CaseListEntry(boardCase, consent);
	}

}
