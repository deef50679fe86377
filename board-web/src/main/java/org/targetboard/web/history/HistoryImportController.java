package org.targetboard.web.history;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * The board office's page for importing a board's history: upload the source's file and
 * its mapping, check them in a dry run, then import (after confirming).
 */
@Controller
class HistoryImportController {

	private final HistoryImportUseCases imports;

	private final MessageSource messages;

	HistoryImportController(HistoryImportUseCases imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/registry/history-import")
	String form(@AuthenticationPrincipal BoardUser user) {
		this.imports.requireOffice(user.viewer());
		return "registry/history-import";
	}

	@ApiTwin("HistoryImportApiController#run")
	@PostMapping("/registry/history-import")
	String run(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mapping", required = false) MultipartFile mapping,
			@RequestParam(name = "mode", defaultValue = "check") String mode,
			@RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
			@AuthenticationPrincipal BoardUser user, Model model, Locale locale) throws IOException {
		this.imports.requireOffice(user.viewer());
		boolean commit = "import".equals(mode);
		List<IntakeProblem> problems = new java.util.ArrayList<>();
		if (file == null || file.isEmpty()) {
			problems.add(new IntakeProblem("file", "required", "is required"));
		}
		if (mapping == null || mapping.isEmpty()) {
			problems.add(new IntakeProblem("mapping", "required", "is required"));
		}
		if (commit && !confirm) {
			problems.add(new IntakeProblem("confirm", "required", "is required"));
		}
		if (problems.isEmpty()) {
			try {
				ImportReport report = this.imports.run(user.viewer(), file.getBytes(), mapping.getBytes(), commit);
				model.addAttribute("report", report);
				Map<ImportReport.Problem, String> texts = new HashMap<>();
				report.records()
					.forEach((record) -> record.problems()
						.forEach((problem) -> texts.put(problem,
								this.messages.getMessage("intake.problem." + problem.code(),
										problem.arguments().toArray(), problem.message(), locale))));
				model.addAttribute("texts", texts);
			}
			catch (InvalidImportException ex) {
				problems.addAll(ex.problems());
			}
		}
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		problems
			.forEach(
					(problem) -> errors
						.merge(problem.field(),
								this.messages.getMessage("historyImport.problem." + problem.code(),
										problem.arguments().toArray(), problem.message(), locale),
								(a, b) -> a + " " + b));
		model.addAttribute("errors", errors);
		return "registry/history-import";
	}

}
