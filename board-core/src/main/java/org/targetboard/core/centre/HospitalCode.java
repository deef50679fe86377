package org.targetboard.core.centre;

import java.util.regex.Pattern;

/**
 * The short code of a treating hospital: its national coordinating centre's code, a
 * hyphen and the hospital's own letters (e.g. {@code ES-SJD}).
 *
 * @param value the code
 */
public record HospitalCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,3}-[A-Z0-9]{2,10}");

	public HospitalCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A hospital code is the centre's code, a hyphen and 2 to 10 letters");
		}
	}

	/**
	 * Whether the text is a well-formed hospital code, for refusing input field by field.
	 */
	public static boolean isWellFormed(String value) {
		return FORMAT.matcher(value).matches();
	}

	/** Whether the centre coordinates the hospital: its code starts with the centre's. */
	public boolean belongsTo(CentreCode centre) {
		return this.value.startsWith(centre.value() + "-");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
