package org.targetboard.core.intake;

/**
 * The performance-status scale: Lansky play performance (children under 16) or Karnofsky
 * (16 and older); both run from 0 to 100 in steps of 10 (domain.md 3.1, 7.2).
 */
public enum PerformanceScale {

	LANSKY, KARNOFSKY

}
