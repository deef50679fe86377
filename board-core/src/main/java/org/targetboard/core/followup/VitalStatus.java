package org.targetboard.core.followup;

/**
 * Vital status at last contact, as the registry reports it (docs/registry.md): from every
 * follow-up report and outcome event of a case, whatever the order they were recorded in.
 */
public enum VitalStatus {

	/**
	 * Alive, the latest reported response a complete remission (MRD-negative CR, CR, CRi)
	 * and no relapse or progression reported.
	 */
	ALIVE_IN_CR,
	/**
	 * Alive after a reported relapse or progression, or with partial, no response or
	 * progressive disease as the latest response.
	 */
	ALIVE_WITH_DISEASE,
	/** Alive, no response or relapse reported yet. */
	ALIVE_STATUS_UNKNOWN,
	/** Dead of the disease. */
	DEAD_OF_DISEASE,
	/** Dead of treatment toxicity, infection or HSCT-related causes. */
	DEAD_TREATMENT_RELATED,
	/** Dead of another or an unknown cause. */
	DEAD_OTHER_CAUSE,
	/** Lost to follow-up, alive when last seen. */
	LOST_TO_FOLLOW_UP

}
