package org.targetboard.web.boardcase;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.web.security.BoardUser;

/**
 * The case API. Every response carries an {@code ETag} with the case's version; changes
 * take it back in {@code If-Match}, so that a change based on an outdated read is refused
 * instead of overwriting someone else's.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

	private final CaseRegistry cases;

	CaseApiController(CaseRegistry cases) {
		this.cases = cases;
	}

	@GetMapping
	List<CaseResponse> list(@AuthenticationPrincipal BoardUser user) {
		Viewer viewer = user.viewer();
		return this.cases.list(viewer).stream().map((boardCase) -> CaseResponse.of(boardCase, viewer, null)).toList();
	}

	@PostMapping
	ResponseEntity<CaseResponse> create(@Valid @RequestBody CaseRequest request,
			@AuthenticationPrincipal BoardUser user, UriComponentsBuilder uris) {
		BoardCase created = this.cases.createDraft(user.viewer(), request.toSummary());
		return ResponseEntity.created(uris.path("/api/v1/cases/{id}").build(created.id().toString()))
			.eTag(etag(created))
			.body(CaseResponse.of(created, user.viewer(), null));
	}

	@GetMapping("/{id}")
	ResponseEntity<CaseResponse> read(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		return ResponseEntity.ok()
			.eTag(etag(record.boardCase()))
			.body(CaseResponse.of(record.boardCase(), user.viewer(), record.history()));
	}

	@PutMapping("/{id}")
	ResponseEntity<?> update(@PathVariable String id, @Valid @RequestBody CaseRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		Long version = versionOf(ifMatch);
		if (version == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
					"Send the case's ETag in If-Match, so that a concurrent change is not overwritten.");
			problem.setTitle("If-Match required");
			return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
		}
		BoardCase updated = this.cases.updateSummary(user.viewer(), CaseIds.parse(id), version, request.toSummary());
		return ResponseEntity.ok().eTag(etag(updated)).body(CaseResponse.of(updated, user.viewer(), null));
	}

	@PostMapping("/{id}/transitions")
	ResponseEntity<CaseResponse> transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		BoardCase changed = this.cases.apply(user.viewer(), CaseIds.parse(id), request.action(), versionOf(ifMatch));
		return ResponseEntity.ok().eTag(etag(changed)).body(CaseResponse.of(changed, user.viewer(), null));
	}

	private static String etag(BoardCase boardCase) {
		return "\"" + boardCase.version() + "\"";
	}

	private static @Nullable Long versionOf(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new StaleCaseException();
		}
	}

}
