package org.targetboard.core.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;

/**
 * One case on a meeting's agenda, with the discussion notes recorded for it.
 *
 * @param caseId the case
 * @param pseudonym its pseudonym
 * @param centre its centre
 * @param diagnosis its diagnosis
 * @param status its lifecycle state now
 * @param position 1-based place on the agenda
 * @param minutes time planned for it
 * @param rankingId the stored ranking the board sees for it
 * @param notes the discussion notes, if any
 * @param notesVersion the notes' optimistic-locking version
 * @param notesUpdatedBy who last changed the notes
 * @param notesUpdatedAt when
 */
public record AgendaItem(PublicCaseId caseId, Pseudonym pseudonym, CentreCode centre, @Nullable Diagnosis diagnosis,
		CaseStatus status, int position, int minutes, long rankingId, @Nullable String notes, long notesVersion,
		@Nullable String notesUpdatedBy, @Nullable Instant notesUpdatedAt) {

	/** The longest discussion notes. */
	public static final int MAX_NOTES = 20000;

}
