/**
 * Persistence of follow-up reports, the per-centre follow-up worklist and the reminders
 * for overdue follow-ups.
 */
@NullMarked
package org.targetboard.registry.followup;

import org.jspecify.annotations.NullMarked;
