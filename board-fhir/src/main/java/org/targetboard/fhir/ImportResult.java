package org.targetboard.fhir;

import java.util.List;

import org.targetboard.core.intake.CaseIntake;

/**
 * What an imported Bundle gave: the intake for a draft, and in words what was mapped,
 * normalised and ignored.
 *
 * @param intake the intake
 * @param mapped what was taken over
 * @param normalised what was changed on the way (e.g. gene symbols upper-cased)
 * @param ignored what the board does not take from a Bundle, and why
 */
public record ImportResult(CaseIntake intake, List<String> mapped, List<String> normalised, List<String> ignored) {

	public ImportResult {
		mapped = List.copyOf(mapped);
		normalised = List.copyOf(normalised);
		ignored = List.copyOf(ignored);
	}

}
