package org.targetboard.core.centre;

import java.util.regex.Pattern;

/**
 * The short code of a national coordinating centre (e.g. {@code NL}); it prefixes the
 * pseudonyms of its cases.
 *
 * @param value two or three upper-case letters
 */
public record CentreCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,3}");

	public CentreCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A centre code is two or three upper-case letters");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
