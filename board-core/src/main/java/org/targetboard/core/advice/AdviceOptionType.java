package org.targetboard.core.advice;

/**
 * What kind of option the board advises (product.md step 7).
 */
public enum AdviceOptionType {

	/** Enrolment in a clinical trial (NCT or EU CT number, and the arm). */
	TRIAL,
	/** A targeted agent used off-label. */
	OFF_LABEL_TARGETED,
	/** A drug through a compassionate-use or expanded-access programme. */
	COMPASSIONATE_USE,
	/** Antibody or antibody-drug conjugate, bispecific engager. */
	IMMUNOTHERAPY,
	/** Allogeneic haematopoietic stem-cell transplantation. */
	HSCT,
	/** CAR-T cell therapy. */
	CAR_T,
	/** Further diagnostics before a decision, e.g. drug-response profiling or NGS. */
	FURTHER_DIAGNOSTICS,
	/** The standard relapse protocol of the disease. */
	STANDARD_RELAPSE_PROTOCOL,
	/** Palliative care. */
	PALLIATIVE_CARE

}
