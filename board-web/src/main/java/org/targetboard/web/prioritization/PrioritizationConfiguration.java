package org.targetboard.web.prioritization;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.targetboard.core.intake.RiskGroup;
import org.targetboard.core.intake.RiskGrouping;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.risk.RelapseRisk;
import org.targetboard.prioritization.risk.RiskAssessment;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;
import org.targetboard.web.system.BoardProperties;

/**
 * Wires the plain-Java engine: the knowledge base comes from
 * {@code board.prioritization.knowledge-base-dir} when set, else the version shipped with
 * the engine. A knowledge base that does not validate stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
class PrioritizationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PrioritizationConfiguration.class);

	@Bean
	KnowledgeBase knowledgeBase(BoardProperties properties) {
		String directory = properties.prioritization().knowledgeBaseDir();
		KnowledgeBase knowledge = (directory == null || directory.isBlank())
				? KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES)
				: KnowledgeBaseLoader.loadFrom(Path.of(directory), PrioritizationEngine.REQUIRED_RULES);
		log.info("Knowledge base {} loaded (sha256 {})", knowledge.version(), knowledge.contentHash());
		return knowledge;
	}

	@Bean
	PrioritizationEngine prioritizationEngine(KnowledgeBase knowledgeBase) {
		return new PrioritizationEngine(knowledgeBase);
	}

	/**
	 * The engine's relapse risk rules (domain.md 4) for the registry, which computes the
	 * risk group of every case it accepts for submission.
	 */
	@Bean
	RiskGrouping riskGrouping() {
		return (intake) -> {
			RiskAssessment risk = RelapseRisk.assess(intake.toProfile(null));
			List<String> words = new java.util.ArrayList<>(risk.explanation());
			if (!risk.missing().isEmpty()) {
				words.add("Missing for a risk group: " + String.join(", ", risk.missing()));
			}
			return new RiskGroup((risk.timing() != null) ? risk.timing().name() : null, risk.bfmGroup(),
					risk.nct05827549Group(), String.join("; ", words));
		};
	}

}
