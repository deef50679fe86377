package org.targetboard.web.security;

/**
 * Role names as Spring Security authorities, for request rules.
 */
final class Roles {

	static final String PREFIX = "ROLE_";

	static final String COORDINATOR = "COORDINATOR";

	private Roles() {
	}

}
