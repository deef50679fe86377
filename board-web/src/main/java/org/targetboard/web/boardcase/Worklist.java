package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.BoardCase;
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

	/** The entries as rows with their next steps, in the order given. */
	static List<Row> rows(List<CaseListEntry> entries, Role role) {
		return entries.stream().map((entry) -> {
			Step step = nextStep(entry, role);
			return new Row(entry.boardCase(), (step != null) ? step.messageKey() : null);
		}).toList();
	}

	static Worklist of(List<CaseListEntry> entries, Role role) {
		List<Row> needsAction = new ArrayList<>();
		List<Row> others = new ArrayList<>();
		for (CaseListEntry entry : entries) {
			Step step = nextStep(entry, role);
			Row row = new Row(entry.boardCase(), (step != null) ? step.messageKey() : null);
			((step != null && step.yours()) ? needsAction : others).add(row);
		}
		return new Worklist(needsAction, others);
	}

	/**
	 * The next step of a case and whether it is the user's own.
	 *
	 * @param name the step, e.g. {@code recordConsent}
	 * @param action the action that takes it, or {@code null} when it waits for something
	 * else
	 * @param yours whether the user takes it
	 */
	record Step(String name, @Nullable BoardAction action, boolean yours) {

		String messageKey() {
			return "worklist.step." + this.name + (this.yours ? ".you" : "");
		}

	}

	/**
	 * The next step of a case in its state, and the action of the permission policy that
	 * takes it; the step is the user's when the policy lets the user take the action.
	 * Steps that wait for something else (the meeting, the follow-up date) are nobody's
	 * now.
	 */
	static @Nullable Step nextStep(CaseListEntry entry, Role role) {
		return nextStep(entry.boardCase().status(), entry.consentForDiscussion(), role);
	}

	/** The states in which a case can wait for this role's action. */
	static java.util.Set<org.targetboard.core.boardcase.CaseStatus> actionable(Role role) {
		java.util.Set<org.targetboard.core.boardcase.CaseStatus> states = java.util.EnumSet
			.noneOf(org.targetboard.core.boardcase.CaseStatus.class);
		for (org.targetboard.core.boardcase.CaseStatus status : org.targetboard.core.boardcase.CaseStatus.values()) {
			for (boolean consent : new boolean[] { true, false }) {
				Step step = nextStep(status, consent, role);
				if (step != null && step.yours()) {
					states.add(status);
				}
			}
		}
		return states;
	}

	private static @Nullable Step nextStep(org.targetboard.core.boardcase.CaseStatus status, boolean consent,
			Role role) {
		return switch (status) {
			case DRAFT -> step("complete", BoardAction.SUBMIT, role);
			case RETURNED_FOR_CLARIFICATION -> step("clarify", BoardAction.RESUBMIT, role);
			case SUBMITTED -> consent ? step("verifyConsent", BoardAction.VERIFY_CONSENT, role)
					: step("recordConsent", BoardAction.RECORD_CONSENT, role);
			case CONSENT_VERIFIED -> step("schedule", BoardAction.SCHEDULE, role);
			case SCHEDULED -> new Step("meeting", null, false);
			case DISCUSSED -> step("advice", BoardAction.ISSUE_ADVICE, role);
			case ADVICE_ISSUED, FOLLOW_UP -> new Step("followUp", null, false);
			case CLOSED, CONSENT_WITHDRAWN -> null;
		};
	}

	private static Step step(String name, BoardAction action, Role role) {
		return new Step(name, action, action.isPermittedFor(role));
	}

}
