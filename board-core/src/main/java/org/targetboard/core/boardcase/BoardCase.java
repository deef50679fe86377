package org.targetboard.core.boardcase;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * A case as seen by the board at one moment: identity, state and clinical summary.
 *
 * @param id the unguessable identifier used in URLs and the API
 * @param pseudonym the pseudonym shown to people
 * @param centre the submitting centre
 * @param hospital the treating hospital; absent when the centre treats the patient itself
 * @param status the lifecycle state
 * @param version the optimistic-locking version; a change based on an older version is
 * refused
 * @param summary the clinical summary
 * @param createdAt when the draft was created
 * @param updatedAt when the case last changed
 */
public record BoardCase(PublicCaseId id, Pseudonym pseudonym, CentreCode centre, @Nullable HospitalCode hospital,
		CaseStatus status, long version, CaseSummary summary, Instant createdAt, Instant updatedAt) {

	/** A case its centre treats itself. */
	public BoardCase(PublicCaseId id, Pseudonym pseudonym, CentreCode centre, CaseStatus status, long version,
			CaseSummary summary, Instant createdAt, Instant updatedAt) {
		this(id, pseudonym, centre, null, status, version, summary, createdAt, updatedAt);
	}

	/**
	 * The lifecycle actions this viewer could take now, for offering buttons; the
	 * registry checks again on apply.
	 */
	public Set<CaseAction> actionsFor(Viewer viewer) {
		Set<CaseAction> actions = CaseLifecycle.actionsFrom(this.status);
		actions.removeIf((action) -> !action.isPermittedFor(viewer.role()));
		return actions;
	}

}
