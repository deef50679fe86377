package org.targetboard.web.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.review.Stance;
import org.targetboard.core.review.WrittenReview;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.registry.meeting.WrittenReviewRegistry;
import org.targetboard.web.meeting.Rankings;

/**
 * The written review's operations, which the pages and the API both call; each runs in
 * one transaction.
 */
@Service
public class WrittenReviewUseCases {

	private final WrittenReviewRegistry reviews;

	private final CaseRegistry cases;

	private final MeetingRegistry meetings;

	private final Rankings rankings;

	WrittenReviewUseCases(WrittenReviewRegistry reviews, CaseRegistry cases, MeetingRegistry meetings,
			Rankings rankings) {
		this.reviews = reviews;
		this.cases = cases;
		this.meetings = meetings;
		this.rankings = rankings;
	}

	/**
	 * Opens the case for written review: ranks it now, as the members will see it, and
	 * schedules it for the board's discussion.
	 */
	@Transactional
	public void open(Viewer viewer, PublicCaseId caseId, @Nullable LocalDate deadline, @Nullable String question) {
		this.reviews.open(viewer, caseId, deadline, question, this.rankings.rank(this.cases.read(viewer, caseId)));
	}

	/** The case's written review with the ranking its members review. */
	@Transactional
	public Review read(Viewer viewer, PublicCaseId caseId) {
		WrittenReview review = this.reviews.read(viewer, caseId);
		return new Review(review, this.rankings.read(this.meetings.ranking(viewer, caseId, review.rankingId())));
	}

	@Transactional
	public void post(Viewer viewer, PublicCaseId caseId, @Nullable Stance stance, @Nullable String text) {
		this.reviews.post(viewer, caseId, stance, text);
	}

	/** Closes the review and records the discussion; the advice comes next. */
	@Transactional
	public void close(Viewer viewer, PublicCaseId caseId) {
		this.reviews.close(viewer, caseId);
	}

	@Transactional(readOnly = true)
	public List<WrittenReviewRegistry.OpenReview> openReviews(Viewer viewer) {
		return this.reviews.openReviews(viewer);
	}

	/**
	 * A written review with the engine's ranking it reviews.
	 *
	 * @param review the review and its positions
	 * @param ranking the stored ranking
	 */
	public record Review(WrittenReview review, PrioritizationResult ranking) {
	}

}
