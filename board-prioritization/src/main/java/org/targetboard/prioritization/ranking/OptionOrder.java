package org.targetboard.prioritization.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * The lexicographic ranking of domain.md §8 step 7: the first criterion on which two
 * options differ decides; the order of the criteria comes from the knowledge base, not
 * from code.
 */
public final class OptionOrder {

	private OptionOrder() {
	}

	/**
	 * The comparator for the given criterion order (names as in knowledge-base.yaml).
	 * @throws IllegalArgumentException for an unknown criterion
	 */
	public static Comparator<RankingKey> comparator(List<String> order) {
		Comparator<RankingKey> comparator = (a, b) -> 0;
		for (String criterion : order) {
			comparator = comparator.thenComparing(switch (criterion) {
				case "feasibility" -> Comparator.comparingInt(RankingKey::feasibilityPenalties);
				case "standard" -> Comparator.comparing(RankingKey::standardOfCare).reversed();
				case "situation" -> Comparator.comparingInt(RankingKey::situationFit).reversed();
				case "evidence" -> Comparator.comparingInt(RankingKey::evidenceRank)
					.thenComparing(Comparator.comparing(RankingKey::approved).reversed());
				case "trial" -> Comparator.comparing(RankingKey::trialAvailable).reversed();
				case "functional" -> Comparator.comparingInt(RankingKey::functionalSupport).reversed();
				case "intent" -> Comparator.comparingInt(RankingKey::intentFit).reversed();
				case "toxicity" -> Comparator.comparingInt(RankingKey::toxicityFlags);
				default -> throw new IllegalArgumentException("Unknown ranking criterion " + criterion);
			});
		}
		return comparator;
	}

}
