package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
	 * @param yours whether the user takes it
	 */
	private record Step(String name, boolean yours) {

		String messageKey() {
			return "worklist.step." + this.name + (this.yours ? ".you" : "");
		}

	}

	private static @Nullable Step nextStep(CaseListEntry entry, Role role) {
		boolean centre = role == Role.COORDINATOR;
		boolean office = role == Role.CHAIR || role == Role.ADMIN;
		return switch (entry.boardCase().status()) {
			case DRAFT -> new Step("complete", centre);
			case RETURNED_FOR_CLARIFICATION -> new Step("clarify", centre);
			case SUBMITTED -> entry.consentForDiscussion() ? new Step("verifyConsent", centre || role == Role.ADMIN)
					: new Step("recordConsent", centre);
			case CONSENT_VERIFIED -> new Step("schedule", office);
			case SCHEDULED -> new Step("meeting", false);
			case DISCUSSED -> new Step("advice", false);
			case ADVICE_ISSUED, FOLLOW_UP -> new Step("followUp", false);
			case CLOSED, CONSENT_WITHDRAWN -> null;
		};
	}

}
