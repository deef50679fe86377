package org.targetboard.web.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.registry.account.ApiCredentialRegistry;
import org.targetboard.web.security.BoardUser;

/**
 * API credentials in the API, with the account's password (a credential cannot issue
 * another): {@code POST} issues one and returns its token once, {@code GET} lists them,
 * {@code POST …/{id}/revoke} revokes one. The token then fetches
 * {@code /api/v1/registry/exports/…} as {@code Authorization: Bearer …}.
 */
@RestController
@RequestMapping("/api/v1/credentials")
class ApiCredentialApiController {

	private final ApiCredentialUseCases credentials;

	ApiCredentialApiController(ApiCredentialUseCases credentials) {
		this.credentials = credentials;
	}

	/** A credential to issue: what it is for. */
	record IssueRequest(@Nullable String label) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiCredentialRegistry.Issued> issue(@RequestBody IssueRequest request,
			@AuthenticationPrincipal BoardUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Cache-Control", "no-store")
			.body(this.credentials.issue(user.viewer(), request.label()));
	}

	@GetMapping
	List<ApiCredentialRegistry.Credential> list(@AuthenticationPrincipal BoardUser user) {
		return this.credentials.list(user.viewer());
	}

	@PostMapping("/{id}/revoke")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal BoardUser user) {
		return this.credentials.revoke(user.viewer(), id) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

}
