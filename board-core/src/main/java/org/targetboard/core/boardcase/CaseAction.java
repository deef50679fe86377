package org.targetboard.core.boardcase;

import java.util.EnumSet;
import java.util.Set;

import org.targetboard.core.access.Role;

/**
 * An intention-revealing change of a case's lifecycle state, with the roles allowed to
 * perform it. Which states it applies to is decided by {@link CaseLifecycle}.
 */
public enum CaseAction {

	/** The centre submits its draft to the board. */
	SUBMIT(Role.COORDINATOR),
	/** The board office records that consent was checked. */
	VERIFY_CONSENT(Role.COORDINATOR, Role.ADMIN),
	/** The board office sends the case back to the centre for missing data. */
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
	WITHDRAW_CONSENT(Role.COORDINATOR, Role.ADMIN);

	private final Set<Role> permittedRoles;

	CaseAction(Role first, Role... others) {
		this.permittedRoles = EnumSet.of(first, others);
	}

	/**
	 * Whether a user with the given role may perform this action on a case they can see.
	 */
	public boolean isPermittedFor(Role role) {
		return this.permittedRoles.contains(role);
	}

	/**
	 * The roles that may perform this action.
	 */
	public Set<Role> permittedRoles() {
		return EnumSet.copyOf(this.permittedRoles);
	}

}
