package org.targetboard.core.followup;

/** Cause of death, as the registry codes it. */
public enum CauseOfDeath {

	DISEASE, TREATMENT_TOXICITY, INFECTION, HSCT_RELATED, OTHER, UNKNOWN

}
