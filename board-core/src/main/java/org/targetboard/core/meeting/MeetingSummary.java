package org.targetboard.core.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A meeting as the list of meetings shows it.
 *
 * @param id the identifier
 * @param title the title
 * @param startsAt the start
 * @param timeZone the zone it was planned in
 * @param chair the chair's username
 * @param cases how many cases are on its agenda
 */
public record MeetingSummary(MeetingId id, String title, Instant startsAt, ZoneId timeZone, String chair, int cases) {

	/** The start in the meeting's own zone. */
	public ZonedDateTime localStart() {
		return this.startsAt.atZone(this.timeZone);
	}

}
