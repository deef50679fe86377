package org.targetboard.web.advice;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceStatus;
import org.targetboard.core.advice.NotAdvised;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.advice.StaleAdviceException;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.advice.StoredLetter;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.IfMatch;

/**
 * The JSON API of advice, the twin of the advice pages: the versions of a case's advice,
 * starting a draft (or an amendment), saving it, previewing and issuing its letter, and
 * downloading issued letters. It calls the same use cases as the pages
 * ({@link AdviceUseCases}). The draft carries its lock version as {@code ETag}; changes
 * send it back in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/advice")
class AdviceApiController {

	private final AdviceUseCases useCases;

	AdviceApiController(AdviceUseCases useCases) {
		this.useCases = useCases;
	}

	/**
	 * The versions the caller may see, newest first (the centre sees issued ones only).
	 */
	@GetMapping
	List<AdviceResponse> versions(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return this.useCases.versions(user.viewer(), CaseIds.parse(id)).stream().map(AdviceResponse::of).toList();
	}

	/**
	 * Starts the draft from the engine's options the board saw; an amendment needs its
	 * reason.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AdviceResponse> start(@PathVariable String id, @RequestBody StartRequest request,
			@AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		Advice draft = this.useCases.start(user.viewer(), caseId, request.amendmentReason());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/advice/draft"))
			.eTag(IfMatch.etag(draft.lockVersion()))
			.body(AdviceResponse.of(draft));
	}

	@GetMapping("/draft")
	ResponseEntity<AdviceResponse> draft(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		Advice draft = this.useCases.draft(user.viewer(), CaseIds.parse(id));
		if (draft == null) {
			throw new AdviceIssuedException();
		}
		return ResponseEntity.ok().eTag(IfMatch.etag(draft.lockVersion())).body(AdviceResponse.of(draft));
	}

	/** Replaces the draft's summary, options and override reason. */
	@PutMapping(path = "/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AdviceResponse> save(@PathVariable String id, @RequestBody AdviceDraft draft,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		Advice saved = this.useCases.save(user.viewer(), CaseIds.parse(id),
				IfMatch.required(ifMatch, StaleAdviceException::new), draft);
		return ResponseEntity.ok().eTag(IfMatch.etag(saved.lockVersion())).body(AdviceResponse.of(saved));
	}

	@GetMapping("/draft/preview.pdf")
	ResponseEntity<byte[]> preview(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Locale locale) {
		AdviceLetter.Rendered rendered = this.useCases.preview(user.viewer(), CaseIds.parse(id), locale);
		return LetterResponses.pdf(rendered.pdf(), "advice-preview.pdf", rendered.pdfSha256());
	}

	/** Signs and issues the draft: irreversible, so the body must confirm it. */
	@PostMapping(path = "/draft/issue", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdviceResponse issue(@PathVariable String id, @RequestBody IssueRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user, Locale locale) {
		return AdviceResponse.of(this.useCases.issue(user.viewer(), CaseIds.parse(id),
				IfMatch.required(ifMatch, StaleAdviceException::new), request.confirmed(), request.advisedOn(),
				locale));
	}

	@GetMapping("/{version}.pdf")
	ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable int version,
			@AuthenticationPrincipal BoardUser user) {
		StoredLetter letter = this.useCases.letter(user.viewer(), CaseIds.parse(id), version);
		return LetterResponses.pdf(letter.pdf(),
				"advice-" + letter.pseudonym() + "-v" + letter.versionNumber() + ".pdf", letter.pdfSha256());
	}

	/** What became of the referrals of an issued version. */
	@GetMapping("/{version}/referrals")
	List<AdviceRegistry.ReferralProgress> referrals(@PathVariable String id, @PathVariable int version,
			@AuthenticationPrincipal BoardUser user) {
		return this.useCases.referrals(user.viewer(), CaseIds.parse(id), version);
	}

	/** The centre reports what became of a referral, on the date it happened. */
	@PostMapping(path = "/{version}/referrals/{position}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	List<AdviceRegistry.ReferralProgress> reportReferral(@PathVariable String id, @PathVariable int version,
			@PathVariable int position, @RequestBody ProgressRequest request, @AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.useCases.reportReferral(user.viewer(), caseId, version, position, request.status(), request.date());
		return this.useCases.referrals(user.viewer(), caseId, version);
	}

	/**
	 * What became of a referral.
	 *
	 * @param status its status now
	 * @param date the date it happened
	 */
	record ProgressRequest(@Nullable ReferralStatus status, @Nullable LocalDate date) {
	}

	/**
	 * @param amendmentReason why issued advice is amended; only for an amendment
	 */
	record StartRequest(@Nullable String amendmentReason) {
	}

	/**
	 * @param confirmed the chair's explicit confirmation of the signature
	 * @param advisedOn the date the board gave the advice, for its history registered
	 * retrospectively; today when absent
	 */
	record IssueRequest(boolean confirmed, @Nullable LocalDate advisedOn) {
	}

	/**
	 * A version of a case's advice.
	 *
	 * @param versionNumber the version
	 * @param status draft or issued
	 * @param summary the panel's summary
	 * @param options the recommendations in order of preference
	 * @param referrals the referrals the board advises
	 * @param notAdvised the engine's options considered and not advised, with reasons
	 * @param overrideReason why the order departs from the engine's, if it does
	 * @param amendmentReason why this version amends the previous one
	 * @param lockVersion the draft's version for {@code If-Match}
	 * @param issuedAt when it was issued (recorded here)
	 * @param advisedOn the date the board gave it: time zero of follow-up and survival
	 * @param retrospective whether it was given before it was recorded here
	 * @param issuedBy who signed it
	 * @param documentId the letter's document id
	 * @param pdfSha256 the SHA-256 of the letter's bytes
	 * @param letter where the letter is downloaded
	 */
	record AdviceResponse(int versionNumber, AdviceStatus status, @Nullable String summary, List<AdviceOption> options,
			List<Referral> referrals, List<NotAdvised> notAdvised, @Nullable String overrideReason,
			@Nullable String amendmentReason, long lockVersion, @Nullable Instant issuedAt,
			@Nullable LocalDate advisedOn, boolean retrospective, @Nullable String issuedBy,
			@Nullable String documentId, @Nullable String pdfSha256, @Nullable String letter) {

		static AdviceResponse of(Advice advice) {
			return new AdviceResponse(advice.versionNumber(), advice.status(), advice.draft().summary(),
					advice.options(), advice.draft().referrals(), advice.draft().notAdvised(),
					advice.draft().overrideReason(), advice.amendmentReason(), advice.lockVersion(), advice.issuedAt(),
					advice.advisedOn(), advice.isRetrospective(), advice.issuedBy(), advice.documentId(),
					advice.pdfSha256(), advice.isIssued()
							? "/api/v1/cases/" + advice.caseId() + "/advice/" + advice.versionNumber() + ".pdf" : null);
		}

	}

}
