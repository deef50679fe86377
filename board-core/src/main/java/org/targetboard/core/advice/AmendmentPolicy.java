package org.targetboard.core.advice;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * When a draft may be started, with the reasons when it may not: the first advice of a
 * discussed case needs no reason; once advice has been issued, a new draft amends it and
 * must say why (its reason is printed on the amended letter), within the length of the
 * advice's texts.
 */
public final class AmendmentPolicy {

	private AmendmentPolicy() {
	}

	/**
	 * @param issuedVersions how many versions of the advice have been issued
	 * @param amendmentReason the reason given, if any
	 * @return the reasons the draft may not be started, on {@code amendmentReason}
	 */
	public static List<IntakeProblem> refusals(int issuedVersions, @Nullable String amendmentReason) {
		if (issuedVersions == 0) {
			return List.of();
		}
		if (amendmentReason == null || amendmentReason.isBlank()) {
			return List.of(new IntakeProblem("amendmentReason", "required",
					"is required: say why the issued advice is amended"));
		}
		if (amendmentReason.length() > AdviceDraft.MAX_TEXT) {
			return List.of(new IntakeProblem("amendmentReason", "tooLong",
					"must be at most " + AdviceDraft.MAX_TEXT + " characters",
					List.of(Integer.toString(AdviceDraft.MAX_TEXT))));
		}
		return List.of();
	}

}
