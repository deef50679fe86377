package org.targetboard.web.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the login page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/cases";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
