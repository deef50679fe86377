package org.targetboard.core.boardcase;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's append-only lifecycle history.
 *
 * @param from the state before; absent for the creation of the draft
 * @param to the state after
 * @param action the action; absent for the creation of the draft
 * @param at when it happened
 * @param actor the username of who did it
 * @param note the message that came with it, e.g. what the board office asks the centre
 * to clarify
 */
public record StatusChange(@Nullable CaseStatus from, CaseStatus to, @Nullable CaseAction action, Instant at,
		String actor, @Nullable String note) {
}
