package org.targetboard.prioritization;

import java.util.List;
import java.util.function.Function;

import org.targetboard.prioritization.ranking.RankingKey;

/**
 * Why an option ranks where it does, in one sentence a clinician reads: the first ranking
 * criterion on which it differs from the option below it (or, for the last, from the one
 * above), in clinical words instead of the sort key.
 */
final class Explanations {

	private Explanations() {
	}

	static String why(List<Candidate> ranked, int index, Function<Candidate, RankingKey> keys, List<String> order,
			boolean alongside) {
		Candidate option = ranked.get(index);
		String place = (index == 0) ? "First" : "Ranked " + (index + 1);
		if (ranked.size() == 1) {
			return place + ": the only " + (alongside ? "option given alongside treatment" : "option that remains")
					+ reasonSuffix(option);
		}
		boolean last = index == ranked.size() - 1;
		Candidate other = last ? ranked.get(index - 1) : ranked.get(index + 1);
		Candidate better = last ? other : option;
		Candidate worse = last ? option : other;
		String because = because(better, worse, keys.apply(better), keys.apply(worse), order);
		if (last) {
			return place + ", after " + better.label + ": " + because;
		}
		return place + ", before " + worse.label + ": " + because;
	}

	private static String because(Candidate better, Candidate worse, RankingKey a, RankingKey b, List<String> order) {
		for (String criterion : order) {
			String text = switch (criterion) {
				case "feasibility" -> (a.feasibilityPenalties() != b.feasibilityPenalties())
						? worse.label + " has a concern against it – " + firstPenalty(worse) : null;
				case "standard" -> (a.standardOfCare() != b.standardOfCare())
						? better.label + " is the standard-of-care protocol for this situation" : null;
				case "situation" -> (a.situationFit() != b.situationFit())
						? situationReason(better, a.situationFit() > b.situationFit()) : null;
				case "evidence" -> (a.evidenceRank() != b.evidenceRank())
						? "stronger evidence (" + better.evidence.dnpm() + " against " + worse.evidence.dnpm() + ")"
						: (a.approved() != b.approved())
								? "the same level of evidence, and " + worse.label + " would be used off-label" : null;
				case "trial" -> (a.trialAvailable() != b.trialAvailable())
						? ((better.type == org.targetboard.prioritization.knowledge.OptionType.TRIAL)
								? "an open trial the patient can enter comes first"
								: better.label + " is also open to the patient in a trial")
						: null;
				case "functional" -> (a.functionalSupport() != b.functionalSupport())
						? "ex-vivo drug-response or BH3 data favour " + better.label : null;
				case "intent" ->
					(a.intentFit() != b.intentFit()) ? better.label + " fits the treatment intent better" : null;
				case "toxicity" -> (a.toxicityFlags() != b.toxicityFlags())
						? "fewer notable toxicities (" + names(better) + " against " + names(worse) + ")" : null;
				default -> null;
			};
			if (text != null) {
				return text;
			}
		}
		if (better.eligibleTrial && !worse.eligibleTrial) {
			return "an eligible, recruiting trial comes before off-label use of the same class";
		}
		return "equal on every criterion; listed by kind of option and name";
	}

	private static String situationReason(Candidate better, boolean supported) {
		if (supported && !better.strategy.isEmpty()) {
			return better.strategy.get(0).text();
		}
		return better.label + " fits the clinical situation better";
	}

	private static String firstPenalty(Candidate candidate) {
		return candidate.concerns.isEmpty() ? "a history or resistance rule" : candidate.concerns.get(0).text();
	}

	private static String names(Candidate candidate) {
		List<String> toxicities = candidate.toxicities();
		return toxicities.isEmpty() ? "none"
				: String.join(", ", toxicities.stream().map((t) -> t.toLowerCase().replace('_', ' ')).toList());
	}

	private static String reasonSuffix(Candidate option) {
		return option.reasons.isEmpty() ? "" : " – " + option.reasons.get(0).text();
	}

}
