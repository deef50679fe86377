package org.targetboard.prioritization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

class RankCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path directory;

	private int run(String... args) {
		return RankCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bcp-all-post-cart-cd19-negative.json", "t-all-refractory-first-relapse.json",
			"aml-kmt2a-second-relapse.json", "bcp-all-late-first-relapse.json" })
	void ranksEveryDocumentedExampleIdenticallyTwice(String example) {
		String file = "../docs/examples/" + example;

		assertThat(run("rank", file, "--date", "2026-11-22")).isZero();
		String first = this.out.toString(StandardCharsets.UTF_8);
		this.out.reset();
		assertThat(run("rank", file, "--date", "2026-11-22")).isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(first).contains("\"options\"");
	}

	@Test
	void printsReadableTextWithReasonsAndSources() {
		assertThat(
				run("rank", "../docs/examples/bcp-all-post-cart-cd19-negative.json", "--text", "--date", "2026-11-22"))
			.isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("TREATMENT OPTIONS")
			.contains("✗ Blinatumomab")
			.contains("CD19-negative")
			.contains("[CD19_NEGATIVE; S28, S26, S27]")
			.contains("not in knowledge base");
	}

	/**
	 * Every field the JSON Schema lists is accepted by the command line (and so by the
	 * prioritization API, which reads cases the same way): a case as a centre wrote it,
	 * intake fields included, ranks as it is.
	 */
	@Test
	void acceptsEveryFieldTheSchemaLists() throws IOException {
		tools.jackson.databind.JsonNode schema = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("../docs/case-format.schema.json")));
		java.util.Set<String> known = new java.util.HashSet<>(
				java.util.Arrays.stream(org.targetboard.core.intake.CaseIntake.class.getRecordComponents())
					.map(java.lang.reflect.RecordComponent::getName)
					.toList());
		known.add("country");
		// The case's, not the intake's: the hospital of the centre that treats the
		// patient.
		known.add("treatingHospital");
		java.util.List<String> listed = new java.util.ArrayList<>();
		schema.get("properties").propertyNames().forEach(listed::add);
		assertThat(known).as("fields of the case format").containsAll(listed);

		// The documented example that fills every field; the API and form tests use it
		// too.
		Path file = Path.of("../docs/examples/every-field.json");
		tools.jackson.databind.JsonNode document = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(Files.readString(file));
		java.util.List<String> written = new java.util.ArrayList<>();
		document.propertyNames().forEach(written::add);
		assertThat(written).as("the test case fills every listed field").containsAll(listed);
		java.util.List<String> situation = new java.util.ArrayList<>();
		document.get("situation").propertyNames().forEach(situation::add);
		java.util.List<String> situationFields = new java.util.ArrayList<>();
		schema.get("$defs").get("situation").get("properties").propertyNames().forEach(situationFields::add);
		assertThat(situation).as("the test case fills every field of the situation").containsAll(situationFields);
		java.util.List<String> lineFields = new java.util.ArrayList<>();
		schema.get("$defs").get("treatmentLine").get("properties").propertyNames().forEach(lineFields::add);
		java.util.Set<String> lineWritten = new java.util.HashSet<>();
		document.get("history").forEach((line) -> line.propertyNames().forEach(lineWritten::add));
		assertThat(lineWritten).as("the test case fills every field of a treatment line").containsAll(lineFields);

		assertThat(run("rank", file.toString(), "--date", "2026-12-07")).as(this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"options\"");
	}

	@Test
	void rejectsAnInvalidCaseNamingTheField() throws IOException {
		Path file = this.directory.resolve("case.json");
		Files.writeString(file, """
				{"diagnosis": "BCP_ALL", "relapseNumber": 1, "intent": "CURE_AT_ANY_COST",
				 "markers": [{"marker": "CD19", "percentPositive": 140}]}
				""");

		assertThat(run("rank", file.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("intent: must be one of BRIDGE_TO_HSCT");
	}

	@Test
	void rejectsPercentagesOutsideTheRangeAndMalformedHgvs() throws IOException {
		Path percent = this.directory.resolve("percent.json");
		Files.writeString(percent, """
				{"diagnosis": "BCP_ALL", "relapseNumber": 1, "markers": [{"marker": "CD19", "percentPositive": 140}]}
				""");
		Path hgvs = this.directory.resolve("hgvs.json");
		Files.writeString(hgvs, """
				{"diagnosis": "BCP_ALL", "relapseNumber": 1,
				 "lesions": [{"type": "SNV_INDEL", "gene": "ABL1", "proteinChange": "T315I please"}]}
				""");

		assertThat(run("rank", percent.toString())).isEqualTo(1);
		assertThat(run("rank", hgvs.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("markers.percentPositive: must be between 0 and 100")
			.contains("lesions.proteinChange: is not an HGVS protein change");
	}

	@Test
	void validatesTheBundledKnowledgeBase() {
		assertThat(run("validate")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Knowledge base "
				+ KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES).version() + " is valid");
	}

	@Test
	void reportsNoImpactBetweenIdenticalKnowledgeBases() throws IOException {
		Path kb = this.directory.resolve("kb");
		Files.createDirectories(kb);
		for (String name : org.targetboard.prioritization.knowledge.KnowledgeBaseLoader.FILES) {
			try (var in = getClass().getClassLoader().getResourceAsStream("knowledge-base/" + name)) {
				Files.write(kb.resolve(name), in.readAllBytes());
			}
		}

		assertThat(run("impact", "--old", kb.toString(), "--new", kb.toString(), "--text",
				"../docs/examples/bcp-all-post-cart-cd19-negative.json"))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("0 of 1 cases rank differently");
	}

	@Test
	void explainsItsUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: rank CASE.json");
	}

}
