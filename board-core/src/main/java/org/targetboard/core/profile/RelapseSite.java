package org.targetboard.core.profile;

/**
 * Site of the relapse (domain.md 4.1): isolated marrow (≥ 25 % blasts, no extramedullary
 * disease), combined (marrow ≥ 5 % and extramedullary) or isolated extramedullary (marrow
 * &lt; 5 %).
 */
public enum RelapseSite {

	ISOLATED_MARROW, COMBINED, ISOLATED_EXTRAMEDULLARY

}
