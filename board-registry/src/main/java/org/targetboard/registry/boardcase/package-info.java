/**
 * Persistence of cases and their lifecycle history.
 * {@link org.targetboard.registry.boardcase.CaseRegistry} applies the viewer's scope
 * inside every query, applies lifecycle rules from board-core and writes history and
 * audit in the same transaction.
 */
@NullMarked
package org.targetboard.registry.boardcase;

import org.jspecify.annotations.NullMarked;
