package org.targetboard.prioritization.knowledge;

/**
 * Kinds of treatment option the engine ranks and the chair can advise (product.md step
 * 7).
 */
public enum OptionType {

	TARGETED_AGENT, IMMUNOTHERAPY, CAR_T, CHEMOTHERAPY, TRIAL, HSCT, FURTHER_DIAGNOSTICS, STANDARD_RELAPSE_PROTOCOL

}
