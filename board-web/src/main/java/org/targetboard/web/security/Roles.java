package org.targetboard.web.security;

import org.targetboard.core.access.BoardAction;

/**
 * Role names as Spring Security authorities, for request rules: the roles the permission
 * policy lets take an action.
 */
final class Roles {

	static final String PREFIX = "ROLE_";

	private Roles() {
	}

	/** The roles that may take the action, as names for {@code hasAnyRole}. */
	static String[] of(BoardAction action) {
		return action.permittedRoles().stream().map(Enum::name).toArray(String[]::new);
	}

}
