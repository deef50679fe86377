package org.targetboard.web.meeting;

import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingNotFoundException;

/**
 * Parses meeting identifiers from URLs; a malformed one is a meeting that does not exist.
 */
final class MeetingIds {

	private MeetingIds() {
	}

	static MeetingId parse(String text) {
		try {
			return MeetingId.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new MeetingNotFoundException();
		}
	}

}
