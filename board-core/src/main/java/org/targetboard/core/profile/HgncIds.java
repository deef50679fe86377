package org.targetboard.core.profile;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HGNC ids of the gene symbols the knowledge base knows ({@code BRAF} is
 * {@code HGNC:1097}): symbols change, ids do not, so exchange formats code genes by id
 * (FHIR Genomics Reporting, the MII tumour-board module).
 *
 * @param bySymbol the id of each symbol
 */
public record HgncIds(Map<String, String> bySymbol) {

	private static final Pattern ID = Pattern.compile("HGNC:[1-9][0-9]{0,5}");

	public HgncIds {
		bySymbol = Map.copyOf(bySymbol);
		for (Map.Entry<String, String> entry : bySymbol.entrySet()) {
			if (!ID.matcher(entry.getValue()).matches()) {
				throw new IllegalArgumentException("not an HGNC id for " + entry.getKey());
			}
		}
		if (bySymbol.values().stream().distinct().count() != bySymbol.size()) {
			throw new IllegalArgumentException("two symbols share an HGNC id");
		}
	}

	/** No ids: genes are then exchanged by symbol alone. */
	public static HgncIds none() {
		return new HgncIds(Map.of());
	}

	/** The id of a symbol, if the knowledge base knows the gene. */
	public Optional<String> id(String symbol) {
		return Optional.ofNullable(this.bySymbol.get(symbol));
	}

	/**
	 * The symbol of an id ({@code HGNC:1097} or {@code 1097}), if the knowledge base
	 * knows it.
	 */
	public Optional<String> symbol(String id) {
		String full = id.startsWith("HGNC:") ? id : "HGNC:" + id;
		return this.bySymbol.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(full))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
