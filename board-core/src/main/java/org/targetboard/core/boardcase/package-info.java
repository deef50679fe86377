/**
 * The board case: its pseudonymous identity, clinical summary and the lifecycle from
 * draft to closure, with the rules that decide which state changes are legal.
 */
@NullMarked
package org.targetboard.core.boardcase;

import org.jspecify.annotations.NullMarked;
