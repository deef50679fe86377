package org.targetboard.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

/**
 * The rules of an outcome event reported between the scheduled follow-ups.
 */
class OutcomeEventTests {

	private static final LocalDate ADVICE = LocalDate.of(2022, 3, 14);

	private static final LocalDate TODAY = LocalDate.of(2022, 4, 8);

	@Test
	void acceptsADeathWithItsCauseOnAnyDayFromTheAdviceToToday() {
		assertThat(check(new OutcomeEvent(OutcomeEvent.Kind.DEATH, ADVICE, CauseOfDeath.DISEASE, null, null)))
			.isEmpty();
		assertThat(check(new OutcomeEvent(OutcomeEvent.Kind.DEATH, TODAY, CauseOfDeath.INFECTION, null, null)))
			.isEmpty();
		assertThat(new OutcomeEvent(OutcomeEvent.Kind.DEATH, TODAY, CauseOfDeath.INFECTION, null, null).endsFollowUp())
			.isTrue();
		assertThat(new OutcomeEvent(OutcomeEvent.Kind.RELAPSE, TODAY, null, null, null).endsFollowUp()).isFalse();
	}

	@Test
	void refusesDatesOutsideTheFollowUpAndMissingDetails() {
		assertThat(fields(new OutcomeEvent(OutcomeEvent.Kind.DEATH, ADVICE.minusDays(1), null, null, null)))
			.containsExactly("occurredOn:beforeAdvice", "causeOfDeath:required");
		assertThat(fields(
				new OutcomeEvent(OutcomeEvent.Kind.RELAPSE, TODAY.plusDays(1), CauseOfDeath.DISEASE, null, null)))
			.containsExactly("occurredOn:future", "causeOfDeath:onlyForDeath");
		assertThat(fields(new OutcomeEvent(null, null, null, null, null))).containsExactly("kind:required",
				"occurredOn:required");
	}

	@Test
	void aTherapyStartSaysWhichTherapyAndAnAdvisedOneWhichRecommendation() {
		assertThat(fields(new OutcomeEvent(OutcomeEvent.Kind.THERAPY_START, TODAY, null, null, null)))
			.containsExactly("therapyGiven:required");
		assertThat(fields(new OutcomeEvent(OutcomeEvent.Kind.THERAPY_START, TODAY, null, TherapyGiven.NONE, null)))
			.containsExactly("therapyGiven:required");
		assertThat(fields(
				new OutcomeEvent(OutcomeEvent.Kind.THERAPY_START, TODAY, null, TherapyGiven.ADVISED_OPTION, null)))
			.containsExactly("advisedOption:required");
		assertThat(
				fields(new OutcomeEvent(OutcomeEvent.Kind.THERAPY_START, TODAY, null, TherapyGiven.ADVISED_OPTION, 3)))
			.containsExactly("advisedOption:range");
		assertThat(
				check(new OutcomeEvent(OutcomeEvent.Kind.THERAPY_START, TODAY, null, TherapyGiven.ADVISED_OPTION, 2)))
			.isEmpty();
		assertThat(fields(new OutcomeEvent(OutcomeEvent.Kind.HSCT, TODAY, null, TherapyGiven.STANDARD, 1)))
			.containsExactly("therapyGiven:onlyForTherapy", "advisedOption:onlyForAdvised");
	}

	private static List<IntakeProblem> check(OutcomeEvent event) {
		return event.check(ADVICE, 2, TODAY);
	}

	private static List<String> fields(OutcomeEvent event) {
		return check(event).stream().map((p) -> p.field() + ":" + p.code()).toList();
	}

}
