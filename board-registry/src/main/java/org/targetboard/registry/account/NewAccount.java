package org.targetboard.registry.account;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.CentreCode;

/**
 * An account to create.
 *
 * @param username the login name (lower case letters, digits, dot, dash, underscore)
 * @param passwordHash the already encoded password; the registry never sees clear text
 * @param role the role
 * @param centre the centre, required exactly for centre-bound roles
 * @param email where notifications go
 */
public record NewAccount(String username, String passwordHash, Role role, @Nullable CentreCode centre,
		@Nullable String email) {

	public NewAccount {
		if (!username.matches("[a-z0-9._-]{3,100}")) {
			throw new IllegalArgumentException("A username has 3–100 lower-case letters, digits, '.', '-' or '_'");
		}
		if (role.isCentreBound() != (centre != null)) {
			throw new IllegalArgumentException("Only coordinators and physicians belong to a centre");
		}
	}

}
