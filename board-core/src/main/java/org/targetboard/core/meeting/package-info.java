/**
 * Board meetings: their plan (date, time zone, chair, members, submission cut-off), the
 * agenda of cases, attendance and discussion notes, and the ranking the board saw for
 * each case.
 */
@NullMarked
package org.targetboard.core.meeting;

import org.jspecify.annotations.NullMarked;
