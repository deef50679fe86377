/**
 * Evidence levels: the DNPM/ZPM m-levels with modifiers (domain.md 1.5) and their
 * approximate ESCAT and OncoKB equivalents (domain.md 1.6).
 */
@NullMarked
package org.targetboard.core.evidence;

import org.jspecify.annotations.NullMarked;
