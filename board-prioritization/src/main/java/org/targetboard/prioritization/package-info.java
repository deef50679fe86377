/**
 * The prioritization engine: plain Java, deterministic and explainable.
 * {@link org.targetboard.prioritization.PrioritizationEngine} ranks a case's actionable
 * events and treatment options against a knowledge-base version and says why.
 */
@NullMarked
package org.targetboard.prioritization;

import org.jspecify.annotations.NullMarked;
