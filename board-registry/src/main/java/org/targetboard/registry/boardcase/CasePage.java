package org.targetboard.registry.boardcase;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param rows the cases on this page
 * @param total how many cases match, or as many as were counted when there are more
 * @param more whether more cases than {@code total} match (counting stops
 * {@link #COUNTED_AHEAD} cases after the page's first)
 * @param page this page, from 0
 * @param size rows per page
 */
public record CasePage(List<CaseListEntry> rows, long total, boolean more, int page, int size) {

	/** How many cases from the start of a page on are counted. */
	public static final int COUNTED_AHEAD = 1000;

	public CasePage {
		rows = List.copyOf(rows);
	}

	/** Whether a next page exists. */
	public boolean hasNext() {
		return this.more || this.page + 1 < pages();
	}

	/** How many pages there are (at least one), or were counted when there are more. */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
