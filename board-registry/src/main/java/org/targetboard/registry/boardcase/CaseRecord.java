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
 */
public record CaseRecord(BoardCase boardCase, CaseIntake intake, @Nullable Consent consent,
		@Nullable RiskGroup riskGroup, List<StatusChange> history) {

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
