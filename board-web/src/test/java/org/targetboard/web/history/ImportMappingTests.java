package org.targetboard.web.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportMappingTests {

	private static final SourceTable TABLE = new SourceTable(
			List.of("id", "dag", "dx", "agents___1", "agents___2", "l1_gene", "l1_type", "l2_gene", "l2_type", "list"),
			List.of());

	private static final String MAPPING = """
			format: target-board-import/1
			source: test
			recordId: id
			centre: {column: dag, codes: {utrecht: NL}}
			case:
			  diagnosis: {column: dx, codes: {"1": BCP_ALL}}
			  performanceScale: {value: LANSKY}
			  history:
			    - kind: {value: CHEMOTHERAPY}
			      agents: {checked: {agents___1: prednisone, agents___2: vincristine}}
			  lesions:
			    - {gene: l1_gene, type: {column: l1_type, codes: {"1": SNV_INDEL}}}
			    - {gene: l2_gene, type: {column: l2_type, codes: {"1": SNV_INDEL}}}
			  markers:
			    - {marker: {value: CD19}, percentPositive: list}
			advice:
			  advisedOn: list
			""";

	@Test
	void buildsTheCaseFormatFromARow() {
		ImportMapping mapping = ImportMapping.read(MAPPING.getBytes(StandardCharsets.UTF_8), TABLE);
		Map<String, String> row = Map.of("id", "1", "dag", "utrecht", "dx", "1", "agents___1", "1", "agents___2", "0",
				"l1_gene", "", "l1_type", "", "l2_gene", "NRAS", "l2_type", "1", "list", "");
		ImportMapping.Built built = mapping.build("case", row);
		assertThat(built.problems()).isEmpty();
		assertThat(built.json().toString()).contains("\"diagnosis\":\"BCP_ALL\"")
			.contains("\"performanceScale\":\"LANSKY\"")
			.contains("\"agents\":[\"prednisone\"]");
		// The empty first lesion is no lesion: the second is lesions[0], from l2_gene.
		assertThat(built.json().get("lesions")).hasSize(1);
		assertThat(built.columnOf("lesions[0].gene")).isEqualTo("l2_gene");
		assertThat(built.columnOf("lesions.gene")).isEqualTo("l2_gene");
		// A marker entry whose only column is empty is no entry, though it has a
		// constant.
		assertThat(built.json().get("markers")).isEmpty();
		assertThat(mapping.centre(row).text("centre")).isEqualTo("NL");
	}

	@Test
	void aCodeTheMappingDoesNotTranslateIsRefusedWithoutEchoingIt() {
		ImportMapping mapping = ImportMapping.read(MAPPING.getBytes(StandardCharsets.UTF_8), TABLE);
		ImportMapping.Built built = mapping.build("case", Map.of("dx", "Jansen", "agents___1", "0", "agents___2", "0"));
		assertThat(built.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("diagnosis");
			assertThat(problem.code()).isEqualTo("untranslatedCode");
			assertThat(problem.message()).doesNotContain("Jansen");
		});
		assertThat(built.columnOf("diagnosis")).isEqualTo("dx");
	}

	@Test
	void refusesAMappingThatNamesAColumnTheFileDoesNotHave() {
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> ImportMapping
				.read(MAPPING.replace("l2_gene", "lesion2_gene").getBytes(StandardCharsets.UTF_8), TABLE))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("lesion2_gene")));
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> ImportMapping.read("format: other\n".getBytes(StandardCharsets.UTF_8), TABLE))
			.satisfies((ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("format"));
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> ImportMapping.read("a: [\n".getBytes(StandardCharsets.UTF_8), TABLE))
			.satisfies((ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("yaml"));
	}

}
