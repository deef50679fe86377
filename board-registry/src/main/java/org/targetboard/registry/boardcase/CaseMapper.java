package org.targetboard.registry.boardcase;

import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.StatusChange;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

final class CaseMapper {

	private CaseMapper() {
	}

	// A question held back by the identifier screen is left out of the summary, which
	// lists, agendas and mail show to everyone.
	static BoardCase toBoardCase(CaseEntity entity) {
		return new BoardCase(new PublicCaseId(entity.getPublicId()), Pseudonym.parse(entity.getPseudonym()),
				new CentreCode(entity.getCentre().getCode()),
				(entity.getHospital() != null) ? new HospitalCode(entity.getHospital().getCode()) : null,
				entity.getStatus(), entity.getVersion(),
				new CaseSummary(entity.getDiagnosis(), entity.getRelapseNumber(), entity.getAgeYears(),
						entity.getAgeMonths(),
						entity.heldFields().contains("questionToBoard") ? null : entity.getQuestionToBoard()),
				entity.getCreatedAt(), entity.getUpdatedAt());
	}

	static StatusChange toStatusChange(CaseStatusChangeEntity entity) {
		return new StatusChange(entity.getFromStatus(), entity.getToStatus(), entity.getAction(),
				entity.getOccurredAt(), entity.getActor(), entity.getNote());
	}

}
