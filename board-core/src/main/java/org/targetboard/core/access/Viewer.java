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
