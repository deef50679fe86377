package org.targetboard.core.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * Whether a case may take a place on a meeting's agenda, with the reasons when it may
 * not: its time on the agenda lies between 1 and 120 minutes, and it was submitted by the
 * meeting's cut-off, so that members had the days before the meeting to review it
 * (product.md, step 4). Consent for discussion is the case's own rule (scheduling).
 */
public final class AgendaPolicy {

	/** The longest time one case may take on an agenda. */
	public static final int MAX_MINUTES = 120;

	private AgendaPolicy() {
	}

	/**
	 * @param cutoff the meeting's submission cut-off
	 * @param submitted the day the case was (last) submitted, if known
	 * @param minutes the time asked for the case
	 * @return the reasons the case may not be placed, each on its field; empty when it
	 * may
	 */
	public static List<IntakeProblem> refusals(LocalDate cutoff, @Nullable LocalDate submitted, int minutes) {
		return refusals(cutoff, submitted, minutes, false);
	}

	/**
	 * @param retrospective the meeting was held before it was registered here: its cases
	 * are registered later than its cut-off, and only the time is checked
	 * @see #refusals(LocalDate, LocalDate, int)
	 */
	public static List<IntakeProblem> refusals(LocalDate cutoff, @Nullable LocalDate submitted, int minutes,
			boolean retrospective) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (minutes < 1 || minutes > MAX_MINUTES) {
			problems.add(new IntakeProblem("minutes", "range", "must lie between 1 and " + MAX_MINUTES,
					List.of("1", Integer.toString(MAX_MINUTES))));
		}
		if (!retrospective && submitted != null && submitted.isAfter(cutoff)) {
			problems.add(new IntakeProblem("caseId", "afterCutoff",
					"was submitted after the meeting's submission cut-off", List.of(cutoff.toString())));
		}
		return problems;
	}

}
