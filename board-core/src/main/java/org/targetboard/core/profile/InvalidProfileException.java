package org.targetboard.core.profile;

/**
 * A case profile value that cannot be accepted, with the field it concerns. Messages
 * quote no submitted value.
 */
public class InvalidProfileException extends IllegalArgumentException {

	private final String field;

	private final String code;

	private final Object[] arguments;

	/**
	 * Creates the exception.
	 * @param field the field, as a path of the case format (e.g. {@code lesions.vaf})
	 * @param code a stable code of the problem, for looking up localised text
	 * @param problem the problem in English, completing a sentence that starts with the
	 * field
	 * @param arguments values of the rule (never submitted values) for the localised text
	 */
	public InvalidProfileException(String field, String code, String problem, Object... arguments) {
		super(field + " " + problem);
		this.field = field;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	/** A stable code of the problem, e.g. {@code range} or {@code hgvs}. */
	public String code() {
		return this.code;
	}

	/** The rule's values (limits, examples) for the localised text. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
