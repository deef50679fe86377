package org.targetboard.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

class MeetingPlanTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	@Test
	void acceptsAPlanInTheFutureWithTheCutOffBeforeIt() {
		MeetingPlan plan = new MeetingPlan("Target board", LocalDateTime.parse("2026-12-15T16:00"), "Europe/Amsterdam",
				90, LocalDate.parse("2026-12-08"), "chair", List.of("member"));
		assertThat(plan.check(NOW)).isEmpty();
		assertThat(plan.startsAt()).isEqualTo(Instant.parse("2026-12-15T15:00:00Z"));
	}

	@Test
	void namesEveryFieldThatBreaksARule() {
		MeetingPlan plan = new MeetingPlan(" ", LocalDateTime.parse("2026-11-30T16:00"), "Mars/Olympus", 5,
				LocalDate.parse("2026-12-08"), "", List.of());
		assertThat(plan.check(NOW).stream().map(IntakeProblem::field)).containsExactlyInAnyOrder("title", "timeZone",
				"durationMinutes", "submissionCutoff", "chair");
		MeetingPlan past = new MeetingPlan("Board", LocalDateTime.parse("2026-11-30T16:00"), "Europe/Madrid", 60,
				LocalDate.parse("2026-11-20"), "chair", List.of());
		assertThat(past.check(NOW).stream().map(IntakeProblem::code)).containsExactly("inPast");
	}

	/**
	 * The board's history: a meeting already held is registered, and it lies in the past.
	 */
	@Test
	void registersAMeetingHeldBeforeOnlyInThePast() {
		MeetingPlan held = new MeetingPlan("Board", LocalDateTime.parse("2022-03-14T16:00"), "Europe/Madrid", 60,
				LocalDate.parse("2022-03-10"), "chair", List.of(), true);
		assertThat(held.check(NOW)).isEmpty();
		MeetingPlan ahead = new MeetingPlan("Board", LocalDateTime.parse("2027-03-14T16:00"), "Europe/Madrid", 60,
				LocalDate.parse("2027-03-10"), "chair", List.of(), true);
		assertThat(ahead.check(NOW).stream().map(IntakeProblem::code)).containsExactly("notYetHeld");
	}

}
