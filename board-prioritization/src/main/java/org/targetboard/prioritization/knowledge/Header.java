package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.targetboard.core.evidence.EvidenceLevel;

/**
 * The header file {@code knowledge-base.yaml}: version, date and the ranking
 * configuration.
 *
 * @param version the curators' version identifier
 * @param date the date of the version
 * @param description what this version is
 * @param ranking the ranking configuration
 */
public record Header(String version, LocalDate date, String description, Ranking ranking) {

	/**
	 * The lexicographic ranking configuration.
	 *
	 * @param order the criteria in order of precedence
	 * @param evidenceRank rank per evidence level, 1 strongest
	 * @param tiers priority tiers of actionable events
	 */
	public record Ranking(List<String> order, Map<EvidenceLevel, Integer> evidenceRank, List<Tier> tiers) {

		public Ranking {
			order = Lists.orEmpty(order);
			evidenceRank = Map.copyOf(evidenceRank);
			tiers = Lists.orEmpty(tiers);
		}

	}

	/**
	 * A priority tier of actionable events.
	 *
	 * @param tier the tier number, 1 highest
	 * @param maxEvidence the weakest evidence level still in this tier
	 * @param label what the tier means
	 */
	public record Tier(int tier, EvidenceLevel maxEvidence, String label) {
	}

}
