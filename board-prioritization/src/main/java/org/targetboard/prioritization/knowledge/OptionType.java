package org.targetboard.prioritization.knowledge;

/**
 * Kinds of treatment option the engine ranks and the chair can advise (product.md step
 * 7).
 */
public enum OptionType {

	TARGETED_AGENT, IMMUNOTHERAPY, CAR_T, CHEMOTHERAPY, CHEMOTHERAPY_REGIMEN, TRIAL, HSCT, STANDARD_RELAPSE_PROTOCOL,
	OBSERVATION, FURTHER_DIAGNOSTICS, CNS_DIRECTED_THERAPY, RADIOTHERAPY;

	/**
	 * Whether boards give this kind of option alongside a treatment rather than instead
	 * of one: diagnostics and local therapy of extramedullary disease. Such options are
	 * listed apart and do not take a place in the treatment ranking.
	 */
	public boolean alongside() {
		return this == FURTHER_DIAGNOSTICS || this == CNS_DIRECTED_THERAPY || this == RADIOTHERAPY;
	}

}
