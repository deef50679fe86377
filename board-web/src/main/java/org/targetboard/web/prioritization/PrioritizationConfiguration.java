package org.targetboard.web.prioritization;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.targetboard.prioritization.PrioritizationEngine;
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

}
