package org.targetboard.web.system;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.registry.mail.MailOutbox;
import org.targetboard.web.security.BoardUser;

/**
 * The API twin of {@link HeldMailController}: held mail listed and sent again.
 */
@RestController
class HeldMailApiController {

	private final HeldMailUseCases outbox;

	HeldMailApiController(HeldMailUseCases outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/mail/held")
	List<MailOutbox.HeldMail> list(@AuthenticationPrincipal BoardUser user) {
		return this.outbox.held(user.viewer());
	}

	@PostMapping("/api/v1/mail/{id}/retry")
	ResponseEntity<Void> retryApi(@PathVariable long id, @AuthenticationPrincipal BoardUser user) {
		return this.outbox.release(user.viewer(), id) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

}
