package org.targetboard.core.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a user does in the board, with the roles allowed to do it: the one
 * permission policy (product.md "Who uses it"). Pages, the API, the worklist and the
 * registry ask it; none restates a role. Centre rules come on top: a centre-bound user
 * acts only on the own centre's cases ({@link CaseScope}), and the case's state decides
 * which lifecycle actions apply ({@code CaseLifecycle}).
 */
public enum BoardAction {

	// The centre's case

	/** The centre creates a draft case (form, API or FHIR upload). */
	CREATE_CASE(Role.COORDINATOR),
	/** The centre edits its draft or a case returned for clarification. */
	EDIT_CASE(Role.COORDINATOR),
	/** Consent is recorded, amended or withdrawn in part. */
	RECORD_CONSENT(Role.COORDINATOR, Role.ADMIN),
	/** The board office releases free text held by the identifier screen. */
	RELEASE_IDENTIFIERS(Role.ADMIN),

	// The case's lifecycle (CaseAction)

	/** The centre submits its draft to the board. */
	SUBMIT(Role.COORDINATOR),
	/** The centre or the board office records that consent was checked. */
	VERIFY_CONSENT(Role.COORDINATOR, Role.ADMIN),
	/**
	 * The chair or the board office sends the case back to the centre for missing data.
	 */
	RETURN_FOR_CLARIFICATION(Role.CHAIR, Role.ADMIN),
	/** The centre resubmits a case returned for clarification. */
	RESUBMIT(Role.COORDINATOR),
	/** The case is placed on a meeting agenda. */
	SCHEDULE(Role.CHAIR, Role.ADMIN),
	/** The case is taken off an agenda before its meeting. */
	UNSCHEDULE(Role.CHAIR, Role.ADMIN),
	/** The meeting's discussion of the case is recorded. */
	RECORD_DISCUSSION(Role.CHAIR),
	/** The chair signs and issues the board's advice. */
	ISSUE_ADVICE(Role.CHAIR),
	/** Follow-up reporting starts after advice. */
	START_FOLLOW_UP(Role.COORDINATOR, Role.ADMIN),
	/** Follow-up ends: death, loss to follow-up or end of study. */
	CLOSE(Role.COORDINATOR, Role.ADMIN),
	/** The patient or family withdrew consent; processing stops. */
	WITHDRAW_CONSENT(Role.COORDINATOR, Role.ADMIN),

	// Meetings and advice

	/** Meetings, their agendas and the members' comments are read. */
	READ_MEETINGS(Role.CHAIR, Role.ADMIN, Role.BOARD_MEMBER),
	/**
	 * Meetings are planned, their agendas built and sent, attendance and notes recorded.
	 */
	MANAGE_MEETINGS(Role.CHAIR, Role.ADMIN),
	/**
	 * Register the board's history: meetings held before the board used this system
	 * (issue 13); the board office does it.
	 */
	REGISTER_HISTORY(Role.ADMIN),
	/** A member comments on a case before or in its meeting. */
	COMMENT_ON_CASE(Role.CHAIR, Role.ADMIN, Role.BOARD_MEMBER),
	/**
	 * The chair or the board office opens a case for written review, without a meeting.
	 */
	OPEN_WRITTEN_REVIEW(Role.CHAIR, Role.ADMIN),
	/** Written reviews and the members' positions are read. */
	READ_WRITTEN_REVIEWS(Role.CHAIR, Role.ADMIN, Role.BOARD_MEMBER),
	/** A member posts a position in a written review. */
	POST_REVIEW_POSITION(Role.CHAIR, Role.BOARD_MEMBER),
	/** Advice drafts, which are the board's until issued, are read. */
	READ_ADVICE_DRAFTS(Role.CHAIR, Role.ADMIN, Role.BOARD_MEMBER),
	/** The chair drafts the advice. */
	DRAFT_ADVICE(Role.CHAIR),
	/** The chair amends issued advice with a new version. */
	AMEND_ADVICE(Role.CHAIR),

	// Follow-up and the registry

	/** The centre reports follow-up. */
	REPORT_FOLLOW_UP(Role.COORDINATOR, Role.ADMIN),
	/** The registry's dashboards and analyses are read. */
	READ_REGISTRY(Role.STATISTICIAN, Role.BOARD_MEMBER, Role.CHAIR, Role.ADMIN),
	/** Pseudonymised registry data sets are exported. */
	EXPORT_REGISTRY(Role.STATISTICIAN, Role.ADMIN),
	/** Registry exports include the centres' free text. */
	EXPORT_FREE_TEXT(Role.ADMIN),
	/** All consented cases are exported in bulk as FHIR. */
	BULK_EXPORT(Role.ADMIN),
	/** Mail the outbox holds after a failed delivery is read and released. */
	MANAGE_HELD_MAIL(Role.ADMIN),
	/** The application's operational endpoints are read. */
	OPERATE(Role.ADMIN),
	/**
	 * The engine is measured against a set of decided cases (the board office's way of
	 * checking its algorithm against its own history).
	 */
	EVALUATE_ENGINE(Role.CHAIR, Role.ADMIN);

	private final Set<Role> permittedRoles;

	BoardAction(Role first, Role... others) {
		this.permittedRoles = EnumSet.of(first, others);
	}

	/**
	 * Whether a user with the given role may take this action (on a case they can see).
	 */
	public boolean isPermittedFor(Role role) {
		return this.permittedRoles.contains(role);
	}

	/** The roles that may take this action. */
	public Set<Role> permittedRoles() {
		return EnumSet.copyOf(this.permittedRoles);
	}

	/** The actions a role may take, in declaration order. */
	public static List<BoardAction> permittedFor(Role role) {
		return Arrays.stream(values()).filter((action) -> action.isPermittedFor(role)).toList();
	}

}
