package org.targetboard.registry.followup;

import java.time.Instant;

import org.targetboard.core.followup.FollowUpReport;

/**
 * A follow-up report as stored, with who reported it and when.
 *
 * @param report the report
 * @param reportedAt when it was recorded
 * @param reportedBy by whom
 */
public record StoredFollowUp(FollowUpReport report, Instant reportedAt, String reportedBy) {

}
