package org.targetboard.prioritization;

import java.util.List;

/**
 * Why something happened in a ranking: the rule or knowledge-base entry, its words, and
 * its sources.
 *
 * @param ruleId the rule or entry id (e.g. {@code CD19_NEGATIVE}, {@code BCR-ABL1},
 * {@code R-ABL1-T315I})
 * @param text the reason in words a clinician reads
 * @param sources the cited sources (ids of sources.yaml)
 */
public record Reason(String ruleId, String text, List<String> sources) {

	public Reason {
		sources = List.copyOf(sources);
	}

}
