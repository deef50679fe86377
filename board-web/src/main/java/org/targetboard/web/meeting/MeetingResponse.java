package org.targetboard.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.meeting.AgendaItem;
import org.targetboard.core.meeting.Meeting;

/**
 * A meeting with its agenda.
 *
 * @param id the meeting
 * @param title its title
 * @param startsAt its start
 * @param timeZone the zone its start was given in
 * @param durationMinutes its length
 * @param submissionCutoff the last day of submission for its agenda
 * @param chair the chair
 * @param members the members with attendance, once recorded
 * @param agenda the cases in order
 * @param version the version for {@code If-Match}
 * @param agendaSentAt when the agenda was last mailed
 */
record MeetingResponse(String id, String title, Instant startsAt, String timeZone, int durationMinutes,
		LocalDate submissionCutoff, String chair, List<Meeting.Member> members, List<Item> agenda, long version,
		@Nullable Instant agendaSentAt) {

	static MeetingResponse of(Meeting meeting) {
		return new MeetingResponse(meeting.id().toString(), meeting.title(), meeting.startsAt(),
				meeting.timeZone().getId(), meeting.durationMinutes(), meeting.submissionCutoff(), meeting.chair(),
				meeting.members(), meeting.agenda().stream().map(Item::of).toList(), meeting.version(),
				meeting.agendaSentAt());
	}

	/**
	 * A case on the agenda.
	 *
	 * @param caseId the case
	 * @param pseudonym its pseudonym
	 * @param centre its centre
	 * @param diagnosis its diagnosis
	 * @param status its state
	 * @param position its place
	 * @param minutes the time planned for it
	 * @param notes the discussion notes
	 * @param notesVersion the notes' version for {@code If-Match}
	 * @param notesUpdatedBy who last changed the notes
	 * @param notesUpdatedAt when
	 */
	record Item(String caseId, String pseudonym, String centre, @Nullable Diagnosis diagnosis, CaseStatus status,
			int position, int minutes, @Nullable String notes, long notesVersion, @Nullable String notesUpdatedBy,
			@Nullable Instant notesUpdatedAt) {

		static Item of(AgendaItem item) {
			return new Item(item.caseId().toString(), item.pseudonym().toString(), item.centre().value(),
					item.diagnosis(), item.status(), item.position(), item.minutes(), item.notes(), item.notesVersion(),
					item.notesUpdatedBy(), item.notesUpdatedAt());
		}

	}

}
