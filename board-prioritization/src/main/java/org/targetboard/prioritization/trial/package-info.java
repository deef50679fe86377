/**
 * Trial matching: every eligibility criterion judged met, not met, or unknown with the
 * missing data named.
 */
@NullMarked
package org.targetboard.prioritization.trial;

import org.jspecify.annotations.NullMarked;
