package org.targetboard.registry.followup;

import java.time.Instant;

import org.targetboard.core.followup.OutcomeEvent;

/**
 * An outcome event as stored: the date it happened is the event's, the time it was
 * recorded and by whom are the registry's.
 *
 * @param event the event
 * @param recordedAt when it was recorded
 * @param recordedBy by whom
 */
public record StoredOutcomeEvent(OutcomeEvent event, Instant recordedAt, String recordedBy) {

}
