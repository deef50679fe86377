package org.targetboard.core.boardcase;

import java.util.Set;

import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;

/**
 * An intention-revealing change of a case's lifecycle state. Who may perform it is the
 * permission policy's ({@link BoardAction}); which states it applies to is decided by
 * {@link CaseLifecycle}.
 */
public enum CaseAction {

	/** The centre submits its draft to the board. */
	SUBMIT(BoardAction.SUBMIT),
	/** The board office records that consent was checked. */
	VERIFY_CONSENT(BoardAction.VERIFY_CONSENT),
	/** The board office sends the case back to the centre for missing data. */
	RETURN_FOR_CLARIFICATION(BoardAction.RETURN_FOR_CLARIFICATION),
	/** The centre resubmits a case returned for clarification. */
	RESUBMIT(BoardAction.RESUBMIT),
	/** The case is placed on a meeting agenda. */
	SCHEDULE(BoardAction.SCHEDULE),
	/** The case is taken off an agenda before its meeting. */
	UNSCHEDULE(BoardAction.UNSCHEDULE),
	/** The meeting's discussion of the case is recorded. */
	RECORD_DISCUSSION(BoardAction.RECORD_DISCUSSION),
	/** The chair signs and issues the board's advice. */
	ISSUE_ADVICE(BoardAction.ISSUE_ADVICE),
	/** Follow-up reporting starts after advice. */
	START_FOLLOW_UP(BoardAction.START_FOLLOW_UP),
	/** Follow-up ends: death, loss to follow-up or end of study. */
	CLOSE(BoardAction.CLOSE),
	/** The patient or family withdrew consent; processing stops. */
	WITHDRAW_CONSENT(BoardAction.WITHDRAW_CONSENT);

	private final BoardAction action;

	CaseAction(BoardAction action) {
		this.action = action;
	}

	/** The action of the permission policy this change is. */
	public BoardAction action() {
		return this.action;
	}

	/**
	 * Whether a user with the given role may perform this action on a case they can see.
	 */
	public boolean isPermittedFor(Role role) {
		return this.action.isPermittedFor(role);
	}

	/**
	 * The roles that may perform this action.
	 */
	public Set<Role> permittedRoles() {
		return this.action.permittedRoles();
	}

}
