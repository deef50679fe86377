/**
 * Persistence of the board's advice: drafts, issued versions (immutable, enforced by the
 * database), amendments and the stored letters.
 */
@NullMarked
package org.targetboard.registry.advice;

import org.jspecify.annotations.NullMarked;
