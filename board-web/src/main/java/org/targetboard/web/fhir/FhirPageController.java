package org.targetboard.web.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.fhir.InvalidBundleException;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The FHIR pages: a case's Bundle as a download, and the upload that creates a draft from
 * a Bundle with a report of what was mapped, normalised and ignored.
 */
@Controller
class FhirPageController {

	/** The largest Bundle the upload takes. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	private final FhirCases fhirCases;

	private final MessageSource messages;

	FhirPageController(FhirCases fhirCases, MessageSource messages) {
		this.fhirCases = fhirCases;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}/fhir.json")
	ResponseEntity<String> download(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		PublicCaseId caseId = CaseIds.parse(id);
		return ResponseEntity.ok()
			.contentType(FhirApiController.FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("case-" + caseId + ".fhir.json").build().toString())
			.body(this.fhirCases.bundle(user.viewer(), caseId));
	}

	@GetMapping("/cases/import")
	String form(Model model) {
		model.addAttribute("diagnoses", Diagnosis.values());
		return "cases/case-import";
	}

	@ApiTwin("FhirApiController#create")
	@PostMapping("/cases/import")
	String upload(@RequestParam("bundle") MultipartFile file,
			@RequestParam(name = "diagnosis", required = false) String diagnosis,
			@AuthenticationPrincipal BoardUser user, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		model.addAttribute("diagnoses", Diagnosis.values());
		List<String> errors = new ArrayList<>();
		if (file.isEmpty()) {
			errors.add(this.messages.getMessage("import.empty", null, locale));
		}
		else if (file.getSize() > MAX_BYTES) {
			errors.add(this.messages.getMessage("import.tooLarge", new Object[] { MAX_BYTES / (1024 * 1024) }, locale));
		}
		else {
			try {
				FhirCases.Imported imported = this.fhirCases.importBundle(user.viewer(),
						new String(file.getBytes(), StandardCharsets.UTF_8), diagnosis);
				redirect.addFlashAttribute("message", "import.flash.created");
				redirect.addFlashAttribute("messageArgs", new Object[] { imported.boardCase().pseudonym().toString() });
				redirect.addFlashAttribute("importMapped", new ArrayList<>(imported.result().mapped()));
				redirect.addFlashAttribute("importNormalised", new ArrayList<>(imported.result().normalised()));
				redirect.addFlashAttribute("importIgnored", new ArrayList<>(imported.result().ignored()));
				return "redirect:/cases/" + imported.boardCase().id();
			}
			catch (InvalidBundleException ex) {
				errors.addAll(ex.issues());
			}
			catch (IncompleteCaseException ex) {
				errors.add(FieldProblems.text(this.messages, ex.problems(), "intake.problem.", locale));
			}
			catch (PossibleIdentifiersException ex) {
				// An upload carries no override: the text must be corrected at the
				// source.
				errors.add(this.messages.getMessage("import.identifiers", null, locale) + " "
						+ FieldProblems.text(this.messages, ex.warnings(), "intake.problem.", locale));
			}
		}
		model.addAttribute("importErrors", errors);
		return "cases/case-import";
	}

}
