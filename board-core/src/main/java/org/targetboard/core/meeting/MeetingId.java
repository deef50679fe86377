package org.targetboard.core.meeting;

import java.util.UUID;

/**
 * The identifier of a meeting in URLs: random, like a case's.
 *
 * @param value a random UUID
 */
public record MeetingId(UUID value) {

	/** A new random identifier. */
	public static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	/**
	 * Parses the text form.
	 * @throws IllegalArgumentException if the text is not a UUID
	 */
	public static MeetingId parse(String text) {
		return new MeetingId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
