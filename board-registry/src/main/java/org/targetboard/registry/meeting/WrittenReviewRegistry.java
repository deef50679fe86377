package org.targetboard.registry.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.core.review.InvalidReviewException;
import org.targetboard.core.review.ReviewNotFoundException;
import org.targetboard.core.review.ReviewPosition;
import org.targetboard.core.review.Stance;
import org.targetboard.core.review.WrittenReview;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.boardcase.CaseRegistry;

/**
 * Written reviews: the board's discussion of a case without a meeting. Opening one
 * schedules the case for discussion (consent is checked as for an agenda) and stores the
 * ranking the members review; closing it records the discussion, after which the chair
 * composes the advice as after a meeting.
 */
@Service
public class WrittenReviewRegistry {

	private final JdbcClient jdbc;

	private final CaseRegistry cases;

	private final AuditLog audit;

	private final Clock clock;

	WrittenReviewRegistry(JdbcClient jdbc, CaseRegistry cases, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the case for written review.
	 * @throws InvalidReviewException if the deadline or question breaks a rule; nothing
	 * is stored
	 * @throws org.targetboard.core.boardcase.TransitionRefusedException unless the case
	 * waits for discussion with verified consent
	 */
	@Transactional
	public void open(Viewer viewer, PublicCaseId caseId, @Nullable LocalDate deadline, @Nullable String question,
			RankingSnapshot ranking) {
		this.audit.require(viewer, BoardAction.OPEN_WRITTEN_REVIEW, "OPEN_WRITTEN_REVIEW");
		List<IntakeProblem> problems = WrittenReview.checkOpening(deadline, question, today());
		if (!problems.isEmpty()) {
			throw new InvalidReviewException(problems);
		}
		BoardCase boardCase = this.cases.find(viewer, caseId);
		this.cases.apply(viewer, caseId, CaseAction.SCHEDULE, boardCase.version());
		long caseKey = MeetingRegistry.caseKeyOf(this.jdbc, caseId);
		long rankingId = MeetingRegistry.storeRanking(this.jdbc, caseKey, ranking);
		this.jdbc.sql("""
				insert into written_review (case_id, ranking_id, question, deadline, opened_by, opened_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(caseKey, rankingId, text(question), deadline, viewer.username(),
					Timestamp.from(this.clock.instant()))
			.update();
		this.audit.recordForCase(viewer.username(), AuditAction.MEETING_CHANGED, caseId,
				"written review opened, deadline " + deadline);
	}

	/**
	 * The case's latest written review with every position, audited as a read.
	 * @throws ReviewNotFoundException if the case was never reviewed in writing
	 */
	@Transactional
	public WrittenReview read(Viewer viewer, PublicCaseId caseId) {
		this.audit.require(viewer, BoardAction.READ_WRITTEN_REVIEWS, "READ_WRITTEN_REVIEW");
		this.cases.find(viewer, caseId);
		WrittenReview review = latest(caseId).orElseThrow(ReviewNotFoundException::new);
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_READ, caseId, "written review read");
		return review;
	}

	/**
	 * The case's latest written review, for the letter: who reviewed and when it closed.
	 */
	@Transactional(readOnly = true)
	public Optional<WrittenReview> latest(PublicCaseId caseId) {
		return this.jdbc.sql("""
				select w.id, w.ranking_id, w.question, w.deadline, w.opened_by, w.opened_at, w.closed_by, w.closed_at
				from written_review w join board_case c on c.id = w.case_id
				where c.public_id = ? order by w.id desc limit 1
				""").param(caseId.value()).query((rs, row) -> {
			long id = rs.getLong(1);
			Timestamp closedAt = rs.getTimestamp(8);
			return new WrittenReview(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
					rs.getTimestamp(6).toInstant(), rs.getString(7), (closedAt != null) ? closedAt.toInstant() : null,
					positions(id));
		}).optional();
	}

	/** Whether the case was ever reviewed in writing, for offering the way to it. */
	@Transactional(readOnly = true)
	public boolean exists(PublicCaseId caseId) {
		return this.jdbc
			.sql("""
					select exists (select 1 from written_review w join board_case c on c.id = w.case_id where c.public_id = ?)
					""")
			.param(caseId.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * A member's position in the case's open review; a later one replaces the member's
	 * earlier one in the chair's view.
	 * @throws InvalidReviewException if the position breaks a rule
	 * @throws ReviewNotFoundException if no review of the case is open
	 */
	@Transactional
	public void post(Viewer viewer, PublicCaseId caseId, @Nullable Stance stance, @Nullable String text) {
		this.audit.require(viewer, BoardAction.POST_REVIEW_POSITION, "POST_REVIEW_POSITION");
		List<IntakeProblem> problems = WrittenReview.checkPosition(stance, text);
		if (!problems.isEmpty()) {
			throw new InvalidReviewException(problems);
		}
		this.cases.find(viewer, caseId);
		long reviewId = openReviewOf(caseId);
		this.jdbc.sql("insert into review_position (review_id, member, stance, text, posted_at) values (?, ?, ?, ?, ?)")
			.params(reviewId, viewer.username(), String.valueOf(stance), text(text),
					Timestamp.from(this.clock.instant()))
			.update();
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, caseId, "review position posted");
	}

	/**
	 * Closes the case's open review and records the discussion, which opens the advice.
	 * @throws ReviewNotFoundException if no review of the case is open
	 */
	@Transactional
	public void close(Viewer viewer, PublicCaseId caseId) {
		this.audit.require(viewer, BoardAction.RECORD_DISCUSSION, "CLOSE_WRITTEN_REVIEW");
		BoardCase boardCase = this.cases.find(viewer, caseId);
		long reviewId = openReviewOf(caseId);
		this.jdbc.sql("update written_review set closed_by = ?, closed_at = ? where id = ? and closed_at is null")
			.params(viewer.username(), Timestamp.from(this.clock.instant()), reviewId)
			.update();
		this.cases.apply(viewer, caseId, CaseAction.RECORD_DISCUSSION, boardCase.version());
	}

	/** The cases in open review that the viewer may see, earliest deadline first. */
	@Transactional(readOnly = true)
	public List<OpenReview> openReviews(Viewer viewer) {
		this.audit.require(viewer, BoardAction.READ_WRITTEN_REVIEWS, "READ_WRITTEN_REVIEWS");
		return this.jdbc.sql("""
				select c.public_id, c.pseudonym, w.deadline,
				       exists (select 1 from review_position p where p.review_id = w.id and p.member = ?),
				       (select count(distinct p.member) from review_position p where p.review_id = w.id)
				from written_review w join board_case c on c.id = w.case_id
				where w.closed_at is null and c.status = ? order by w.deadline, c.pseudonym
				""")
			.params(viewer.username(), CaseStatus.SCHEDULED.name())
			.query((rs, row) -> new OpenReview(new PublicCaseId(rs.getObject(1, java.util.UUID.class)), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5)))
			.list();
	}

	/**
	 * A case in open written review, for the members' worklist.
	 *
	 * @param caseId the case
	 * @param pseudonym its pseudonym
	 * @param deadline the last day for positions
	 * @param answeredByViewer whether the viewer has posted a position
	 * @param members how many members have posted
	 */
	public record OpenReview(PublicCaseId caseId, String pseudonym, LocalDate deadline, boolean answeredByViewer,
			int members) {
	}

	private List<ReviewPosition> positions(long reviewId) {
		return this.jdbc
			.sql("select member, stance, text, posted_at from review_position where review_id = ? order by id")
			.param(reviewId)
			.query((rs, row) -> new ReviewPosition(rs.getString(1), Stance.valueOf(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	private long openReviewOf(PublicCaseId caseId) {
		return this.jdbc.sql("""
				select w.id from written_review w join board_case c on c.id = w.case_id
				where c.public_id = ? and w.closed_at is null for update of w
				""").param(caseId.value()).query(Long.class).optional().orElseThrow(ReviewNotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
