package org.targetboard.web.registry;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.registry.analytics.Dataset;
import org.targetboard.registry.analytics.RegistryExport;
import org.targetboard.registry.analytics.RegistryFilter;
import org.targetboard.registry.analytics.Variable;
import org.targetboard.web.security.BoardUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statisticians' exports: the data sets as CSV (streamed), the data dictionary as CSV
 * and JSON, and an R script that reads the files and applies the value labels.
 */
@Controller
class ExportController {

	private final RegistryExport export;

	private final Map<String, Function<List<Variable>, String>> documents;

	ExportController(RegistryExport export, JsonMapper json) {
		this.export = export;
		// The documents that describe an export, by file name: offered one by one and in
		// the zip.
		Map<String, Function<List<Variable>, String>> documents = new LinkedHashMap<>();
		documents.put("dictionary.json", (dictionary) -> json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(Map.of("version", RegistryExport.DICTIONARY_VERSION, "variables", dictionary)));
		documents.put("labels.R", (dictionary) -> RScript.of(dictionary, RegistryExport.DICTIONARY_VERSION));
		documents.put("labels.do", (dictionary) -> StataScript.of(dictionary, RegistryExport.DICTIONARY_VERSION));
		documents.put("labels.sps", (dictionary) -> SpssSyntax.of(dictionary, RegistryExport.DICTIONARY_VERSION));
		this.documents = documents;
	}

	@GetMapping("/registry/exports")
	String page(@AuthenticationPrincipal BoardUser user, Model model) {
		requireExporter(user);
		model.addAttribute("datasets", Dataset.values());
		model.addAttribute("dictionaryVersion", RegistryExport.DICTIONARY_VERSION);
		model.addAttribute("isAdmin", user.may(BoardAction.EXPORT_FREE_TEXT));
		return "registry/exports";
	}

	@ResponseBody
	@GetMapping({ "/registry/exports/{file}.csv", "/api/v1/registry/exports/{file}.csv" })
	ResponseEntity<StreamingResponseBody> dataset(@PathVariable String file, FilterParams params,
			@RequestParam(defaultValue = "false") boolean freeText, @AuthenticationPrincipal BoardUser user) {
		requireExporter(user);
		if ("dictionary".equals(file)) {
			return csv("dictionary.csv", this.export::writeDictionary);
		}
		Dataset dataset = Dataset.ofFile(file);
		if (dataset == null) {
			throw new MeetingNotFoundException();
		}
		requireFreeTextRight(user, freeText);
		RegistryFilter filter = params.toFilter();
		return csv(dataset.file() + ".csv", (out) -> this.export.write(user.viewer(), dataset, filter, freeText, out));
	}

	@ResponseBody
	@GetMapping({ "/registry/exports/{file}.xlsx", "/api/v1/registry/exports/{file}.xlsx" })
	ResponseEntity<StreamingResponseBody> workbook(@PathVariable String file, FilterParams params,
			@RequestParam(defaultValue = "false") boolean freeText, @AuthenticationPrincipal BoardUser user) {
		requireExporter(user);
		Dataset dataset = Dataset.ofFile(file);
		if (dataset == null) {
			throw new MeetingNotFoundException();
		}
		requireFreeTextRight(user, freeText);
		RegistryFilter filter = params.toFilter();
		StreamingResponseBody stream = (output) -> this.export.writeXlsx(user.viewer(), dataset, filter, freeText,
				output);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(dataset.file() + ".xlsx").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(stream);
	}

	@ResponseBody
	@GetMapping(path = { "/registry/exports/dictionary.json", "/api/v1/registry/exports/dictionary.json" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> dictionaryJson(@AuthenticationPrincipal BoardUser user) {
		return document(user, "dictionary.json");
	}

	@ResponseBody
	@GetMapping(path = { "/registry/exports/labels.R", "/api/v1/registry/exports/labels.R" },
			produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> rScript(@AuthenticationPrincipal BoardUser user) {
		return document(user, "labels.R");
	}

	@ResponseBody
	@GetMapping(path = { "/registry/exports/labels.do", "/api/v1/registry/exports/labels.do" },
			produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> stataScript(@AuthenticationPrincipal BoardUser user) {
		return document(user, "labels.do");
	}

	@ResponseBody
	@GetMapping(path = { "/registry/exports/labels.sps", "/api/v1/registry/exports/labels.sps" },
			produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> spssSyntax(@AuthenticationPrincipal BoardUser user) {
		return document(user, "labels.sps");
	}

	/**
	 * Every file of one export in one zip: each data set as CSV (in the filter), the
	 * dictionary as CSV and JSON, and the R, Stata and SPSS scripts. Each data set's
	 * export is audited as it is written.
	 */
	@ResponseBody
	@GetMapping({ "/registry/exports/registry-export.zip", "/api/v1/registry/exports/registry-export.zip" })
	ResponseEntity<StreamingResponseBody> zip(FilterParams params, @AuthenticationPrincipal BoardUser user) {
		requireExporter(user);
		RegistryFilter filter = params.toFilter();
		List<Variable> dictionary = this.export.dictionary();
		StreamingResponseBody stream = (output) -> {
			java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(output, StandardCharsets.UTF_8);
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			for (Dataset dataset : Dataset.values()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(dataset.file() + ".csv"));
				this.export.write(user.viewer(), dataset, filter, false, out);
				out.flush();
				zip.closeEntry();
			}
			zip.putNextEntry(new java.util.zip.ZipEntry("dictionary.csv"));
			this.export.writeDictionary(out);
			out.flush();
			zip.closeEntry();
			for (Map.Entry<String, Function<List<Variable>, String>> document : this.documents.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(document.getKey()));
				out.write(document.getValue().apply(dictionary));
				out.flush();
				zip.closeEntry();
			}
			zip.finish();
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registry-export.zip").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(stream);
	}

	// A document describing the export, generated from the dictionary, as a download.
	private ResponseEntity<String> document(BoardUser user, String fileName) {
		requireExporter(user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(this.documents.get(fileName).apply(this.export.dictionary()));
	}

	@FunctionalInterface
	interface CsvBody {

		void write(Writer out) throws java.io.IOException;

	}

	private static ResponseEntity<StreamingResponseBody> csv(String fileName, CsvBody body) {
		StreamingResponseBody stream = (output) -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
			body.write(out);
			out.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(stream);
	}

	// Refused before the download starts: once streaming, only a broken file could say
	// so.
	private static void requireFreeTextRight(BoardUser user, boolean freeText) {
		if (freeText && !user.may(BoardAction.EXPORT_FREE_TEXT)) {
			throw new ActionNotPermittedException("EXPORT_FREE_TEXT");
		}
	}

	private static void requireExporter(BoardUser user) {
		if (!user.may(BoardAction.EXPORT_REGISTRY)) {
			throw new ActionNotPermittedException("EXPORT");
		}
	}

}
