package org.targetboard.registry.account;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * An account to create.
 *
 * @param username the login name (lower case letters, digits, dot, dash, underscore)
 * @param passwordHash the already encoded password; the registry never sees clear text
 * @param role the role
 * @param centre the centre, required exactly for centre-bound roles
 * @param hospital a treating physician's hospital, one the centre coordinates
 * @param email where notifications go
 */
public record NewAccount(String username, String passwordHash, Role role, @Nullable CentreCode centre,
		@Nullable HospitalCode hospital, @Nullable String email) {

	public NewAccount {
		if (!username.matches("[a-z0-9._-]{3,100}")) {
			throw new IllegalArgumentException("A username has 3–100 lower-case letters, digits, '.', '-' or '_'");
		}
		if (role.isCentreBound() != (centre != null)) {
			throw new IllegalArgumentException("Only coordinators and physicians belong to a centre");
		}
		if (hospital != null && (role != Role.PHYSICIAN || centre == null || !hospital.belongsTo(centre))) {
			throw new IllegalArgumentException("Only a physician works at a hospital, one of the own centre's");
		}
	}

	/** An account that works for a whole centre or for the board. */
	public NewAccount(String username, String passwordHash, Role role, @Nullable CentreCode centre,
			@Nullable String email) {
		this(username, passwordHash, role, centre, null, email);
	}

}
