package org.targetboard.web.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.registry.account.ApiCredentialRegistry;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * The statistician's API credentials: issue one for a script (its token is shown once, on
 * the page that issued it, never stored or mailed), see when each was last used, and
 * revoke it.
 */
@Controller
class ApiCredentialController {

	private static final String VIEW = "registry/credentials";

	private final ApiCredentialUseCases credentials;

	ApiCredentialController(ApiCredentialUseCases credentials) {
		this.credentials = credentials;
	}

	@GetMapping("/registry/credentials")
	String page(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("credentials", this.credentials.list(user.viewer()));
		return VIEW;
	}

	@ApiTwin("ApiCredentialApiController#issue")
	@PostMapping("/registry/credentials")
	String issue(@RequestParam(required = false) @Nullable String label, @AuthenticationPrincipal BoardUser user,
			Model model) {
		try {
			ApiCredentialRegistry.Issued issued = this.credentials.issue(user.viewer(), label);
			// Rendered, not redirected: the token must not travel through the session.
			model.addAttribute("issued", issued);
		}
		catch (ApiCredentialRegistry.InvalidCredentialException ex) {
			model.addAttribute("labelError", ex.problems().get(0).code());
			model.addAttribute("label", label);
		}
		return page(user, model);
	}

	@ApiTwin("ApiCredentialApiController#revoke")
	@PostMapping("/registry/credentials/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
		this.credentials.revoke(user.viewer(), id);
		redirect.addFlashAttribute("message", "credential.flash.revoked");
		return "redirect:/registry/credentials";
	}

}
