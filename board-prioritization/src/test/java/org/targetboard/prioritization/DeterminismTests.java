package org.targetboard.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

class DeterminismTests {

	@Test
	void givesTheIdenticalResultForTheSameCaseDateAndKnowledgeBase() throws IOException {
		CaseProfile profile = CaseJson
			.readProfile(Files.readString(Path.of("../docs/examples/bcp-all-post-cart-cd19-negative.json")));
		Set<String> results = new HashSet<>();
		for (int run = 0; run < 20; run++) {
			// A fresh load each time: nothing may depend on hash order or load order.
			PrioritizationEngine engine = new PrioritizationEngine(
					KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES));
			results.add(CaseJson.write(engine.prioritize(profile, LocalDate.of(2026, 11, 22))));
		}

		assertThat(results).hasSize(1);
		assertThat(results.iterator().next()).contains("\"engineVersion\" : \"1.0.0\"")
			.contains("\"knowledgeBaseVersion\" : \""
					+ KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES).version() + "\"")
			.contains("\"knowledgeBaseHash\"");
	}

}
