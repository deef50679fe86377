/**
 * The board's advice (product.md step 7): an ordered list of options with rationale and
 * evidence, composed by the chair from the engine's ranking, signed and then immutable;
 * amendments are new versions with a reason.
 */
@NullMarked
package org.targetboard.core.advice;

import org.jspecify.annotations.NullMarked;
