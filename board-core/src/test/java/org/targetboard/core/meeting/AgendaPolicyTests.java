package org.targetboard.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

class AgendaPolicyTests {

	private static final LocalDate CUTOFF = LocalDate.of(2026, 12, 4);

	@Test
	void admitsACaseSubmittedByTheCutoffForItsTime() {
		assertThat(AgendaPolicy.refusals(CUTOFF, CUTOFF, 15)).isEmpty();
		assertThat(AgendaPolicy.refusals(CUTOFF, null, 120)).isEmpty();
	}

	@Test
	void refusesALateCaseAndATimeOutsideOneToTwoHoursWithReasons() {
		assertThat(AgendaPolicy.refusals(CUTOFF, CUTOFF.plusDays(1), 0)).extracting(IntakeProblem::code)
			.containsExactly("range", "afterCutoff");
		assertThat(AgendaPolicy.refusals(CUTOFF, CUTOFF.plusDays(1), 10).get(0).arguments())
			.containsExactly("2026-12-04");
		assertThat(AgendaPolicy.refusals(CUTOFF, CUTOFF, 121)).extracting(IntakeProblem::field)
			.containsExactly("minutes");
	}

	@Test
	void aMeetingHeldBeforeItWasRegisteredTakesCasesRegisteredLater() {
		assertThat(AgendaPolicy.refusals(CUTOFF, CUTOFF.plusYears(4), 20, true)).isEmpty();
	}

}
