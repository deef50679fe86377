package org.targetboard.core.access;

/**
 * The roles of product.md ("Who uses it"). Coordinators and physicians belong to exactly
 * one centre; the others act for the board as a whole.
 */
public enum Role {

	/**
	 * National coordinating centre coordinator: submits cases, records consent and
	 * follow-up.
	 */
	COORDINATOR(true),
	/** Treating physician: reads the own centre's cases and downloads advice. */
	PHYSICIAN(true),
	/** Board member: reviews and comments on cases awaiting or on an agenda. */
	BOARD_MEMBER(false),
	/** Board chair: runs meetings, returns cases for clarification, signs advice. */
	CHAIR(false),
	/** Statistician: registry dashboards and pseudonymised exports only. */
	STATISTICIAN(false),
	/** Administrator and knowledge-base curator; also acts as board office. */
	ADMIN(false);

	private final boolean centreBound;

	Role(boolean centreBound) {
		this.centreBound = centreBound;
	}

	/**
	 * Whether a user with this role belongs to exactly one centre and sees only that
	 * centre's cases.
	 */
	public boolean isCentreBound() {
		return this.centreBound;
	}

}
