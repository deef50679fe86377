package org.targetboard.prioritization.evaluation;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The engine against a board's decisions.
 *
 * @param knowledgeBaseVersion the knowledge base the engine used
 * @param cases how many cases
 * @param top1 cases whose board choice the engine ranked first
 * @param top3 cases whose board choice is among the engine's first three
 * @param top5 cases whose board choice is among the engine's first five
 * @param standardOfCareCases cases where the source states that a standard applied
 * @param standardOfCareRecognised of those, the cases where the engine stated it
 * @param falseStandardOfCareClaims cases where the source states no standard applied but
 * the engine claimed one
 * @param results per case
 */
public record EvaluationReport(String knowledgeBaseVersion, int cases, int top1, int top3, int top5,
		int standardOfCareCases, int standardOfCareRecognised, int falseStandardOfCareClaims,
		List<CaseResult> results) {

	static EvaluationReport of(String version, List<CaseResult> results) {
		int top1 = 0;
		int top3 = 0;
		int top5 = 0;
		int standard = 0;
		int recognised = 0;
		int falseClaims = 0;
		for (CaseResult result : results) {
			top1 += result.within(1) ? 1 : 0;
			top3 += result.within(3) ? 1 : 0;
			top5 += result.within(5) ? 1 : 0;
			if (Boolean.TRUE.equals(result.standardOfCare())) {
				standard++;
				recognised += result.engineClaimsStandard() ? 1 : 0;
			}
			if (Boolean.FALSE.equals(result.standardOfCare()) && result.engineClaimsStandard()) {
				falseClaims++;
			}
		}
		return new EvaluationReport(version, results.size(), top1, top3, top5, standard, recognised, falseClaims,
				List.copyOf(results));
	}

	/** The figures and the cases outside the top three, as text. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append("Knowledge base ")
			.append(this.knowledgeBaseVersion)
			.append(", ")
			.append(this.cases)
			.append(" cases\n");
		text.append("  top-1 concordance: ").append(figure(this.top1, this.cases)).append('\n');
		text.append("  top-3 concordance: ").append(figure(this.top3, this.cases)).append('\n');
		text.append("  top-5 concordance: ").append(figure(this.top5, this.cases)).append('\n');
		text.append("  standard of care recognised: ")
			.append(figure(this.standardOfCareRecognised, this.standardOfCareCases))
			.append('\n');
		text.append("  false standard-of-care claims: ").append(this.falseStandardOfCareClaims).append('\n');
		for (CaseResult result : this.results) {
			boolean standardMiss = Boolean.TRUE.equals(result.standardOfCare()) && !result.engineClaimsStandard();
			boolean falseClaim = Boolean.FALSE.equals(result.standardOfCare()) && result.engineClaimsStandard();
			if (!result.within(3) || standardMiss || falseClaim || Boolean.FALSE.equals(result.alongsideProposed())) {
				text.append("\n").append(result.id()).append(": board chose ").append(result.chosen());
				text.append((result.engineRank() != null) ? ", engine rank " + result.engineRank()
						: ", not in the engine's ranking");
				if (standardMiss) {
					text.append("; standard of care not recognised");
				}
				if (falseClaim) {
					text.append("; engine claimed a standard of care");
				}
				if (Boolean.FALSE.equals(result.alongsideProposed())) {
					text.append("; diagnostics or local therapy not proposed alongside");
				}
				text.append('\n');
				result.engineTop()
					.forEach((option) -> text.append("    ")
						.append(option.rank())
						.append(". ")
						.append(option.label())
						.append(" – ")
						.append(option.why())
						.append('\n'));
			}
		}
		return text.toString();
	}

	private static String figure(int count, int of) {
		return count + "/" + of + ((of > 0) ? String.format(Locale.ROOT, " (%.0f %%)", 100.0 * count / of) : "");
	}

	/**
	 * One case.
	 *
	 * @param id the case id
	 * @param situation the clinical situation
	 * @param source the citation
	 * @param chosen the board's components
	 * @param engineRank the engine's rank of the board's choice; {@code null} if not
	 * ranked
	 * @param alongsideProposed whether the diagnostics or local therapy the board chose
	 * were proposed alongside; {@code null} when it chose none
	 * @param standardOfCare whether the source states that a standard applied
	 * @param engineClaimsStandard whether the engine stated one
	 * @param standardStatement the engine's statement
	 * @param engineTop the engine's first five options with the rules that decided
	 */
	public record CaseResult(String id, @Nullable String situation, @Nullable String source, List<String> chosen,
			@Nullable Integer engineRank, @Nullable Boolean alongsideProposed, @Nullable Boolean standardOfCare,
			boolean engineClaimsStandard, String standardStatement, List<EngineOption> engineTop) {

		/** Whether the board's choice is among the engine's first k. */
		public boolean within(int k) {
			return this.engineRank != null && this.engineRank <= k;
		}

	}

	/**
	 * One of the engine's first options.
	 *
	 * @param rank its rank
	 * @param optionId its id
	 * @param label what it is
	 * @param why why it ranks there
	 * @param rules the rules that gave it reasons
	 */
	public record EngineOption(int rank, String optionId, String label, String why, List<String> rules) {
	}

}
