package org.targetboard.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.IntakeProblem;

class FollowUpTests {

	private static final LocalDate ADVICE = LocalDate.of(2026, 1, 15);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void fallsDueEveryThreeMonthsUntilTheEndOfTheStudy() {
		FollowUpSchedule schedule = FollowUpSchedule.DEFAULT;
		assertThat(schedule.nextDue(ADVICE, Set.of(), false)).isEqualTo(LocalDate.of(2026, 4, 15));
		assertThat(schedule.nextDue(ADVICE, Set.of(LocalDate.of(2026, 4, 15)), false))
			.isEqualTo(LocalDate.of(2026, 7, 15));
		assertThat(schedule.nextDue(ADVICE, Set.of(), true)).isNull();
		assertThat(schedule.dueDatesUntil(ADVICE, TODAY)).containsExactly(LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 15));
		assertThat(schedule.dueDatesUntil(ADVICE, ADVICE.plusYears(20))).hasSize(32);
	}

	@Test
	void acceptsACompleteReport() {
		assertThat(followed().check(ADVICE, Diagnosis.BCP_ALL, 3, TODAY)).isEmpty();
	}

	@Test
	void refusesResponsesWithoutTherapyAndDatesAfterDeath() {
		FollowUpReport report = new FollowUpReport(LocalDate.of(2026, 4, 15), AdviceFollowed.NO, TherapyGiven.NONE,
				null, null, null, null, ResponseCategory.CR, null, false, null, false, null, true,
				LocalDate.of(2026, 5, 1), false, LocalDate.of(2026, 4, 20), CauseOfDeath.DISEASE,
				LocalDate.of(2026, 4, 10), false);
		assertThat(fields(report.check(ADVICE, Diagnosis.BCP_ALL, 3, TODAY))).containsExactlyInAnyOrder("response",
				"reason", "relapseDate", "lastContact");
	}

	@Test
	void refusesCriForLymphomaAndDatesBeforeTheAdviceOrInTheFuture() {
		FollowUpReport report = new FollowUpReport(LocalDate.of(2026, 4, 15), AdviceFollowed.YES,
				TherapyGiven.ADVISED_OPTION, 4, LocalDate.of(2026, 1, 2), null, null, ResponseCategory.CRI, null, false,
				null, false, null, false, null, true, null, null, LocalDate.of(2027, 1, 1), false);
		assertThat(report.check(ADVICE, Diagnosis.ALCL, 3, TODAY)).extracting(IntakeProblem::code)
			.containsExactlyInAnyOrder("range", "responseNotForDisease", "beforeAdvice", "future");
	}

	/**
	 * "High-risk relapse protocol and blinatumomab" is one recommendation of two
	 * components: the report says which of them were given.
	 */
	@Test
	void asksWhichComponentsOfARecommendationOfSeveralWereGiven() {
		List<Integer> twoThenOne = List.of(2, 1);
		assertThat(fields(followed().check(ADVICE, Diagnosis.BCP_ALL, twoThenOne, TODAY)))
			.containsExactly("componentsGiven");
		assertThat(components(List.of(1, 2)).check(ADVICE, Diagnosis.BCP_ALL, twoThenOne, TODAY)).isEmpty();
		assertThat(components(List.of(2)).check(ADVICE, Diagnosis.BCP_ALL, twoThenOne, TODAY)).isEmpty();
		assertThat(components(List.of(3)).check(ADVICE, Diagnosis.BCP_ALL, twoThenOne, TODAY))
			.extracting(IntakeProblem::code)
			.containsExactly("range");
		// A recommendation of one component is not asked.
		assertThat(components(List.of(1)).check(ADVICE, Diagnosis.BCP_ALL, List.of(1, 2), TODAY))
			.extracting(IntakeProblem::code)
			.containsExactly("componentsNotAsked");
	}

	private static FollowUpReport components(List<Integer> given) {
		FollowUpReport f = followed();
		return new FollowUpReport(f.dueDate(), f.adviceFollowed(), f.therapyGiven(), f.advisedOption(),
				f.therapyStart(), f.reason(), f.reasonText(), f.response(), f.mrdAfterCycle1(), f.hsct(), f.hsctDate(),
				f.carT(), f.carTDate(), f.relapse(), f.relapseDate(), f.alive(), f.deathDate(), f.causeOfDeath(),
				f.lastContact(), f.lostToFollowUp(), given);
	}

	private static FollowUpReport followed() {
		return new FollowUpReport(LocalDate.of(2026, 4, 15), AdviceFollowed.YES, TherapyGiven.ADVISED_OPTION, 1,
				LocalDate.of(2026, 2, 1), null, null, ResponseCategory.MRD_NEGATIVE_CR, null, true,
				LocalDate.of(2026, 4, 1), false, null, false, null, true, null, null, LocalDate.of(2026, 4, 14), false);
	}

	private static List<String> fields(List<IntakeProblem> problems) {
		return problems.stream().map(IntakeProblem::field).toList();
	}

}
