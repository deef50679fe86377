/**
 * Written review: the board discusses a case without a meeting. The chair opens the case
 * for review with a deadline, members post their positions on the engine's order, and the
 * chair closes the review and issues the advice (issue 14; the Spanish board answers in a
 * consultation forum within 48 hours).
 */
@NullMarked
package org.targetboard.core.review;

import org.jspecify.annotations.NullMarked;
