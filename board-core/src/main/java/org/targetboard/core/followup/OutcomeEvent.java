package org.targetboard.core.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * An event a centre reports the day it learns of it, between the scheduled follow-ups: a
 * death three weeks after the advice cannot wait for the three-month report. It feeds the
 * same outcome measures as the reports.
 *
 * @param kind what happened
 * @param occurredOn the date it happened; for a loss to follow-up, the last date the
 * patient was known alive
 * @param causeOfDeath for a death: its cause
 * @param therapyGiven for a therapy start: which therapy (never {@code NONE})
 * @param advisedOption for an advised therapy: the number of the recommendation given
 */
public record OutcomeEvent(@Nullable Kind kind, @Nullable LocalDate occurredOn, @Nullable CauseOfDeath causeOfDeath,
		@Nullable TherapyGiven therapyGiven, @Nullable Integer advisedOption) {

	/** What happened. */
	public enum Kind {

		/** Death of any cause. */
		DEATH,
		/** Relapse or progression. */
		RELAPSE,
		/** Start of a therapy. */
		THERAPY_START,
		/** Allogeneic HSCT. */
		HSCT,
		/** CAR-T infusion. */
		CAR_T,
		/** Loss to follow-up. */
		LOST_TO_FOLLOW_UP;

		/** Whether follow-up ends with this event. */
		public boolean endsFollowUp() {
			return this == DEATH || this == LOST_TO_FOLLOW_UP;
		}

	}

	/** Whether follow-up ends with this event. */
	public boolean endsFollowUp() {
		return this.kind != null && this.kind.endsFollowUp();
	}

	/**
	 * The rules of an event, each tied to its field: the date lies between the advice and
	 * today (a death ends follow-up, so nothing comes after it); a death has its cause; a
	 * therapy start says which therapy, and an advised one which recommendation.
	 * @param adviceDate the effective date of the first advice
	 * @param recommendations how many recommendations the advice in force has
	 * @param today the current date
	 */
	public List<IntakeProblem> check(LocalDate adviceDate, int recommendations, LocalDate today) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (this.kind == null) {
			problems.add(new IntakeProblem("kind", "required", "is required"));
		}
		if (this.occurredOn == null) {
			problems.add(new IntakeProblem("occurredOn", "required", "is required"));
		}
		else if (this.occurredOn.isAfter(today)) {
			problems.add(new IntakeProblem("occurredOn", "future", "cannot be in the future"));
		}
		else if (this.occurredOn.isBefore(adviceDate)) {
			problems.add(new IntakeProblem("occurredOn", "beforeAdvice", "cannot be before the advice",
					List.of(adviceDate.toString())));
		}
		if (this.kind == Kind.DEATH && this.causeOfDeath == null) {
			problems.add(new IntakeProblem("causeOfDeath", "required", "is required"));
		}
		else if (this.kind != Kind.DEATH && this.causeOfDeath != null) {
			problems.add(new IntakeProblem("causeOfDeath", "onlyForDeath", "is only recorded for a death"));
		}
		if (this.kind == Kind.THERAPY_START) {
			if (this.therapyGiven == null || this.therapyGiven == TherapyGiven.NONE) {
				problems.add(new IntakeProblem("therapyGiven", "required", "is required"));
			}
			else if (this.therapyGiven == TherapyGiven.ADVISED_OPTION) {
				if (this.advisedOption == null) {
					problems.add(new IntakeProblem("advisedOption", "required", "is required: which advised option"));
				}
				else if (this.advisedOption < 1 || this.advisedOption > recommendations) {
					problems
						.add(new IntakeProblem("advisedOption", "range", "must be one of the advised recommendations",
								List.of("1", Integer.toString(recommendations))));
				}
			}
		}
		else if (this.therapyGiven != null) {
			problems.add(new IntakeProblem("therapyGiven", "onlyForTherapy", "is only recorded for a therapy start"));
		}
		if (this.advisedOption != null && this.therapyGiven != TherapyGiven.ADVISED_OPTION) {
			problems.add(new IntakeProblem("advisedOption", "onlyForAdvised", "is only recorded for advised therapy"));
		}
		return problems;
	}

}
