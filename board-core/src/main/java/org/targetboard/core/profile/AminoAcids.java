package org.targetboard.core.profile;

/**
 * Three-letter to one-letter amino-acid codes, for comparing HGVS protein changes written
 * either way.
 */
final class AminoAcids {

	static final String[][] CODES = { { "Ala", "A" }, { "Arg", "R" }, { "Asn", "N" }, { "Asp", "D" }, { "Cys", "C" },
			{ "Gln", "Q" }, { "Glu", "E" }, { "Gly", "G" }, { "His", "H" }, { "Ile", "I" }, { "Leu", "L" },
			{ "Lys", "K" }, { "Met", "M" }, { "Phe", "F" }, { "Pro", "P" }, { "Ser", "S" }, { "Thr", "T" },
			{ "Trp", "W" }, { "Tyr", "Y" }, { "Val", "V" }, { "Ter", "*" } };

	private AminoAcids() {
	}

}
