/**
 * Measuring the engine against a board's own decisions: a reference set of cases, each
 * with what the board chose, ranked and compared (top-1/3/5 concordance, standard-of-care
 * recognition, false standard-of-care claims).
 */
@NullMarked
package org.targetboard.prioritization.evaluation;

import org.jspecify.annotations.NullMarked;
