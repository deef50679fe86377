/**
 * Written review pages and API: the chair opens a case for review with a deadline, the
 * members post their positions on the engine's order, the chair sees them side by side
 * and closes the review, after which the advice is composed as after a meeting.
 */
@NullMarked
package org.targetboard.web.review;

import org.jspecify.annotations.NullMarked;
