package org.targetboard.web.followup;

import java.util.List;

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
import org.targetboard.registry.followup.StoredFollowUp;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;

/**
 * Follow-up in the API, with the same rules as the form: {@code POST} a report,
 * {@code GET} the reports of a case.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/follow-ups")
class FollowUpApiController {

	private final FollowUpUseCases followUps;

	FollowUpApiController(FollowUpUseCases followUps) {
		this.followUps = followUps;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<StoredFollowUp>> record(@PathVariable String id, @RequestBody FollowUpRequest request,
			@AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.followUps.report(user.viewer(), caseId, request.toReport());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.followUps.reports(user.viewer(), caseId));
	}

	@GetMapping
	List<StoredFollowUp> reports(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return this.followUps.reports(user.viewer(), CaseIds.parse(id));
	}

}
