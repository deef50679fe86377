package org.targetboard.core.access;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.centre.CentreCode;

/**
 * The user on whose behalf a case is read or changed: the input of every visibility and
 * permission decision.
 *
 * @param username the account name, recorded in history and audit
 * @param role the user's role
 * @param centre the user's centre; present exactly when the role is centre-bound
 */
public record Viewer(String username, Role role, @Nullable CentreCode centre) {

	public Viewer {
		if (username.isBlank()) {
			throw new IllegalArgumentException("A viewer needs a username");
		}
		if (role.isCentreBound() != (centre != null)) {
			throw new IllegalArgumentException(role.isCentreBound() ? "A " + role + " belongs to a centre"
					: "A " + role + " does not belong to a centre");
		}
	}

	/**
	 * Which cases this viewer may see; the registry turns the scope into query
	 * conditions.
	 */
	public CaseScope caseScope() {
		return switch (this.role) {
			case COORDINATOR, PHYSICIAN -> CaseScope.ofCentre(this.centre);
			// Drafts are the centre's working copies; the board sees a case from
			// submission on.
			case BOARD_MEMBER, CHAIR, ADMIN -> CaseScope.SUBMITTED_CASES_OF_ALL_CENTRES;
			// Statisticians work on the registry's pseudonymised datasets, never on
			// individual cases.
			case STATISTICIAN -> CaseScope.NONE;
		};
	}

}
