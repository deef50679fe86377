package org.targetboard.core.evidence;

/**
 * DNPM/ZPM evidence levels (Leichsenring et al., Int J Cancer 2019; MII Molekulares
 * Tumorboard; domain.md 1.5) with the approximate ESCAT and OncoKB equivalents of
 * domain.md 1.6, which are for display only: the schemes are not isomorphic.
 */
public enum EvidenceLevel {

	/** Prospective biomarker-stratified study in the same entity. */
	M1A("m1A", "I-A/I-B", "1 (if approved) / 3A", "prospective study in the same entity"),
	/** Retrospective cohort in the same entity. */
	M1B("m1B", "II-A", "3A", "cohort study in the same entity"),
	/** Case reports in the same entity. */
	M1C("m1C", "II-B", "3A (weak)", "case reports or small series in the same entity"),
	/** Prospective study in another entity. */
	M2A("m2A", "III-A", "3B", "prospective study in another entity"),
	/** Retrospective cohort in another entity. */
	M2B("m2B", "III-A", "3B", "cohort study in another entity"),
	/** Case reports, any entity. */
	M2C("m2C", "III-A (weak)", "3B (weak)", "case reports in any entity"),
	/** Preclinical models. */
	M3("m3", "IV-A", "4", "preclinical models"),
	/** Biological rationale only. */
	M4("m4", "IV-B / X", "4 (weak)", "biological rationale only");

	private final String code;

	private final String escat;

	private final String oncoKb;

	private final String meaning;

	EvidenceLevel(String code, String escat, String oncoKb, String meaning) {
		this.code = code;
		this.escat = escat;
		this.oncoKb = oncoKb;
		this.meaning = meaning;
	}

	/** What the level means, in words. */
	public String meaning() {
		return this.meaning;
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
