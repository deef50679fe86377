package org.targetboard.web.prioritization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.web.security.BoardUser;

/**
 * Ranks a case profile given in the engine's JSON case format
 * (docs/case-format.schema.json), exactly as the command line does, and describes the
 * knowledge base in use.
 */
@RestController
@RequestMapping("/api/v1")
class PrioritizationApiController {

	private final PrioritizationEngine engine;

	private final KnowledgeBase knowledge;

	private final Clock clock;

	private final EngineEvaluations evaluations;

	PrioritizationApiController(PrioritizationEngine engine, KnowledgeBase knowledge, Clock clock,
			EngineEvaluations evaluations) {
		this.engine = engine;
		this.knowledge = knowledge;
		this.clock = clock;
		this.evaluations = evaluations;
	}

	@PostMapping(path = "/prioritization", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> prioritize(@RequestBody String caseJson,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		LocalDate assessed = (date != null) ? date : LocalDate.now(this.clock);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(CaseJson.write(this.engine.prioritize(CaseJson.readProfile(caseJson), assessed)));
	}

	/**
	 * Measures the engine against decided cases (reference-set format of
	 * docs/knowledge-base.md): top-1/3/5 concordance, standard-of-care recognition and
	 * false claims, and per case the board's choice beside the engine's first five.
	 */
	@PostMapping(path = "/prioritization/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> evaluate(@RequestBody String referenceSet,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@AuthenticationPrincipal BoardUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(CaseJson.write(this.evaluations.evaluate(user.viewer(), referenceSet, date)));
	}

	@GetMapping("/knowledge-base")
	Map<String, Object> knowledgeBase() {
		return Map.of("version", this.knowledge.version(), "date", this.knowledge.header().date().toString(), "sha256",
				this.knowledge.contentHash(), "engineVersion", PrioritizationEngine.ENGINE_VERSION, "trials",
				this.knowledge.trials().size(), "events", this.knowledge.events().size());
	}

}
