package org.targetboard.web.meeting;

import java.time.Instant;

import org.targetboard.core.meeting.MeetingSummary;

/**
 * A meeting in the list, its identifier in the same text form as everywhere else.
 *
 * @param id the meeting
 * @param title its title
 * @param startsAt its start
 * @param timeZone the zone its start was given in
 * @param chair the chair
 * @param cases how many cases its agenda holds
 */
record ListedMeeting(String id, String title, Instant startsAt, String timeZone, String chair, int cases) {

	static ListedMeeting of(MeetingSummary meeting) {
		return new ListedMeeting(meeting.id().toString(), meeting.title(), meeting.startsAt(),
				meeting.timeZone().getId(), meeting.chair(), meeting.cases());
	}

}
