package org.targetboard.prioritization.trial;

import java.util.List;

/**
 * One eligibility criterion of one trial for one case.
 *
 * @param criterion what is required, in words
 * @param outcome met, not met or unknown
 * @param detail what the case shows, or why it cannot be told
 * @param missing the case fields that would decide an unknown criterion
 */
public record CriterionResult(String criterion, Outcome outcome, String detail, List<String> missing) {

	public CriterionResult {
		missing = List.copyOf(missing);
	}

	/** The judgement. */
	public enum Outcome {

		MET, NOT_MET, UNKNOWN

	}

	static CriterionResult met(String criterion, String detail) {
		return new CriterionResult(criterion, Outcome.MET, detail, List.of());
	}

	static CriterionResult notMet(String criterion, String detail) {
		return new CriterionResult(criterion, Outcome.NOT_MET, detail, List.of());
	}

	static CriterionResult unknown(String criterion, String detail, String... missing) {
		return new CriterionResult(criterion, Outcome.UNKNOWN, detail, List.of(missing));
	}

}
