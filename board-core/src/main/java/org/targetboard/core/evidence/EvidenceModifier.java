package org.targetboard.core.evidence;

/**
 * DNPM evidence modifiers ("Zusatzverweis", domain.md 1.5), combinable with any level.
 */
public enum EvidenceModifier {

	/** In-situ data on patient material support the level. */
	IS("is"),
	/**
	 * In-vitro or in-vivo data of the same entity support the level (the slot for ex-vivo
	 * DRP/BH3 support).
	 */
	IV("iv"),
	/** Drug approved for this biomarker by the EMA. */
	Z("Z"),
	/** Drug approved for this biomarker by the FDA only. */
	Z_FDA("Z(FDA)"),
	/** The biomarker predicts resistance. */
	R("R");

	private final String code;

	EvidenceModifier(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
