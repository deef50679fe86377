package org.targetboard.core.profile;

/**
 * A case profile value that cannot be accepted, with the field it concerns. Messages
 * quote no submitted value.
 */
public class InvalidProfileException extends IllegalArgumentException {

	private final String field;

	public InvalidProfileException(String field, String problem) {
		super(field + " " + problem);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
