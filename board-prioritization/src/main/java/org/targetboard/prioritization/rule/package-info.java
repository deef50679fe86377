/**
 * The engine's rules, one small class each, every one citing its clinical source in its
 * Javadoc and its settings in rules.yaml; each returns explicit outcomes with a reason a
 * clinician reads.
 */
@NullMarked
package org.targetboard.prioritization.rule;

import org.jspecify.annotations.NullMarked;
