package org.targetboard.registry.boardcase;

import java.util.List;

import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.StatusChange;

/**
 * A case with its lifecycle history, as read for display.
 *
 * @param boardCase the case
 * @param history the lifecycle history, oldest first
 */
public record CaseRecord(BoardCase boardCase, List<StatusChange> history) {
}
