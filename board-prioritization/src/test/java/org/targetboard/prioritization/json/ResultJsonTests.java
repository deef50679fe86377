package org.targetboard.prioritization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

class ResultJsonTests {

	@Test
	void readsBackEveryStoredRankingAsItWasWritten() throws IOException {
		PrioritizationEngine engine = new PrioritizationEngine(
				KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES));
		List<Path> examples;
		try (var files = Files.list(Path.of("../docs/examples"))) {
			examples = files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		assertThat(examples).isNotEmpty();
		for (Path example : examples) {
			PrioritizationResult result = engine.prioritize(CaseJson.readProfile(Files.readString(example)),
					LocalDate.of(2026, 12, 1));
			PrioritizationResult read = CaseJson.readResult(CaseJson.write(result));
			assertThat(read).as(example.toString()).isEqualTo(result);
		}
	}

	@Test
	void refusesADocumentThatIsNotAResult() {
		assertThatThrownBy(() -> CaseJson.readResult("{\"options\": 3}")).isInstanceOf(InvalidCaseException.class);
	}

}
