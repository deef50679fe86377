package org.targetboard.core.meeting;

import java.time.Instant;

/**
 * A board member's comment on a case, left before or during a meeting.
 *
 * @param author the member's username
 * @param body the text
 * @param createdAt when it was written
 */
public record Comment(String author, String body, Instant createdAt) {

	/** The longest comment. */
	public static final int MAX_BODY = 4000;

}
