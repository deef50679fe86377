package org.targetboard.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.intake.IntakeProblem;

class AdviceDraftTests {

	@ParameterizedTest(name = "engine ranks {0} -> departs: {1}")
	@CsvSource({ "'1,2,3', false", "'1,2', false", "'1', false", "'1,2,-', false", "'2,1', true", "'1,3', true",
			"'2', true", "'-,1,2', true", "'1,-,2', true", "'-', true" })
	void decidesWhetherTheAdviceDepartsFromTheEngine(String ranks, boolean departs) {
		List<AdviceOption> options = java.util.Arrays.stream(ranks.split(","))
			.map((rank) -> option(AdviceOptionType.OFF_LABEL_TARGETED, rank.equals("-") ? null : Integer.valueOf(rank),
					null))
			.toList();
		assertThat(new AdviceDraft(null, options, null).departsFromEngine(3)).isEqualTo(departs);
	}

	@Test
	void letsAnyOrderStandWhenTheEngineRankedNothing() {
		List<AdviceOption> added = List.of(option(AdviceOptionType.PALLIATIVE_CARE, null, null));
		assertThat(new AdviceDraft(null, added, null).departsFromEngine(0)).isFalse();
		assertThat(new AdviceDraft(null, added, null).check(0)).isEmpty();
	}

	@Test
	void requiresAReasonForADepartureFromTheEngine() {
		List<AdviceOption> swapped = List.of(option(AdviceOptionType.IMMUNOTHERAPY, 2, null),
				option(AdviceOptionType.OFF_LABEL_TARGETED, 1, null));
		assertThat(fields(new AdviceDraft(null, swapped, null).check(3))).containsExactly("overrideReason");
		assertThat(new AdviceDraft(null, swapped, "CD22 density is low in the second sample").check(3)).isEmpty();
	}

	@Test
	void requiresTheTrialNumberInARecognisedForm() {
		assertThat(fields(new AdviceDraft(null, List.of(option(AdviceOptionType.TRIAL, 1, null)), null).check(3)))
			.containsExactly("options[0].trialId");
		assertThat(codes(new AdviceDraft(null, List.of(option(AdviceOptionType.TRIAL, 1, "NCT123")), null).check(3)))
			.containsExactly("trialId");
		assertThat(new AdviceDraft(null, List.of(option(AdviceOptionType.TRIAL, 1, "NCT05270096")), null).check(3))
			.isEmpty();
		assertThat(
				new AdviceDraft(null, List.of(option(AdviceOptionType.TRIAL, 1, "2023-503742-39-00")), null).check(3))
			.isEmpty();
	}

	@Test
	void requiresOptionsWithLabelAndRationale() {
		assertThat(codes(new AdviceDraft(null, List.of(), null).check(3))).containsExactly("noOptions");
		AdviceOption bare = new AdviceOption(AdviceOptionType.HSCT, " ", "", null, null, null, null, null, null);
		assertThat(fields(new AdviceDraft(null, List.of(bare), "added by the panel").check(3)))
			.containsExactly("options[0].label", "options[0].rationale");
	}

	/**
	 * "High-risk relapse protocol and blinatumomab" is one recommendation of two
	 * components, not two alternatives; options without a number stand alone, as all did
	 * before.
	 */
	@Test
	void groupsComponentsGivenTogetherIntoOneRecommendation() {
		AdviceOption protocol = option(AdviceOptionType.STANDARD_RELAPSE_PROTOCOL, 1, null);
		AdviceOption blinatumomab = option(AdviceOptionType.IMMUNOTHERAPY, 2, null).inRecommendation(1);
		AdviceOption regimen = new AdviceOption(AdviceOptionType.CHEMOTHERAPY_REGIMEN,
				"Clofarabine, etoposide, " + "cyclophosphamide", "If the protocol fails", grade("m3"), null, null, null,
				null, null);
		AdviceDraft draft = new AdviceDraft(null, List.of(protocol.inRecommendation(1), blinatumomab, regimen), null);
		assertThat(draft.recommendations()).hasSize(2);
		assertThat(draft.recommendations().get(0)).extracting(AdviceOption::type)
			.containsExactly(AdviceOptionType.STANDARD_RELAPSE_PROTOCOL, AdviceOptionType.IMMUNOTHERAPY);
		assertThat(draft.options().get(2).recommendation()).isEqualTo(2);
		assertThat(draft.check(3)).isEmpty();

		AdviceDraft alone = new AdviceDraft(null, List.of(protocol, option(AdviceOptionType.HSCT, 2, null)), null);
		assertThat(alone.options()).extracting(AdviceOption::recommendation).containsExactly(1, 2);
		assertThat(alone.recommendations()).hasSize(2);
	}

	@Test
	void acceptsATrialTheBoardNamesBeforeItsRegistryNumberIsKnown() {
		AdviceOption named = new AdviceOption(AdviceOptionType.TRIAL, "Venetoclax study", "BCL-2 dependent", null,
				"TBC", null, null, null, null);
		assertThat(named.trialNumberToBeConfirmed()).isTrue();
		assertThat(new AdviceDraft(null, List.of(named), null).check(0)).isEmpty();
	}

	@Test
	void refusesRecommendationNumbersOutOfOrder() {
		AdviceOption first = option(AdviceOptionType.STANDARD_RELAPSE_PROTOCOL, 1, null).inRecommendation(2);
		AdviceOption second = option(AdviceOptionType.HSCT, 2, null).inRecommendation(1);
		assertThat(fields(new AdviceDraft(null, List.of(first, second), "reason").check(3)))
			.contains("options[0].recommendation");
		AdviceOption gap = option(AdviceOptionType.HSCT, 2, null).inRecommendation(3);
		assertThat(fields(
				new AdviceDraft(null, List.of(option(AdviceOptionType.STANDARD_RELAPSE_PROTOCOL, 1, null), gap), null)
					.check(3)))
			.containsExactly("options[1].recommendation");
	}

	private static AdviceOption option(AdviceOptionType type, @Nullable Integer rank, @Nullable String trialId) {
		return new AdviceOption(type, "Option " + rank, "Because", grade("m2B"), trialId, null, null,
				(rank != null) ? "opt-" + rank : null, rank);
	}

	private static List<String> fields(List<IntakeProblem> problems) {
		return problems.stream().map(IntakeProblem::field).toList();
	}

	private static List<String> codes(List<IntakeProblem> problems) {
		return problems.stream().map(IntakeProblem::code).toList();
	}

	/**
	 * The engine's options the panel does not advise are listed with the panel's reason;
	 * an option cannot be advised and not advised at once.
	 */
	@Test
	void listsConsideredOptionsOnlyOnceWithAReasonWithinBounds() {
		AdviceOption first = option(AdviceOptionType.OFF_LABEL_TARGETED, 1, null);
		NotAdvised second = new NotAdvised("opt-2", 2, "Option 2", "Toxicity after the last line.");
		assertThat(new AdviceDraft(null, List.of(first), null, List.of(), List.of(second)).check(3)).isEmpty();
		assertThat(fields(new AdviceDraft(null, List.of(first), null, List.of(),
				List.of(new NotAdvised("opt-1", 1, "Option 1", null),
						new NotAdvised("opt-3", 3, "Option 3", "x".repeat(AdviceDraft.MAX_TEXT + 1)),
						new NotAdvised(null, 4, null, null)))
			.check(3))).containsExactly("notAdvised[0].label", "notAdvised[1].reason", "notAdvised[2].label");
	}

	private static EvidenceGrade grade(String notation) {
		return EvidenceGrade.parse(notation).orElseThrow();
	}

}
