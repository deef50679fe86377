package org.targetboard.prioritization.evidence;

/**
 * DNPM/ZPM evidence levels (Leichsenring et al., Int J Cancer 2019; MII Molekulares
 * Tumorboard; domain.md 1.5) with the approximate ESCAT and OncoKB equivalents of
 * domain.md 1.6, which are for display only: the schemes are not isomorphic.
 */
public enum EvidenceLevel {

	/** Prospective biomarker-stratified study in the same entity. */
	M1A("m1A", "I-A/I-B", "1 (if approved) / 3A"),
	/** Retrospective cohort in the same entity. */
	M1B("m1B", "II-A", "3A"),
	/** Case reports in the same entity. */
	M1C("m1C", "II-B", "3A (weak)"),
	/** Prospective study in another entity. */
	M2A("m2A", "III-A", "3B"),
	/** Retrospective cohort in another entity. */
	M2B("m2B", "III-A", "3B"),
	/** Case reports, any entity. */
	M2C("m2C", "III-A (weak)", "3B (weak)"),
	/** Preclinical models. */
	M3("m3", "IV-A", "4"),
	/** Biological rationale only. */
	M4("m4", "IV-B / X", "4 (weak)");

	private final String code;

	private final String escat;

	private final String oncoKb;

	EvidenceLevel(String code, String escat, String oncoKb) {
		this.code = code;
		this.escat = escat;
		this.oncoKb = oncoKb;
	}

	/** The DNPM code, e.g. {@code m1B}. */
	public String code() {
		return this.code;
	}

	/** The approximate ESCAT tier. */
	public String escat() {
		return this.escat;
	}

	/** The approximate OncoKB level. */
	public String oncoKb() {
		return this.oncoKb;
	}

}
