package org.targetboard.web.history;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.targetboard.web.security.BoardUser;

/**
 * Imports a board's history through the API ({@code docs/import.md}): {@code POST} the
 * source's file and its mapping as multipart form data; a dry run unless
 * {@code commit=true}. A committed import answers 201 with its report; one with refused
 * records saves nothing and answers 422, problem details carrying the report.
 */
@RestController
class HistoryImportApiController {

	private final HistoryImportUseCases imports;

	HistoryImportApiController(HistoryImportUseCases imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/history-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> run(@RequestParam("file") MultipartFile file, @RequestParam("mapping") MultipartFile mapping,
			@RequestParam(name = "commit", defaultValue = "false") boolean commit,
			@AuthenticationPrincipal BoardUser user) throws IOException {
		ImportReport report = this.imports.run(user.viewer(), file.getBytes(), mapping.getBytes(), commit);
		if (commit && !report.committed()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					report.refused() + " record(s) refused; nothing was imported. The report names each field.");
			problem.setTitle("Records refused");
			problem.setProperty("report", report);
			return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.status(commit ? HttpStatus.CREATED : HttpStatus.OK).body(report);
	}

}
