package org.targetboard.registry.boardcase;

import org.targetboard.core.boardcase.BoardCase;

/**
 * A case on a worklist.
 *
 * @param boardCase the case
 * @param consentForDiscussion whether consent for discussion is in force
 */
public record CaseListEntry(BoardCase boardCase, boolean consentForDiscussion) {
}
