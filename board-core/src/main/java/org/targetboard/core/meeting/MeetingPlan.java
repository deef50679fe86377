package org.targetboard.core.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * A meeting as planned by the board office or the chair: the local start in its time zone
 * (members in other countries see it converted), the duration, the last day cases may be
 * submitted for it, the chair and the members invited.
 *
 * @param title e.g. "Target board December 2026"
 * @param start the local date and time of the start
 * @param timeZone the IANA zone the start is given in, e.g. {@code Europe/Amsterdam}
 * @param durationMinutes the planned length
 * @param submissionCutoff the last day a case may be submitted and still be placed on the
 * agenda
 * @param chair the chair's username
 * @param members the invited members' usernames (the chair is always a member)
 * @param retrospective the meeting was held before the board used this system and is
 * registered now (its start lies in the past); absent means planned ahead
 */
public record MeetingPlan(@Nullable String title, @Nullable LocalDateTime start, @Nullable String timeZone,
		@Nullable Integer durationMinutes, @Nullable LocalDate submissionCutoff, @Nullable String chair,
		List<String> members, Boolean retrospective) {

	/** The longest title. */
	public static final int MAX_TITLE = 200;

	public MeetingPlan {
		members = List.copyOf((members != null) ? members : List.of());
		// Absent means planned ahead, as before a meeting could be registered as held.
		retrospective = Boolean.TRUE.equals(retrospective);
	}

	/** A meeting planned ahead. */
	public MeetingPlan(@Nullable String title, @Nullable LocalDateTime start, @Nullable String timeZone,
			@Nullable Integer durationMinutes, @Nullable LocalDate submissionCutoff, @Nullable String chair,
			List<String> members) {
		this(title, start, timeZone, durationMinutes, submissionCutoff, chair, members, false);
	}

	/**
	 * The rules of a plan, each tied to its field. A meeting in the past cannot be
	 * planned, unless it is registered retrospectively (it was held before the board used
	 * this system), which must lie in the past; the cut-off lies on or before the
	 * meeting's day.
	 * @param now the current instant
	 */
	public List<IntakeProblem> check(Instant now) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add(new IntakeProblem("title", "required", "is required"));
		}
		else if (this.title.length() > MAX_TITLE) {
			problems.add(new IntakeProblem("title", "tooLong", "must be at most " + MAX_TITLE + " characters",
					List.of(Integer.toString(MAX_TITLE))));
		}
		ZoneId zone = zone();
		if (this.timeZone == null || this.timeZone.isBlank()) {
			problems.add(new IntakeProblem("timeZone", "required", "is required"));
		}
		else if (zone == null) {
			problems.add(new IntakeProblem("timeZone", "unknownZone", "must be a time zone such as Europe/Amsterdam"));
		}
		if (this.start == null) {
			problems.add(new IntakeProblem("start", "required", "is required"));
		}
		else if (zone != null && !this.retrospective && startsAt().isBefore(now)) {
			problems.add(new IntakeProblem("start", "inPast", "must not lie in the past"));
		}
		else if (zone != null && this.retrospective && startsAt().isAfter(now)) {
			// A meeting registered retrospectively was held before it is recorded here.
			problems.add(new IntakeProblem("start", "notYetHeld", "must lie in the past for a meeting already held"));
		}
		if (this.durationMinutes == null) {
			problems.add(new IntakeProblem("durationMinutes", "required", "is required"));
		}
		else if (this.durationMinutes < 15 || this.durationMinutes > 600) {
			problems.add(new IntakeProblem("durationMinutes", "range", "must lie between 15 and 600 minutes",
					List.of("15", "600")));
		}
		if (this.submissionCutoff == null) {
			problems.add(new IntakeProblem("submissionCutoff", "required", "is required"));
		}
		else if (this.start != null && this.submissionCutoff.isAfter(this.start.toLocalDate())) {
			problems.add(new IntakeProblem("submissionCutoff", "afterMeeting", "must not lie after the meeting's day"));
		}
		if (this.chair == null || this.chair.isBlank()) {
			problems.add(new IntakeProblem("chair", "required", "is required"));
		}
		return problems;
	}

	/** The start as an instant. */
	public Instant startsAt() {
		ZoneId zone = zone();
		if (this.start == null || zone == null) {
			throw new IllegalStateException("start and time zone are needed");
		}
		return this.start.atZone(zone).toInstant();
	}

	/** The time zone, if it names one. */
	public @Nullable ZoneId zone() {
		if (this.timeZone == null || this.timeZone.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(this.timeZone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
