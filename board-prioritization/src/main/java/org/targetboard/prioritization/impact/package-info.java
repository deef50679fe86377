/**
 * Knowledge-base impact: which cases' top options change between two knowledge-base
 * versions, and why.
 */
@NullMarked
package org.targetboard.prioritization.impact;

import org.jspecify.annotations.NullMarked;
