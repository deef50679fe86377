package org.targetboard.web.history;

import java.util.List;

import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;

/**
 * The file or the mapping of an import cannot be used at all ({@code file},
 * {@code mapping}); refusals of single records are in the import's report instead.
 */
public class InvalidImportException extends InvalidInputException {

	InvalidImportException(List<IntakeProblem> problems) {
		super(problems);
	}

}
