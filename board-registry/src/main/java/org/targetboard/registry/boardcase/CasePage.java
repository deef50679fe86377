package org.targetboard.registry.boardcase;

import java.util.List;

/**
 * One page of a case list.
 *
 * @param rows the cases on this page
 * @param total how many cases match
 * @param page this page, from 0
 * @param size rows per page
 */
public record CasePage(List<CaseListEntry> rows, long total, int page, int size) {

	public CasePage {
		rows = List.copyOf(rows);
	}

	/** How many pages there are (at least one). */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
