package org.targetboard.prioritization.knowledge;

/**
 * Drug attributes that intent rules favour or penalise (domain.md 3.2, 3.4).
 */
public enum DrugFlag {

	ORAL, OUTPATIENT, INPATIENT, INTENSIVE, LYMPHOTOXIC, SOS_RISK, FAST_DEEP_REMISSION, ANTIGEN_PRESSURE, SLOW_ONSET

}
