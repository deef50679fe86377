/**
 * The lexicographic ranking of options, in the criterion order the knowledge base
 * defines.
 */
@NullMarked
package org.targetboard.prioritization.ranking;

import org.jspecify.annotations.NullMarked;
