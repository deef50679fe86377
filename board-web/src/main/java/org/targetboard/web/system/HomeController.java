package org.targetboard.web.system;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.targetboard.core.access.CaseScope;
import org.targetboard.web.security.BoardUser;

/**
 * The start page and the login page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable BoardUser user) {
		// Statisticians see no individual case: their start page is the registry.
		// Who sees no case (the statistician) starts at the registry.
		return (user != null && user.viewer().caseScope() == CaseScope.NONE) ? "redirect:/registry" : "redirect:/cases";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
