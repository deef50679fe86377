package org.targetboard.core.profile;

/**
 * An anti-apoptotic dependency called from baseline BH3 profiling (domain.md 5.2): BCL-2
 * (BAD minus HRK priming), BCL-XL (HRK) or MCL-1 (MS1/NOXA).
 */
public enum Bh3Dependency {

	BCL2, BCLXL, MCL1

}
