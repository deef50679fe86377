package org.targetboard.prioritization.json;

/**
 * A case document that cannot be read, with the field it concerns. The message never
 * quotes submitted values.
 */
public class InvalidCaseException extends RuntimeException {

	private final String field;

	private final String problem;

	public InvalidCaseException(String field, String problem) {
		super((field.isEmpty() ? "" : field + ": ") + problem);
		this.field = field;
		this.problem = problem;
	}

	/**
	 * The JSON path of the field, e.g. {@code lesions[1].proteinChange}; empty for the
	 * document as a whole.
	 */
	public String field() {
		return this.field;
	}

	/** What is wrong with the field, without the field. */
	public String problem() {
		return this.problem;
	}

}
