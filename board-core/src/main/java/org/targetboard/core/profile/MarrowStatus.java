package org.targetboard.core.profile;

/**
 * Morphological marrow status (domain.md 3.3): M1 &lt; 5 %, M2 5–&lt;25 %, M3 ≥ 25 %
 * blasts.
 */
public enum MarrowStatus {

	M1, M2, M3

}
