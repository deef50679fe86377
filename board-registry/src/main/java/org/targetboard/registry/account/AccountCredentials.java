package org.targetboard.registry.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * What the login needs to know about an account.
 *
 * @param username the login name
 * @param passwordHash the encoded password (with its algorithm prefix)
 * @param role the role
 * @param centre the centre of a centre-bound role
 * @param hospital a treating physician's hospital, if the physician works at one the
 * centre coordinates
 * @param email where notifications go, if known
 * @param enabled whether the account may log in at all
 * @param lockedUntil while in the future, the account is locked after repeated failed
 * logins
 */
public record AccountCredentials(String username, String passwordHash, Role role, @Nullable CentreCode centre,
		@Nullable HospitalCode hospital, @Nullable String email, boolean enabled, @Nullable Instant lockedUntil) {

	/**
	 * Whether the account is locked at the given time.
	 */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
