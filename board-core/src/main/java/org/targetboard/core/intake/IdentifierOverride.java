package org.targetboard.core.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The centre's statement that text the {@link IdentifierScreen} flagged identifies no
 * patient, with its reason (for example "the date is the relapse date"). It is audited,
 * and the flagged text stays hidden from the board until the board office releases it.
 *
 * @param reason why the flagged text is not an identifier
 */
public record IdentifierOverride(String reason) {

	/** Longest reason, in characters. */
	public static final int MAX_REASON = 500;

	public IdentifierOverride {
		List<IntakeProblem> problems = check(reason);
		if (!problems.isEmpty()) {
			throw new IncompleteCaseException(problems);
		}
		reason = reason.strip();
	}

	/**
	 * An override when the caller confirmed the flagged text, else {@code null}.
	 * @throws IncompleteCaseException when confirmed without a valid reason
	 */
	public static @Nullable IdentifierOverride of(boolean confirmed, @Nullable String reason) {
		// A missing reason is checked, and refused, as a blank one.
		return confirmed ? new IdentifierOverride((reason != null) ? reason : "") : null;
	}

	private static List<IntakeProblem> check(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			return List.of(new IntakeProblem("identifierOverrideReason", "overrideReason",
					"is required: say why the flagged text identifies no patient"));
		}
		if (reason.length() > MAX_REASON) {
			return List.of(new IntakeProblem("identifierOverrideReason", "tooLong",
					"must be at most " + MAX_REASON + " characters", List.of(Integer.toString(MAX_REASON))));
		}
		if (!PlainText.isPlain(reason)) {
			return List.of(new IntakeProblem("identifierOverrideReason", "plainText", "must be plain text"));
		}
		return List.of();
	}

}
