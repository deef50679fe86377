/**
 * The command line: rank a case file, or report the impact of a knowledge-base change on
 * a set of cases.
 */
@NullMarked
package org.targetboard.prioritization.cli;

import org.jspecify.annotations.NullMarked;
