package org.targetboard.core.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's written position; a member may post again, and the latest position counts.
 *
 * @param member the member's username
 * @param stance agreement with the engine's order, or a proposed change
 * @param text the assessment; required for a proposed change
 * @param postedAt when it was posted
 */
public record ReviewPosition(String member, Stance stance, @Nullable String text, Instant postedAt) {

}
