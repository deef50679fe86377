package org.targetboard.core.boardcase;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The identifier of a case in URLs and the API: random (122 bits), so that it cannot be
 * guessed or enumerated, unlike the sequential pseudonym.
 *
 * @param value a random UUID
 */
public record PublicCaseId(UUID value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new random identifier.
	 */
	public static PublicCaseId random() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
		long most = 0;
		long least = 0;
		for (int i = 0; i < 8; i++) {
			most = (most << 8) | (bytes[i] & 0xff);
			least = (least << 8) | (bytes[i + 8] & 0xff);
		}
		return new PublicCaseId(new UUID(most, least));
	}

	/**
	 * Parses the text form.
	 * @throws IllegalArgumentException if the text is not a UUID
	 */
	public static PublicCaseId parse(String text) {
		return new PublicCaseId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
