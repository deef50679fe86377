package org.targetboard.web.fhir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.fhir.FhirCapabilities;
import org.targetboard.fhir.InvalidBundleException;
import org.targetboard.registry.bulk.BulkExports;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;

/**
 * The FHIR API: {@code GET /api/v1/cases/{id}/fhir}, {@code POST /api/v1/fhir/Bundle},
 * the bulk export ({@code GET /api/v1/fhir/$export}, then its status and files) and the
 * public {@code /fhir/metadata}. Errors are OperationOutcomes.
 */
@RestController
class FhirApiController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final FhirCases fhirCases;

	private final BulkExportJobs bulkExports;

	private final String version;

	FhirApiController(FhirCases fhirCases, BulkExportJobs bulkExports, ObjectProvider<BuildProperties> build) {
		this.fhirCases = fhirCases;
		this.bulkExports = bulkExports;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "development";
	}

	@GetMapping(path = "/fhir/metadata", produces = "application/fhir+json")
	String metadata() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
		return CaseBundles.context()
			.newJsonParser()
			.setPrettyPrint(true)
			.encodeResourceToString(FhirCapabilities.statement(this.version, base));
	}

	/**
	 * One resource of a case's Bundle ({@code read}), for anyone who may read the case,
	 * so that references in Bundles and bulk files resolve; the read is audited.
	 */
	@GetMapping(path = "/fhir/{type}/{id}", produces = "application/fhir+json")
	ResponseEntity<String> read(@PathVariable String type, @PathVariable String id,
			@AuthenticationPrincipal BoardUser user) {
		java.util.UUID caseId = CaseBundles.caseOf(id);
		if (caseId == null || !BulkExportJobs.TYPES.contains(type)) {
			throw new CaseNotFoundException();
		}
		Resource resource = this.fhirCases.resource(user.viewer(), new PublicCaseId(caseId), type, id);
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.body(CaseBundles.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
	}

	@GetMapping(path = "/api/v1/cases/{id}/fhir", produces = "application/fhir+json")
	String bundle(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return this.fhirCases.bundle(user.viewer(), CaseIds.parse(id));
	}

	@PostMapping(path = "/api/v1/fhir/Bundle", consumes = { "application/fhir+json", "application/json" },
			produces = "application/fhir+json")
	ResponseEntity<String> create(@RequestBody String body,
			@RequestParam(name = "diagnosis", required = false) String diagnosis,
			@AuthenticationPrincipal BoardUser user) {
		FhirCases.Imported imported = this.fhirCases.importBundle(user.viewer(), body, diagnosis);
		OperationOutcome outcome = new OperationOutcome();
		imported.result()
			.mapped()
			.forEach((line) -> issue(outcome, OperationOutcome.IssueSeverity.INFORMATION,
					OperationOutcome.IssueType.INFORMATIONAL, "Mapped: " + line));
		imported.result()
			.normalised()
			.forEach((line) -> issue(outcome, OperationOutcome.IssueSeverity.WARNING,
					OperationOutcome.IssueType.INFORMATIONAL, "Normalised: " + line));
		imported.result()
			.ignored()
			.forEach((line) -> issue(outcome, OperationOutcome.IssueSeverity.WARNING,
					OperationOutcome.IssueType.NOTSUPPORTED, "Ignored: " + line));
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/cases/{id}")
				.buildAndExpand(imported.boardCase().id())
				.toUri())
			.contentType(FHIR_JSON)
			.body(encode(outcome));
	}

	/**
	 * Starts a bulk export (FHIR Bulk Data kick-off): 202 with the status address in
	 * {@code Content-Location}.
	 */
	@GetMapping(path = "/api/v1/fhir/$export")
	ResponseEntity<Void> kickOff(@AuthenticationPrincipal BoardUser user) {
		UUID job = this.bulkExports.start(user.viewer());
		return ResponseEntity.accepted()
			.header(HttpHeaders.CONTENT_LOCATION,
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/api/v1/fhir/bulk-status/{id}")
						.buildAndExpand(job)
						.toUriString())
			.build();
	}

	/**
	 * The status of a bulk export: 202 while it runs; 200 with the manifest (the files
	 * and their counts) once complete.
	 */
	@GetMapping(path = "/api/v1/fhir/bulk-status/{id}")
	ResponseEntity<Map<String, Object>> status(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		BulkExports.Job job = this.bulkExports.job(user.viewer(), jobId(id));
		return switch (job.status()) {
			case RUNNING -> ResponseEntity.accepted().header("X-Progress", "running").build();
			case FAILED -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.body(Map.of("transactionTime", job.requestedAt().toString(), "error", List
					.of(Map.of("type", "OperationOutcome", "diagnostics", "The export failed; start a new one."))));
			case COMPLETE -> ResponseEntity.ok(Map.of("transactionTime", job.requestedAt().toString(), "request",
					ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/fhir/$export").toUriString(),
					"requiresAccessToken", true, "cases", job.cases(), "output",
					job.files()
						.stream()
						.map((file) -> Map.of("type", file.resourceType(), "count", file.resources(), "url",
								ServletUriComponentsBuilder.fromCurrentContextPath()
									.path("/api/v1/fhir/bulk-files/{id}/{type}.ndjson")
									.buildAndExpand(job.id(), file.resourceType())
									.toUriString()))
						.toList(),
					"error", List.of()));
		};
	}

	/** One file of a complete bulk export, as NDJSON; the download is audited. */
	@GetMapping(path = "/api/v1/fhir/bulk-files/{id}/{type}.ndjson")
	ResponseEntity<StreamingResponseBody> file(@PathVariable String id, @PathVariable String type,
			@AuthenticationPrincipal BoardUser user) {
		if (!BulkExportJobs.TYPES.contains(type)) {
			throw new CaseNotFoundException();
		}
		byte[] gzip = this.bulkExports.file(user.viewer(), jobId(id), type);
		StreamingResponseBody body = (output) -> {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
				in.transferTo(output);
			}
		};
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/fhir+ndjson")).body(body);
	}

	private static UUID jobId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new CaseNotFoundException();
		}
	}

	@ExceptionHandler(InvalidBundleException.class)
	ResponseEntity<String> invalidBundle(InvalidBundleException ex) {
		OperationOutcome outcome = new OperationOutcome();
		ex.issues()
			.forEach((issue) -> issue(outcome, OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.INVALID,
					issue));
		return ResponseEntity.badRequest().contentType(FHIR_JSON).body(encode(outcome));
	}

	@ExceptionHandler(PossibleIdentifiersException.class)
	ResponseEntity<String> possibleIdentifiers(PossibleIdentifiersException ex) {
		OperationOutcome outcome = new OperationOutcome();
		ex.warnings()
			.forEach((warning) -> issue(outcome, OperationOutcome.IssueSeverity.ERROR,
					OperationOutcome.IssueType.SECURITY,
					warning.field() + " " + warning.message() + "; nothing was created: remove it at the source"));
		return ResponseEntity.unprocessableEntity().contentType(FHIR_JSON).body(encode(outcome));
	}

	@ExceptionHandler(IncompleteCaseException.class)
	ResponseEntity<String> incomplete(IncompleteCaseException ex) {
		OperationOutcome outcome = new OperationOutcome();
		ex.problems()
			.forEach((problem) -> issue(outcome, OperationOutcome.IssueSeverity.ERROR,
					OperationOutcome.IssueType.BUSINESSRULE, problem.field() + " " + problem.message()));
		return ResponseEntity.unprocessableEntity().contentType(FHIR_JSON).body(encode(outcome));
	}

	@ExceptionHandler(ActionNotPermittedException.class)
	ResponseEntity<String> forbidden(ActionNotPermittedException ex) {
		OperationOutcome outcome = new OperationOutcome();
		issue(outcome, OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.FORBIDDEN,
				"Your role may not do this");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(FHIR_JSON).body(encode(outcome));
	}

	@ExceptionHandler(CaseNotFoundException.class)
	ResponseEntity<String> notFound(CaseNotFoundException ex) {
		OperationOutcome outcome = new OperationOutcome();
		issue(outcome, OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.NOTFOUND, "Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(FHIR_JSON).body(encode(outcome));
	}

	private static void issue(OperationOutcome outcome, OperationOutcome.IssueSeverity severity,
			OperationOutcome.IssueType type, String text) {
		outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
	}

	private static String encode(OperationOutcome outcome) {
		return CaseBundles.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome);
	}

}
