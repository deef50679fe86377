package org.targetboard.web.boardcase;

import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.PublicCaseId;

/**
 * Parses case identifiers from URLs; a malformed one is simply a case that does not
 * exist.
 */
public final class CaseIds {

	private CaseIds() {
	}

	public static PublicCaseId parse(String text) {
		try {
			return PublicCaseId.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CaseNotFoundException();
		}
	}

}
