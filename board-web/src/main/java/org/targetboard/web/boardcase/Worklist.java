package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.registry.boardcase.CaseListEntry;

/**
 * A worklist: the cases a user may see, split into what needs the user's action now and
 * the rest, each with its next step in words (message keys).
 *
 * @param needsAction cases waiting for this user
 * @param others all other visible cases
 */
record Worklist(List<Row> needsAction, List<Row> others) {

	/**
	 * One case on the worklist.
	 *
	 * @param boardCase the case
	 * @param nextStep message key of the next step, if any
	 */
	record Row(BoardCase boardCase, @Nullable String nextStep) {
	}

	static Worklist of(List<CaseListEntry> entries, Role role) {
		List<Row> needsAction = new ArrayList<>();
		List<Row> others = new ArrayList<>();
		for (CaseListEntry entry : entries) {
			String step = nextStep(entry, role);
			boolean mine = step != null && step.endsWith(".you");
			(mine ? needsAction : others).add(new Row(entry.boardCase(), step));
		}
		return new Worklist(needsAction, others);
	}

	private static @Nullable String nextStep(CaseListEntry entry, Role role) {
		CaseStatus status = entry.boardCase().status();
		boolean centre = role == Role.COORDINATOR;
		boolean office = role == Role.CHAIR || role == Role.ADMIN;
		return switch (status) {
			case DRAFT -> centre ? "worklist.step.complete.you" : "worklist.step.complete";
			case RETURNED_FOR_CLARIFICATION -> centre ? "worklist.step.clarify.you" : "worklist.step.clarify";
			case SUBMITTED -> entry.consentForDiscussion()
					? ((centre || role == Role.ADMIN) ? "worklist.step.verifyConsent.you"
							: "worklist.step.verifyConsent")
					: (centre ? "worklist.step.recordConsent.you" : "worklist.step.recordConsent");
			case CONSENT_VERIFIED -> office ? "worklist.step.schedule.you" : "worklist.step.schedule";
			case SCHEDULED -> "worklist.step.meeting";
			case DISCUSSED -> "worklist.step.advice";
			case ADVICE_ISSUED, FOLLOW_UP -> "worklist.step.followUp";
			case CLOSED, CONSENT_WITHDRAWN -> null;
		};
	}

}
