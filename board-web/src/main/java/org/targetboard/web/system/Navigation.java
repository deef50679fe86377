package org.targetboard.web.system;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.targetboard.web.security.BoardUser;

/**
 * The logged-in user for the page layout ({@code ${@navigation.user()}}), also on error
 * pages rendered outside any controller.
 */
@Component("navigation")
public class Navigation {

	public @Nullable BoardUser user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof BoardUser user) ? user : null;
	}

}
