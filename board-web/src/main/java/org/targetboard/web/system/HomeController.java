package org.targetboard.web.system;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.targetboard.core.access.Role;
import org.targetboard.web.security.BoardUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the login page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable BoardUser user) {
		// Statisticians see no individual case: their start page is the registry.
		return (user != null && user.viewer().role() == Role.STATISTICIAN) ? "redirect:/registry" : "redirect:/cases";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
