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
	/**
	 * A named cytotoxic regimen with its agents, e.g. clofarabine, etoposide and
	 * cyclophosphamide, or FLAG-Ida.
	 */
	CHEMOTHERAPY_REGIMEN,
	/** Radiotherapy, e.g. of an extramedullary site or total-body irradiation. */
	RADIOTHERAPY,
	/** Intrathecal or other CNS-directed therapy. */
	CNS_DIRECTED_THERAPY,
	/** Observe and continue the current therapy, e.g. MRD re-emergence on maintenance. */
	OBSERVATION,
	/** Palliative care. */
	PALLIATIVE_CARE

}
