package org.targetboard.core.access;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * The user on whose behalf a case is read or changed: the input of every visibility and
 * permission decision.
 *
 * @param username the account name, recorded in history and audit
 * @param role the user's role
 * @param centre the user's centre; present exactly when the role is centre-bound
 * @param hospital a treating physician's hospital; absent for a physician at the
 * coordinating centre itself and for every other role
 */
public record Viewer(String username, Role role, @Nullable CentreCode centre, @Nullable HospitalCode hospital) {

	public Viewer {
		if (username.isBlank()) {
			throw new IllegalArgumentException("A viewer needs a username");
		}
		if (role.isCentreBound() != (centre != null)) {
			throw new IllegalArgumentException(role.isCentreBound() ? "A " + role + " belongs to a centre"
					: "A " + role + " does not belong to a centre");
		}
		if (hospital != null && role != Role.PHYSICIAN) {
			throw new IllegalArgumentException("Only a treating physician works for one hospital");
		}
		if (hospital != null && (centre == null || !hospital.belongsTo(centre))) {
			throw new IllegalArgumentException("A physician's hospital belongs to the physician's centre");
		}
	}

	/** A user who works for a whole centre or for the board. */
	public Viewer(String username, Role role, @Nullable CentreCode centre) {
		this(username, role, centre, null);
	}

	/**
	 * The board office registering the board's history
	 * ({@link BoardAction#REGISTER_HISTORY}) takes each step in the role whose step it
	 * was: the centre submits the case, records consent and reports follow-up. The
	 * account stays the board office's, so history and audit name who registered it, and
	 * every step still passes the policy of its role.
	 * @throws IllegalStateException unless this viewer may register the board's history
	 */
	public Viewer registeringHistoryForCentre(CentreCode centre) {
		return registeringHistoryAs(Role.COORDINATOR, centre);
	}

	/**
	 * The board office registering the board's history as the chair who recorded the
	 * discussion and signed the advice (see {@link #registeringHistoryForCentre}).
	 * @throws IllegalStateException unless this viewer may register the board's history
	 */
	public Viewer registeringHistoryAsChair() {
		return registeringHistoryAs(Role.CHAIR, null);
	}

	private Viewer registeringHistoryAs(Role role, @Nullable CentreCode centre) {
		if (!BoardAction.REGISTER_HISTORY.isPermittedFor(this.role)) {
			throw new IllegalStateException("Only the board office registers the board's history");
		}
		return new Viewer(this.username, role, centre);
	}

	/**
	 * Which cases this viewer may see; the registry turns the scope into query
	 * conditions.
	 */
	public CaseScope caseScope() {
		return switch (this.role) {
			// The coordinating centre submits for all its hospitals.
			case COORDINATOR -> CaseScope.ofCentre(this.centre);
			// A treating physician sees the own hospital's patients only.
			case PHYSICIAN -> CaseScope.ofHospital(this.centre, this.hospital);
			// Drafts are the centre's working copies; the board sees a case from
			// submission on.
			case BOARD_MEMBER, CHAIR, ADMIN -> CaseScope.SUBMITTED_CASES_OF_ALL_CENTRES;
			// Statisticians work on the registry's pseudonymised datasets, never on
			// individual cases.
			case STATISTICIAN -> CaseScope.NONE;
		};
	}

}
