package org.targetboard.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * A case's written review: opened by the chair with a deadline and a question to the
 * members, answered by the members' positions, closed by the chair, after which the
 * advice is composed as after a meeting.
 *
 * @param rankingId the stored ranking the members review
 * @param question what the chair asks the members, if anything beyond the case's question
 * @param deadline the last day for positions; positions after it are still accepted and
 * shown as late
 * @param openedBy the chair who opened it
 * @param openedAt when it was opened
 * @param closedBy who closed it, once closed
 * @param closedAt when it was closed
 * @param positions every posted position, oldest first
 */
public record WrittenReview(long rankingId, @Nullable String question, LocalDate deadline, String openedBy,
		Instant openedAt, @Nullable String closedBy, @Nullable Instant closedAt, List<ReviewPosition> positions) {

	/** The longest question or position text. */
	public static final int MAX_TEXT = 4000;

	/** The longest time a review may be open for: a written review answers quickly. */
	public static final int MAX_DAYS = 60;

	public WrittenReview {
		positions = List.copyOf(positions);
	}

	/** Whether positions are still taken. */
	public boolean isOpen() {
		return this.closedAt == null;
	}

	/** Each member's latest position, in the order the members first posted. */
	public List<ReviewPosition> currentPositions() {
		Map<String, ReviewPosition> latest = new LinkedHashMap<>();
		this.positions.forEach((position) -> latest.put(position.member(), position));
		return List.copyOf(latest.values());
	}

	/** The members who posted, in the order they first posted. */
	public List<String> reviewers() {
		return currentPositions().stream().map(ReviewPosition::member).toList();
	}

	/** Whether the position came after the deadline's day ended (in UTC). */
	public boolean isLate(ReviewPosition position) {
		return position.postedAt()
			.isAfter(this.deadline.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
	}

	/**
	 * What is wrong with opening a review with this deadline and question on the given
	 * day.
	 */
	public static List<IntakeProblem> checkOpening(@Nullable LocalDate deadline, @Nullable String question,
			LocalDate today) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (deadline == null) {
			problems.add(new IntakeProblem("deadline", "required", "is required"));
		}
		else if (deadline.isBefore(today)) {
			problems.add(new IntakeProblem("deadline", "notPast", "must not lie in the past"));
		}
		else if (deadline.isAfter(today.plusDays(MAX_DAYS))) {
			problems.add(new IntakeProblem("deadline", "tooLate", "must lie within " + MAX_DAYS + " days",
					List.of(Integer.toString(MAX_DAYS))));
		}
		tooLong("question", question, problems);
		return problems;
	}

	/** What is wrong with a position. */
	public static List<IntakeProblem> checkPosition(@Nullable Stance stance, @Nullable String text) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (stance == null) {
			problems.add(new IntakeProblem("stance", "required", "is required"));
		}
		if (stance == Stance.PROPOSE_CHANGE && (text == null || text.isBlank())) {
			problems.add(new IntakeProblem("text", "proposalRequired", "is required: say which change you propose"));
		}
		tooLong("text", text, problems);
		return problems;
	}

	private static void tooLong(String field, @Nullable String text, List<IntakeProblem> problems) {
		if (text != null && text.length() > MAX_TEXT) {
			problems.add(new IntakeProblem(field, "tooLong", "must be at most " + MAX_TEXT + " characters",
					List.of(Integer.toString(MAX_TEXT))));
		}
	}

}
