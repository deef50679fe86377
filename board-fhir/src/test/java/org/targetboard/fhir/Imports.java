package org.targetboard.fhir;

import org.targetboard.core.profile.HgncIds;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

/**
 * The knowledge base's HGNC ids, as the application passes them, and imports with them.
 */
final class Imports {

	static final HgncIds GENES = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES).hgncIds();

	private Imports() {
	}

	static ImportResult read(String json) {
		return BundleImport.read(json, GENES, null);
	}

}
