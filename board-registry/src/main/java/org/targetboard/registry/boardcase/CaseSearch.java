package org.targetboard.registry.boardcase;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * What a case list is narrowed to and how it is ordered. Every criterion is optional; the
 * viewer's scope always applies on top.
 *
 * @param pseudonym the start of a pseudonym (e.g. {@code NL-2026}), case-insensitive
 * @param status one state
 * @param diagnosis one diagnosis
 * @param centre one centre's code (for readers who see several centres)
 * @param sort the order
 * @param page the page, from 0
 * @param size rows per page
 */
public record CaseSearch(@Nullable String pseudonym, @Nullable CaseStatus status, @Nullable Diagnosis diagnosis,
		@Nullable String centre, Sort sort, int page, int size) {

	/** The most rows one page shows. */
	public static final int MAX_SIZE = 100;

	public CaseSearch {
		pseudonym = (pseudonym == null || pseudonym.isBlank()) ? null : pseudonym.strip();
		if (pseudonym != null && pseudonym.length() > 40) {
			pseudonym = pseudonym.substring(0, 40);
		}
		centre = (centre == null || centre.isBlank()) ? null : centre.strip().toUpperCase(Locale.ROOT);
		sort = (sort != null) ? sort : Sort.UPDATED;
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), MAX_SIZE);
	}

	/**
	 * The pseudonym as a LIKE pattern: a prefix, with the pattern's own characters
	 * escaped away.
	 */
	@Nullable String pseudonymPattern() {
		return (this.pseudonym == null) ? null
				: this.pseudonym.toUpperCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%";
	}

	/** The orders a case list offers. */
	public enum Sort {

		/** Most recently changed first. */
		UPDATED,
		/** By pseudonym. */
		PSEUDONYM,
		/** By state, then most recently changed. */
		STATUS

	}

}
