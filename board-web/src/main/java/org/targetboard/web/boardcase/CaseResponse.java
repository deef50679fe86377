package org.targetboard.web.boardcase;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.StatusChange;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.intake.RiskGroup;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.registry.boardcase.CaseRecord;
import tools.jackson.databind.JsonNode;

/**
 * A case as the API returns it.
 *
 * @param id the case's unguessable identifier
 * @param pseudonym e.g. {@code NL-2026-0001}
 * @param centre the submitting centre's code
 * @param treatingHospital the treating hospital's code, when the centre does not treat
 * the patient itself
 * @param status the lifecycle state
 * @param version the version to send in {@code If-Match} when changing the case
 * @param diagnosis the diagnosis
 * @param relapseNumber number of the current relapse
 * @param ageYears completed years at the current relapse
 * @param ageMonths months beyond the completed years
 * @param questionToBoard the centre's question
 * @param createdAt when the draft was created
 * @param updatedAt when the case last changed
 * @param allowedActions lifecycle actions the caller may take now
 * @param history the lifecycle history, when a single case is read
 * @param intake the complete case in the case format, when a single case is read
 * @param consent the consent in force, when a single case is read
 * @param riskGroup the relapse risk group computed at submission
 * @param warnings what the caller should check: genes or markers the knowledge base does
 * not know
 * @param heldFields free-text fields held back from the board until the board office
 * releases them (the identifier screen flagged them), when a single case is read
 */
record CaseResponse(String id, String pseudonym, String centre, @Nullable String treatingHospital, CaseStatus status,
		long version, @Nullable Diagnosis diagnosis, @Nullable Integer relapseNumber, @Nullable Integer ageYears,
		@Nullable Integer ageMonths, @Nullable String questionToBoard, Instant createdAt, Instant updatedAt,
		Set<CaseAction> allowedActions, @Nullable List<StatusChange> history, @Nullable JsonNode intake,
		@Nullable Consent consent, @Nullable RiskGroup riskGroup, List<String> warnings,
		@Nullable List<String> heldFields) {

	static CaseResponse of(BoardCase boardCase, Viewer viewer) {
		return of(boardCase, viewer, null, List.of());
	}

	static CaseResponse of(CaseRecord record, Viewer viewer, List<String> warnings) {
		return of(record.boardCase(), viewer, record, warnings);
	}

	private static CaseResponse of(BoardCase boardCase, Viewer viewer, @Nullable CaseRecord record,
			List<String> warnings) {
		CaseSummary summary = boardCase.summary();
		return new CaseResponse(boardCase.id().toString(), boardCase.pseudonym().toString(), boardCase.centre().value(),
				(boardCase.hospital() != null) ? boardCase.hospital().value() : null, boardCase.status(),
				boardCase.version(), summary.diagnosis(), summary.relapseNumber(), summary.ageYears(),
				summary.ageMonths(), summary.questionToBoard(), boardCase.createdAt(), boardCase.updatedAt(),
				boardCase.actionsFor(viewer), (record != null) ? record.history() : null,
				(record != null) ? CaseJson.mapper().valueToTree(record.intake()) : null,
				(record != null) ? record.consent() : null, (record != null) ? record.riskGroup() : null, warnings,
				(record != null) ? record.heldFields() : null);
	}

}
