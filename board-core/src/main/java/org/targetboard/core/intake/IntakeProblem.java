package org.targetboard.core.intake;

import java.util.List;

/**
 * One reason a case cannot be saved or submitted, tied to a field of the case format
 * (e.g. {@code relapseDate} or {@code history[1].start}).
 *
 * @param field the field path, as in the JSON case format and the form
 * @param code the rule, a stable key for localised text ({@code intake.problem.<code>})
 * @param message the rule in English, completing a sentence that starts with the field
 * @param arguments the rule's values (limits) for the localised text; never submitted
 * values
 */
public record IntakeProblem(String field, String code, String message, List<String> arguments) {

	public IntakeProblem {
		arguments = List.copyOf(arguments);
	}

	public IntakeProblem(String field, String code, String message) {
		this(field, code, message, List.of());
	}

}
