package org.targetboard.prioritization.ranking;

/**
 * The values an option is ranked by, one per criterion of the knowledge base's ranking
 * order; shown with the option so that every rank can be explained.
 *
 * @param feasibilityPenalties history and resistance rules that count against feasibility
 * (fewer first)
 * @param standardOfCare whether it is the standard-of-care relapse protocol (first)
 * @param situationFit how strongly the rules name it as the strategy for the clinical
 * situation: refractory disease, MRD persistence, relapse after a line (higher first)
 * @param evidenceRank rank of the evidence level, 1 strongest (lower first)
 * @param approved at equal evidence, whether it is used on label: an approval (Z, Z(FDA))
 * covers the drug, or it is not a drug used off-label (a protocol, HSCT, a trial) (first)
 * @param trialAvailable whether an open, matching trial offers it (first)
 * @param functionalSupport ex-vivo support minus resistance (higher first)
 * @param intentFit favoured minus penalised attributes for the intent (higher first)
 * @param toxicityFlags notable toxicities (fewer first)
 */
public record RankingKey(int feasibilityPenalties, boolean standardOfCare, int situationFit, int evidenceRank,
		boolean approved, boolean trialAvailable, int functionalSupport, int intentFit, int toxicityFlags) {

	/** The key in words, criterion by criterion in the given order. */
	public String describe(java.util.List<String> order) {
		StringBuilder text = new StringBuilder();
		for (String criterion : order) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(switch (criterion) {
				case "feasibility" -> (this.feasibilityPenalties == 0) ? "no feasibility concerns"
						: this.feasibilityPenalties + " feasibility concern(s)";
				case "standard" -> this.standardOfCare ? "standard of care" : "not standard of care";
				case "situation" -> "situation fit " + signed(this.situationFit);
				case "evidence" -> "evidence rank " + this.evidenceRank + (this.approved ? ", approved" : "");
				case "trial" -> this.trialAvailable ? "available in an open trial" : "no open trial";
				case "functional" -> "functional support " + signed(this.functionalSupport);
				case "intent" -> "intent fit " + signed(this.intentFit);
				case "toxicity" -> this.toxicityFlags + " toxicity flag(s)";
				default -> criterion;
			});
		}
		return text.toString();
	}

	private static String signed(int value) {
		return (value > 0) ? "+" + value : Integer.toString(value);
	}

}
