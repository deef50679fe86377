package org.targetboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No form fails in silence: every page with a bound form shows the error summary, which
 * lists every refusal, each linked to its field, including refusals on fields the page
 * does not show (a hidden due date, a version). The fields' own errors stand beside them.
 */
class FormErrorsTests {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	@Test
	void everyPageWithABoundFormShowsTheErrorSummary() throws IOException {
		List<String> silent;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			silent = files.filter((file) -> file.toString().endsWith(".html")).filter((file) -> {
				String page = read(file);
				return page.contains("th:object=") && !page.contains("fields :: errorSummary(");
			}).map((file) -> TEMPLATES.relativize(file).toString()).toList();
		}
		assertThat(silent).isEmpty();
	}

	@Test
	void theSummaryListsEveryRefusalWithALinkToItsField() {
		String fragment = read(TEMPLATES.resolve("fragments/fields.html"));
		assertThat(fragment).contains("${#fields.hasErrors('*')}").contains("${#fields.detailedErrors()}");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
