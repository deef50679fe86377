package org.targetboard.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting with its agenda, as read by a board member.
 *
 * @param id the identifier
 * @param title the title
 * @param startsAt the start
 * @param timeZone the zone the meeting was planned in
 * @param durationMinutes the planned length
 * @param submissionCutoff the last submission day for its agenda
 * @param chair the chair's username
 * @param members the members with their attendance
 * @param agenda the cases in agenda order
 * @param version the optimistic-locking version
 * @param agendaSentAt when members were last sent the agenda
 * @param retrospective the meeting was held before it was registered here
 */
public record Meeting(MeetingId id, String title, Instant startsAt, ZoneId timeZone, int durationMinutes,
		LocalDate submissionCutoff, String chair, List<Member> members, List<AgendaItem> agenda, long version,
		@Nullable Instant agendaSentAt, boolean retrospective) {

	public Meeting {
		members = List.copyOf(members);
		agenda = List.copyOf(agenda);
	}

	/** The start in the meeting's own zone. */
	public ZonedDateTime localStart() {
		return this.startsAt.atZone(this.timeZone);
	}

	/** The minutes planned for all agenda cases together. */
	public int plannedMinutes() {
		return this.agenda.stream().mapToInt(AgendaItem::minutes).sum();
	}

	/** The agenda item at a position (1-based), if there is one. */
	public @Nullable AgendaItem itemAt(int position) {
		return this.agenda.stream().filter((item) -> item.position() == position).findFirst().orElse(null);
	}

	/**
	 * A member of the meeting.
	 *
	 * @param username the account
	 * @param attended whether they attended, once recorded
	 */
	public record Member(String username, @Nullable Boolean attended) {
	}

}
