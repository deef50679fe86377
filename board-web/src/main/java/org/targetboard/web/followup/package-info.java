/**
 * Follow-up pages and API: the centre's worklist of due and overdue follow-ups, the
 * follow-up form, and the daily reminder of overdue ones.
 */
@NullMarked
package org.targetboard.web.followup;

import org.jspecify.annotations.NullMarked;
