package org.targetboard.core.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When follow-up is due: every period (3 months by default) after the advice, until
 * death, loss to follow-up, consent withdrawal, closure or the end of the study (8 years
 * after the advice, product.md step 8).
 *
 * @param period the interval between follow-ups
 * @param studyLength how long after the advice follow-up continues at most
 */
public record FollowUpSchedule(Period period, Period studyLength) {

	/** The default: three-monthly for eight years. */
	public static final FollowUpSchedule DEFAULT = new FollowUpSchedule(Period.ofMonths(3), Period.ofYears(8));

	/**
	 * The next follow-up not yet reported, if follow-up continues.
	 * @param adviceDate the day the first advice was issued
	 * @param reported the due dates already reported
	 * @param ended whether follow-up has ended (death, loss, withdrawal, closure)
	 */
	public @Nullable LocalDate nextDue(LocalDate adviceDate, Collection<LocalDate> reported, boolean ended) {
		if (ended) {
			return null;
		}
		LocalDate end = adviceDate.plus(this.studyLength);
		for (int k = 1;; k++) {
			LocalDate due = adviceDate.plus(this.period.multipliedBy(k));
			if (due.isAfter(end)) {
				return null;
			}
			if (!reported.contains(due)) {
				return due;
			}
		}
	}

	/** The due dates up to a day, for showing the schedule. */
	public List<LocalDate> dueDatesUntil(LocalDate adviceDate, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate end = adviceDate.plus(this.studyLength);
		for (int k = 1;; k++) {
			LocalDate due = adviceDate.plus(this.period.multipliedBy(k));
			if (due.isAfter(until) || due.isAfter(end)) {
				return dates;
			}
			dates.add(due);
		}
	}

}
