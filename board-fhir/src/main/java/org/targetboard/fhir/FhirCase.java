package org.targetboard.fhir;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.RiskGroup;

/**
 * Everything a case's Bundle holds.
 *
 * @param boardCase the case
 * @param intake its intake
 * @param consent its consent in force
 * @param riskGroup its relapse risk group
 * @param advice its issued advice versions, newest first
 * @param followUps its follow-up reports
 */
public record FhirCase(BoardCase boardCase, CaseIntake intake, @Nullable Consent consent, @Nullable RiskGroup riskGroup,
		List<Advice> advice, List<FollowUpReport> followUps) {

	public FhirCase {
		advice = List.copyOf(advice);
		followUps = List.copyOf(followUps);
	}

}
