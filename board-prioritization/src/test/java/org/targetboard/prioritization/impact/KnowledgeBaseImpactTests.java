package org.targetboard.prioritization.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.TestProfiles;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

class KnowledgeBaseImpactTests {

	@TempDir
	Path directory;

	@Test
	void reportsTheCasesWhoseTopOptionsChangeWithTheReason() throws IOException {
		KnowledgeBase current = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
		// A curator learns of a new resistance mutation: ABL1 E255K now also excludes
		// dasatinib and imatinib.
		for (String name : KnowledgeBaseLoader.FILES) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("knowledge-base/" + name)) {
				Files.write(this.directory.resolve(name), in.readAllBytes());
			}
		}
		Path resistance = this.directory.resolve("resistance.yaml");
		Files.writeString(resistance,
				Files.readString(resistance).replace("proteinChanges: [T315I]", "proteinChanges: [T315I, E255K]"));
		Path header = this.directory.resolve("knowledge-base.yaml");
		Files.writeString(header,
				Files.readString(header).replaceFirst("version: \"[^\"]+\"", "version: \"9999.01.1\""));
		KnowledgeBase next = KnowledgeBaseLoader.loadFrom(this.directory, PrioritizationEngine.REQUIRED_RULES);

		KnowledgeBaseImpact.NamedCase affected = new KnowledgeBaseImpact.NamedCase("NL-2026-0001",
				TestProfiles.of(Diagnosis.BCP_ALL)
					.fusion("BCR::ABL1")
					.lesion(MolecularLesion.Type.SNV_INDEL, "ABL1", "p.E255K")
					.build());
		KnowledgeBaseImpact.NamedCase unaffected = new KnowledgeBaseImpact.NamedCase("NL-2026-0002",
				TestProfiles.of(Diagnosis.T_ALL).marker("CD38", 90).build());

		KnowledgeBaseImpact.Report report = KnowledgeBaseImpact.compare(current, next, List.of(affected, unaffected),
				LocalDate.of(2026, 11, 22));

		assertThat(report.casesCompared()).isEqualTo(2);
		assertThat(report.changed()).singleElement().satisfies((change) -> {
			assertThat(change.name()).isEqualTo("NL-2026-0001");
			assertThat(change.before()).contains("Dasatinib", "Imatinib");
			assertThat(change.after()).contains("Ponatinib").doesNotContain("Dasatinib", "Imatinib");
			assertThat(change.newlyExcluded()).contains("Dasatinib", "Imatinib");
			assertThat(change.reasons()).anySatisfy((reason) -> assertThat(reason.text()).contains("ABL1 p.E255K"));
		});
		assertThat(report.describe()).contains("1 of 2 cases rank differently").contains("2026.12.1");
	}

}
