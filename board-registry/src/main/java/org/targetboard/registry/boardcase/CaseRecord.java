package org.targetboard.registry.boardcase;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.StatusChange;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.RiskGroup;

/**
 * A case with everything a single-case page shows: the complete intake, consent, the risk
 * group computed at submission, and the lifecycle history.
 *
 * @param boardCase the case
 * @param intake the case as entered by the centre
 * @param consent the consent in force, if any was recorded
 * @param riskGroup the relapse risk group, once the case was submitted
 * @param history the lifecycle history, oldest first
 * @param heldFields free-text fields the identifier screen flagged and the board office
 * has not yet released: removed from {@code intake} for readers outside the centre and
 * the board office, listed for all
 * @param holdReason the centre's reason for saving the flagged text, while it is held
 */
public record CaseRecord(BoardCase boardCase, CaseIntake intake, @Nullable Consent consent,
		@Nullable RiskGroup riskGroup, List<StatusChange> history, List<String> heldFields,
		@Nullable String holdReason) {

	public CaseRecord {
		heldFields = List.copyOf(heldFields);
	}

	/** Whether some free text awaits the board office's release. */
	public boolean identifiersHeld() {
		return !this.heldFields.isEmpty();
	}

	/**
	 * The newest message that came with a return for clarification, if the case is
	 * returned.
	 */
	public @Nullable String clarificationRequest() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			StatusChange change = this.history.get(i);
			if (change.action() == CaseAction.RETURN_FOR_CLARIFICATION) {
				return change.note();
			}
		}
		return null;
	}

}
