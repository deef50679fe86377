package org.targetboard.web.fhir;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.fhir.FhirCapabilities;
import org.targetboard.fhir.InvalidBundleException;
import org.targetboard.registry.analytics.RegistryAnalytics;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;

/**
 * The FHIR API: {@code GET /api/v1/cases/{id}/fhir}, {@code POST /api/v1/fhir/Bundle},
 * {@code GET /api/v1/fhir/export/{type}.ndjson} and the public {@code /fhir/metadata}.
 * Errors are OperationOutcomes.
 */
@RestController
class FhirApiController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private static final Set<String> BULK_TYPES = Set.of("Patient", "Condition", "Observation", "MedicationStatement",
			"Procedure", "Consent", "CarePlan", "MedicationRequest", "ServiceRequest", "ResearchStudy");

	private final FhirCases fhirCases;

	private final RegistryAnalytics registry;

	private final AuditLog audit;

	private final String version;

	FhirApiController(FhirCases fhirCases, RegistryAnalytics registry, AuditLog audit,
			ObjectProvider<BuildProperties> build) {
		this.fhirCases = fhirCases;
		this.registry = registry;
		this.audit = audit;
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

	@GetMapping(path = "/api/v1/cases/{id}/fhir", produces = "application/fhir+json")
	String bundle(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return this.fhirCases.bundle(user.viewer(), CaseIds.parse(id));
	}

	@PostMapping(path = "/api/v1/fhir/Bundle", consumes = { "application/fhir+json", "application/json" },
			produces = "application/fhir+json")
	ResponseEntity<String> create(@RequestBody String body, @AuthenticationPrincipal BoardUser user) {
		FhirCases.Imported imported = this.fhirCases.importBundle(user.viewer(), body);
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

	@GetMapping(path = "/api/v1/fhir/export/{type}.ndjson")
	ResponseEntity<StreamingResponseBody> bulk(@PathVariable String type, @AuthenticationPrincipal BoardUser user) {
		if (!BULK_TYPES.contains(type)) {
			throw new CaseNotFoundException();
		}
		List<PublicCaseId> ids = this.registry.consentedCases(user.viewer());
		StreamingResponseBody stream = (output) -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
			var parser = CaseBundles.context().newJsonParser().setPrettyPrint(false);
			long resources = 0;
			try {
				for (PublicCaseId id : ids) {
					Bundle bundle = CaseBundles.export(this.fhirCases.fhirCase(user.viewer(), id));
					for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
						Resource resource = entry.getResource();
						if (resource.fhirType().equals(type)) {
							out.write(parser.encodeResourceToString(resource));
							out.write('\n');
							resources++;
						}
					}
				}
			}
			finally {
				out.flush();
				this.audit.recordExport(user.viewer().username(),
						"FHIR bulk export " + type + ": " + resources + " resource(s) of " + ids.size() + " case(s)");
			}
		};
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/fhir+ndjson")).body(stream);
	}

	@ExceptionHandler(InvalidBundleException.class)
	ResponseEntity<String> invalidBundle(InvalidBundleException ex) {
		OperationOutcome outcome = new OperationOutcome();
		ex.issues()
			.forEach((issue) -> issue(outcome, OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.INVALID,
					issue));
		return ResponseEntity.badRequest().contentType(FHIR_JSON).body(encode(outcome));
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
