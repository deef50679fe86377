package org.targetboard.web.boardcase;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IdentifierOverride;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.IfMatch;

/**
 * The case API, with the same rules as the case form. A case is written in the JSON case
 * format of the engine ({@code docs/case-format.schema.json}) plus the intake's fields.
 * Every response carries an {@code ETag} with the case's version; changes take it back in
 * {@code If-Match}, so that a change based on an outdated read is refused instead of
 * overwriting someone else's.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

	private final CaseUseCases cases;

	private final IntakeReview review;

	CaseApiController(CaseUseCases cases, IntakeReview review) {
		this.cases = cases;
		this.review = review;
	}

	@GetMapping
	List<CaseResponse> list(@AuthenticationPrincipal BoardUser user) {
		Viewer viewer = user.viewer();
		return this.cases.list(viewer).stream().map((boardCase) -> CaseResponse.of(boardCase, viewer)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseResponse> create(@RequestBody String body,
			@RequestParam(defaultValue = "false") boolean identifiersChecked,
			@RequestParam(required = false) @Nullable String identifierOverrideReason,
			@AuthenticationPrincipal BoardUser user, UriComponentsBuilder uris) {
		CaseIntake intake = CaseJson.readIntake(body);
		BoardCase created = this.cases.create(user.viewer(), intake,
				IdentifierOverride.of(identifiersChecked, identifierOverrideReason),
				CaseJson.readTreatingHospital(body));
		return ResponseEntity.created(uris.path("/api/v1/cases/{id}").build(created.id().toString()))
			.eTag(etag(created))
			.body(response(this.cases.read(user.viewer(), created.id()), user.viewer()));
	}

	@GetMapping("/{id}")
	ResponseEntity<CaseResponse> read(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		return ResponseEntity.ok().eTag(etag(record.boardCase())).body(response(record, user.viewer()));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseResponse> update(@PathVariable String id, @RequestBody String body,
			@RequestParam(defaultValue = "false") boolean identifiersChecked,
			@RequestParam(required = false) @Nullable String identifierOverrideReason,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		long version = requiredVersion(ifMatch);
		CaseIntake intake = CaseJson.readIntake(body);
		PublicCaseId caseId = CaseIds.parse(id);
		BoardCase updated = this.cases.save(user.viewer(), caseId, version, intake,
				IdentifierOverride.of(identifiersChecked, identifierOverrideReason),
				CaseJson.readTreatingHospital(body));
		return ResponseEntity.ok()
			.eTag(etag(updated))
			.body(response(this.cases.read(user.viewer(), caseId), user.viewer()));
	}

	@PostMapping("/{id}/transitions")
	ResponseEntity<CaseResponse> transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		BoardCase changed = this.cases.apply(user.viewer(), CaseIds.parse(id), request.action(),
				requiredVersion(ifMatch), request.note());
		return ResponseEntity.ok().eTag(etag(changed)).body(CaseResponse.of(changed, user.viewer()));
	}

	@PutMapping("/{id}/consent")
	ResponseEntity<CaseResponse> recordConsent(@PathVariable String id, @RequestBody ConsentRequest.Given request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		long version = requiredVersion(ifMatch);
		BoardCase changed = this.cases.recordConsent(user.viewer(), CaseIds.parse(id), version, request);
		return ResponseEntity.ok().eTag(etag(changed)).body(CaseResponse.of(changed, user.viewer()));
	}

	@PostMapping("/{id}/identifier-release")
	ResponseEntity<CaseResponse> releaseIdentifiers(@PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		BoardCase changed = this.cases.releaseIdentifiers(user.viewer(), CaseIds.parse(id), requiredVersion(ifMatch));
		return ResponseEntity.ok().eTag(etag(changed)).body(CaseResponse.of(changed, user.viewer()));
	}

	@PostMapping("/{id}/consent/withdrawal")
	ResponseEntity<CaseResponse> withdrawConsent(@PathVariable String id, @RequestBody ConsentRequest.Withdrawn request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		long version = requiredVersion(ifMatch);
		BoardCase changed = this.cases.withdrawConsent(user.viewer(), CaseIds.parse(id), version, request.date(),
				request.scope());
		return ResponseEntity.ok().eTag(etag(changed)).body(CaseResponse.of(changed, user.viewer()));
	}

	private CaseResponse response(CaseRecord record, Viewer viewer) {
		return CaseResponse.of(record, viewer,
				this.review.warnings(record.intake()).stream().map((w) -> w.field() + ": " + w.message()).toList());
	}

	private static long requiredVersion(@Nullable String ifMatch) {
		return IfMatch.required(ifMatch, StaleCaseException::new);
	}

	private static String etag(BoardCase boardCase) {
		return IfMatch.etag(boardCase.version());
	}

}
