package org.targetboard.web.meeting;

import org.jspecify.annotations.Nullable;

/**
 * A case to place on the agenda.
 *
 * @param caseId the case
 * @param minutes time planned for it (10 if not given)
 */
record AgendaRequest(@Nullable String caseId, @Nullable Integer minutes) {
}
