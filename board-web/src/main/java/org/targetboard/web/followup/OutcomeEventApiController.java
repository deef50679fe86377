package org.targetboard.web.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.registry.followup.StoredOutcomeEvent;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;

/**
 * Outcome events in the API, with the same rules as the form: {@code POST} an event the
 * day the centre learns of it, {@code GET} the events of a case.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/outcome-events")
class OutcomeEventApiController {

	private final FollowUpUseCases followUps;

	OutcomeEventApiController(FollowUpUseCases followUps) {
		this.followUps = followUps;
	}

	/** An event as JSON. */
	record Request(OutcomeEvent.@Nullable Kind kind, @Nullable LocalDate occurredOn,
			@Nullable CauseOfDeath causeOfDeath, @Nullable TherapyGiven therapyGiven, @Nullable Integer advisedOption) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<StoredOutcomeEvent>> record(@PathVariable String id, @RequestBody Request request,
			@AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.followUps.recordEvent(user.viewer(), caseId, new OutcomeEvent(request.kind(), request.occurredOn(),
				request.causeOfDeath(), request.therapyGiven(), request.advisedOption()));
		return ResponseEntity.status(HttpStatus.CREATED).body(this.followUps.events(user.viewer(), caseId));
	}

	@GetMapping
	List<StoredOutcomeEvent> events(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return this.followUps.events(user.viewer(), CaseIds.parse(id));
	}

}
