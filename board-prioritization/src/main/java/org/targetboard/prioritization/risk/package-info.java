/**
 * Relapse risk groups of r/r ALL: BFM/IntReALL strategic groups S1–S4 and the NCT05827549
 * SR/HR/VHR rule (domain.md 4).
 */
@NullMarked
package org.targetboard.prioritization.risk;

import org.jspecify.annotations.NullMarked;
