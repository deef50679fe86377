package org.targetboard.prioritization.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.targetboard.prioritization.PrioritizationEngine;

class KnowledgeBaseTests {

	@TempDir
	Path directory;

	@Test
	void loadsAndValidatesTheBundledKnowledgeBase() {
		KnowledgeBase knowledge = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);

		// The version changes with every release; its form does not.
		assertThat(knowledge.version()).matches("\\d{4}\\.\\d{2}\\.\\d+");
		assertThat(knowledge.contentHash()).matches("[0-9a-f]{64}");
		assertThat(knowledge.events()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(knowledge.trials()).extracting(Trial::id)
			.contains("HEM-ISMART-A", "HEM-ISMART-B", "HEM-ISMART-C", "HEM-ISMART-D", "HEM-ISMART-E", "PEDAL-SCREENING",
					"ZIFTOPED", "GILTERITINIB-FLAG", "VENETOCLAX-PEDS-ALL", "DELPHINUS", "CD7-CAR-T-NCT05909527");
		assertThat(knowledge.trials()
			.stream()
			.filter((trial) -> trial.id().equals("HEM-ISMART-B"))
			.findFirst()
			.orElseThrow()
			.eligibility()
			.minPerformance()).as("sub-protocols inherit the master protocol's criteria").isEqualTo(50);
	}

	@Test
	void loadsTheSameVersionFromADirectoryWithTheSameHash() throws IOException {
		copyBundled();

		KnowledgeBase fromDirectory = KnowledgeBaseLoader.loadFrom(this.directory, PrioritizationEngine.REQUIRED_RULES);

		assertThat(fromDirectory.contentHash())
			.isEqualTo(KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES).contentHash());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"events.yaml | {drug: dasatinib, level: M1A, modifiers: [Z], sources: [K]} | {drug: dasatanib, level: M1A, modifiers: [Z], sources: [K]} | events.yaml, entry BCR-ABL1: unknown drug 'dasatanib'",
			"events.yaml | {drug: ponatinib, level: M1B, sources: [K]} | {drug: ponatinib, level: M1B, sources: []} | events.yaml, entry BCR-ABL1 / ponatinib: missing source",
			"trials.yaml | {marker: CD7, minPercent: 70} | {marker: CD7, minPercent: 170} | trials.yaml, entry CD7-CAR-T-NCT05909527: bad threshold",
			"trials.yaml | requiresAnyEvent: [JAK-STAT] | requiresAnyEvent: [JAK-STATS] | trials.yaml, entry HEM-ISMART-C: unknown event 'JAK-STATS'",
			"resistance.yaml | sources: [S28] | sources: [S99] | resistance.yaml, entry R-KMT2A-LINEAGE-SWITCH: unknown source 'S99'",
			"rules.yaml | id: CD19_NEGATIVE | id: CD19_NEGATIVE_OLD | rules.yaml, entry CD19_NEGATIVE: no settings for this engine rule" })
	void refusesABrokenKnowledgeBaseNamingFileEntryAndProblem(String file, String original, String broken,
			String message) throws IOException {
		copyBundled();
		Path path = this.directory.resolve(file);
		String content = Files.readString(path);
		assertThat(content).contains(original);
		Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(original), broken));

		assertThatThrownBy(() -> KnowledgeBaseLoader.loadFrom(this.directory, PrioritizationEngine.REQUIRED_RULES))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageStartingWith(message);
	}

	@Test
	void refusesAFileThatIsNotValidYamlWithItsLine() throws IOException {
		copyBundled();
		Files.writeString(this.directory.resolve("drugs.yaml"), "drugs:\n  - id: x\n    route: [unclosed\n");

		assertThatThrownBy(() -> KnowledgeBaseLoader.loadFrom(this.directory, PrioritizationEngine.REQUIRED_RULES))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageStartingWith("drugs.yaml: cannot be parsed");
	}

	private void copyBundled() throws IOException {
		for (String name : KnowledgeBaseLoader.FILES) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("knowledge-base/" + name)) {
				Files.writeString(this.directory.resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	static List<String> files() {
		return KnowledgeBaseLoader.FILES;
	}

}
