package org.targetboard.web.boardcase;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.PublicCaseId;

/**
 * Parses case identifiers from URLs; a malformed one is simply a case that does not
 * exist.
 */
public final class CaseIds {

	private CaseIds() {
	}

	public static PublicCaseId parse(@Nullable String text) {
		if (text == null) {
			throw new CaseNotFoundException();
		}
		try {
			return PublicCaseId.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CaseNotFoundException();
		}
	}

}
