package org.targetboard.web.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.registry.mail.MailOutbox;
import org.targetboard.web.security.BoardUser;

/**
 * Mail whose delivery stopped (too many failures, refused by the server, or possibly sent
 * when a node stopped), for the board office to see and send again: as a page and in the
 * API, both through {@link HeldMailUseCases}.
 */
@Controller
class HeldMailController {

	private final HeldMailUseCases outbox;

	HeldMailController(HeldMailUseCases outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/mail")
	String page(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("held", this.outbox.held(user.viewer()));
		return "admin/held-mail";
	}

	@ApiTwin("HeldMailApiController#retryApi")
	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
		boolean released = this.outbox.release(user.viewer(), id);
		redirect.addFlashAttribute("message", released ? "mail.held.flash.retried" : "mail.held.flash.gone");
		return "redirect:/admin/mail";
	}

}
