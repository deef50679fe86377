package org.targetboard.web.meeting;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who was present.
 *
 * @param present the usernames of the members present
 */
record AttendanceRequest(@Nullable Set<String> present) {
}
