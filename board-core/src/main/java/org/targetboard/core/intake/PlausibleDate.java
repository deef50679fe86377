package org.targetboard.core.intake;

import java.time.LocalDate;

/**
 * The rule for every date that enters the board: a calendar date between 1900 and 2199.
 * Patients are under 25 and the board was founded in this century, so anything outside is
 * a typing error or hostile input (PostgreSQL would silently shift year 0 and refuse far
 * years with an error).
 */
public final class PlausibleDate {

	/** The earliest date accepted. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date accepted (future dates are refused by each rule that needs to). */
	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private PlausibleDate() {
	}

	public static boolean isPlausible(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

}
