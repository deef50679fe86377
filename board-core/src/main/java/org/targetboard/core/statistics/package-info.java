/**
 * The registry's statistics in plain Java, tested against published reference values:
 * Kaplan–Meier with Greenwood confidence intervals, the log-rank test, Wilson intervals
 * for proportions, medians with quartiles.
 */
@NullMarked
package org.targetboard.core.statistics;

import org.jspecify.annotations.NullMarked;
