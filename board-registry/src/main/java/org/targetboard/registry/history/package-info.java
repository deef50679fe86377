/**
 * Persistence of the board's history brought in from another registry: which source
 * record became which case.
 */
@NullMarked
package org.targetboard.registry.history;

import org.jspecify.annotations.NullMarked;
