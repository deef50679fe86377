package org.targetboard.web.review;

import java.time.LocalDate;

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
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.review.Stance;
import org.targetboard.core.review.WrittenReview;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;

/**
 * The written review in the API, with the same rules as the pages: {@code POST} opens it
 * (the chair), {@code GET} reads it with the members' current positions,
 * {@code POST …/positions} posts a member's position, {@code POST …/close} closes it and
 * records the discussion.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/written-review")
class WrittenReviewApiController {

	private final WrittenReviewUseCases reviews;

	WrittenReviewApiController(WrittenReviewUseCases reviews) {
		this.reviews = reviews;
	}

	/** Opening a review: its deadline and an optional question to the members. */
	record OpenRequest(@Nullable LocalDate deadline, @Nullable String question) {
	}

	/** A member's position. */
	record PositionRequest(@Nullable Stance stance, @Nullable String text) {
	}

	/**
	 * A review as the API returns it.
	 *
	 * @param review the review with every position, oldest first
	 * @param currentPositions each member's latest position
	 * @param engineOrder the engine's options as the members review them, by id
	 */
	record ReviewResponse(WrittenReview review,
			java.util.List<org.targetboard.core.review.ReviewPosition> currentPositions,
			java.util.List<String> engineOrder) {

		static ReviewResponse of(WrittenReviewUseCases.Review review) {
			return new ReviewResponse(review.review(), review.review().currentPositions(),
					review.ranking().options().stream().map((option) -> option.optionId()).toList());
		}

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReviewResponse> open(@PathVariable String id, @RequestBody OpenRequest request,
			@AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.reviews.open(user.viewer(), caseId, request.deadline(), request.question());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ReviewResponse.of(this.reviews.read(user.viewer(), caseId)));
	}

	@GetMapping
	ReviewResponse read(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return ReviewResponse.of(this.reviews.read(user.viewer(), CaseIds.parse(id)));
	}

	@PostMapping(path = "/positions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReviewResponse> post(@PathVariable String id, @RequestBody PositionRequest request,
			@AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.reviews.post(user.viewer(), caseId, request.stance(), request.text());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ReviewResponse.of(this.reviews.read(user.viewer(), caseId)));
	}

	@PostMapping("/close")
	ReviewResponse close(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.reviews.close(user.viewer(), caseId);
		return ReviewResponse.of(this.reviews.read(user.viewer(), caseId));
	}

}
