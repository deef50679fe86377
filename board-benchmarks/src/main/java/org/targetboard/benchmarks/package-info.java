/**
 * JMH benchmarks of the prioritization engine: one typical case against the full
 * knowledge base, and the re-ranking of 10,000 synthetic cases behind a knowledge-base
 * impact report.
 */
@NullMarked
package org.targetboard.benchmarks;

import org.jspecify.annotations.NullMarked;
