package org.targetboard.core.intake;

import java.util.List;

/**
 * Free text looks as if it identifies a patient, and the centre has not stated why it
 * does not (see {@link IdentifierOverride}). Nothing was stored. The warnings name
 * fields, never the text.
 */
public class PossibleIdentifiersException extends RuntimeException {

	private final List<IntakeProblem> warnings;

	public PossibleIdentifiersException(List<IntakeProblem> warnings) {
		super("possible identifiers in " + warnings.size() + " field(s)");
		this.warnings = List.copyOf(warnings);
	}

	public List<IntakeProblem> warnings() {
		return this.warnings;
	}

}
