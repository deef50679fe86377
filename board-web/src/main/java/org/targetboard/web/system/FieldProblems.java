package org.targetboard.web.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.targetboard.core.intake.IntakeProblem;

/**
 * Puts the domain's field problems beside the form's fields: a problem whose path names a
 * form field is shown next to it, any other at the top of the form.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	/**
	 * Rejects each problem under {@code prefix + code}, mapping domain paths to form
	 * paths.
	 */
	public static void reject(Errors errors, List<IntakeProblem> problems, String prefix,
			UnaryOperator<String> toFormField) {
		for (IntakeProblem problem : problems) {
			String field = toFormField.apply(problem.field());
			Object[] arguments = problem.arguments().toArray();
			if (isFormField(errors, field)) {
				errors.rejectValue(field, prefix + problem.code(), arguments, problem.message());
			}
			else {
				errors.reject(prefix + problem.code(), arguments, problem.message());
			}
		}
	}

	/**
	 * The problems as one sentence for a message at the top of a page.
	 */
	public static String text(MessageSource messages, List<IntakeProblem> problems, String prefix, Locale locale) {
		return problems.stream()
			.map((problem) -> messages.getMessage(prefix + problem.code(), problem.arguments().toArray(),
					problem.message(), locale))
			.collect(Collectors.joining(" "));
	}

	private static boolean isFormField(Errors errors, String field) {
		try {
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
