package org.targetboard.core.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fusion notation of the board: {@code GENE1::GENE2} (HGNC). Coordinators often write
 * {@code BCR-ABL1}, {@code BCR/ABL1} or {@code BCR_ABL1}; those are accepted and
 * rewritten.
 */
public final class Fusions {

	private static final Pattern GENE = Pattern.compile("[A-Z0-9][A-Z0-9.-]*[A-Z0-9]|[A-Z0-9]");

	private Fusions() {
	}

	/**
	 * The fusion in board notation, if the text names exactly two genes.
	 */
	public static Optional<String> normalise(String text) {
		String cleaned = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
		String[] genes = cleaned.contains("::") ? cleaned.split("::") : cleaned.split("[-/_]");
		if (genes.length != 2 || !GENE.matcher(genes[0]).matches() || !GENE.matcher(genes[1]).matches()) {
			return Optional.empty();
		}
		return Optional.of(genes[0] + "::" + genes[1]);
	}

}
