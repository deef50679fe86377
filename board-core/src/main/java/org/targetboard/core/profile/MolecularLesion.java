package org.targetboard.core.profile;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A molecular lesion. Fusions are normalised to {@code GENE1::GENE2}; protein changes are
 * checked as HGVS.
 *
 * @param type the kind of lesion
 * @param gene the gene (for a fusion: the 5' partner); HGNC symbol, upper case
 * @param partner the 3' fusion partner, for fusions
 * @param proteinChange HGVS protein change, e.g. {@code p.T315I} or {@code p.(Gly12Asp)}
 * @param vaf variant allele fraction, 0–1
 * @param germline whether the lesion is germline
 * @param assay how it was detected (e.g. RNA-seq, FISH, targeted NGS)
 */
public record MolecularLesion(Type type, String gene, @Nullable String partner, @Nullable String proteinChange,
		@Nullable Double vaf, boolean germline, @Nullable String assay) {

	// One- or three-letter amino-acid HGVS: p.T315I, p.(Gly12Asp), p.R882H, p.E55fs,
	// p.Q61*; also p.? / p.0.
	private static final Pattern PROTEIN_HGVS = Pattern.compile(
			"p\\.\\(?(([A-Z]([a-z]{2})?\\d+([A-Z]([a-z]{2})?|\\*|fs\\*?\\d*|del|dup|ins[A-Za-z]+|delins[A-Za-z]+|=)?)"
					+ "(_[A-Z]([a-z]{2})?\\d+(del|dup|ins[A-Za-z]+|delins[A-Za-z]+)?)?|\\?|0)\\)?");

	/**
	 * Duplications reported by their clinical name, not as HGVS (their exact extent
	 * varies from patient to patient): FLT3 internal tandem duplication, KMT2A partial
	 * tandem duplication.
	 */
	public static final java.util.Set<String> DUPLICATIONS = java.util.Set.of("ITD", "PTD");

	// An HGNC symbol as entered: letters, digits, dots and dashes, starting with a letter
	// or
	// digit (HLA-A, C11orf95, MT-ND1).
	private static final Pattern GENE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,39}");

	/** Kinds of lesion (product.md step 1). */
	public enum Type {

		SNV_INDEL, FUSION, AMPLIFICATION, DELETION, REARRANGEMENT, EXPRESSION_OUTLIER

	}

	public MolecularLesion {
		ProfileChecks.required("lesions.type", type);
		gene = ProfileChecks.required("lesions.gene", gene).toUpperCase(Locale.ROOT);
		partner = (partner == null || partner.isBlank()) ? null : partner.strip().toUpperCase(Locale.ROOT);
		if (type == Type.FUSION && partner == null) {
			String[] genes = gene.split("::|-|/|_");
			if (genes.length != 2) {
				throw new InvalidProfileException("lesions.gene", "fusionGenes",
						"of a fusion must name both genes as GENE1::GENE2");
			}
			gene = genes[0];
			partner = genes[1];
		}
		if (!GENE.matcher(gene).matches() || (partner != null && !GENE.matcher(partner).matches())) {
			throw new InvalidProfileException("lesions.gene", "geneSymbol",
					"must be an HGNC gene symbol (a fusion as GENE1::GENE2)");
		}
		if (proteinChange != null && !proteinChange.isBlank()) {
			proteinChange = proteinChange.strip();
			if (DUPLICATIONS.contains(proteinChange.toUpperCase(Locale.ROOT))) {
				proteinChange = proteinChange.toUpperCase(Locale.ROOT);
			}
			else if (!PROTEIN_HGVS.matcher(proteinChange).matches()) {
				throw new InvalidProfileException("lesions.proteinChange", "hgvs",
						"is not an HGVS protein change such as p.T315I or p.(Gly12Asp), or ITD for an internal "
								+ "tandem duplication");
			}
		}
		else {
			proteinChange = null;
		}
		assay = (assay == null || assay.isBlank()) ? null : assay.strip();
		if (vaf != null && !(vaf >= 0 && vaf <= 1)) {
			throw new InvalidProfileException("lesions.vaf", "fraction", "must be a fraction between 0 and 1");
		}
	}

	/** Whether the protein change is written in HGVS (not ITD or PTD). */
	public boolean hgvs() {
		return this.proteinChange != null && !DUPLICATIONS.contains(this.proteinChange);
	}

	/**
	 * The lesion's name as the board writes it: {@code BCR::ABL1}, {@code ABL1 p.T315I},
	 * {@code CDKN2A deletion}.
	 */
	public String label() {
		return switch (this.type) {
			case FUSION -> this.gene + "::" + this.partner;
			case SNV_INDEL ->
				(this.proteinChange != null) ? this.gene + " " + this.proteinChange : this.gene + " mutation";
			case AMPLIFICATION -> this.gene + " amplification";
			case DELETION -> this.gene + " deletion";
			case REARRANGEMENT -> this.gene + " rearrangement";
			case EXPRESSION_OUTLIER -> this.gene + " expression outlier";
		};
	}

	/**
	 * The amino-acid position and residue in one-letter form (e.g. {@code T315I} for
	 * p.Thr315Ile), for matching resistance mutations.
	 */
	public @Nullable String shortProteinChange() {
		if (this.proteinChange == null) {
			return null;
		}
		String change = this.proteinChange.replace("p.", "").replace("(", "").replace(")", "");
		for (String[] code : AminoAcids.CODES) {
			change = change.replace(code[0], code[1]);
		}
		return change;
	}

}
