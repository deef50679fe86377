package org.targetboard.web.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.NotAdvised;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.knowledge.OptionType;
import org.targetboard.prioritization.trial.TrialMatch;

/**
 * The chair's starting point: the engine's ranked options in the engine's order, each
 * with its evidence, its reasons as rationale and, for a trial, its number and arm.
 */
public final class AdviceProposal {

	private AdviceProposal() {
	}

	/**
	 * How many of the engine's options a draft starts with as advised: the board's choice
	 * lay in the engine's top three in the measure of issue 12 (docs/reference-set); the
	 * rest start as considered and not advised, one step from being advised.
	 */
	static final int TOP = 3;

	static AdviceDraft from(PrioritizationResult result) {
		List<AdviceOption> options = new ArrayList<>();
		List<NotAdvised> considered = new ArrayList<>();
		List<RankedOption> engineOptions = ranked(result);
		for (int i = 0; i < engineOptions.size(); i++) {
			RankedOption option = engineOptions.get(i);
			if (i < TOP) {
				options.add(option(result, option, i + 1));
			}
			else {
				considered.add(new NotAdvised(option.optionId(), i + 1, option.label(), null));
			}
		}
		return new AdviceDraft(null, options, null, List.of(), considered);
	}

	/**
	 * The engine's option as an advised option, as the engine ranked it, for the chair
	 * who advises an option first considered and not advised.
	 */
	static java.util.Optional<AdviceOption> engineOption(PrioritizationResult result, String optionId) {
		List<RankedOption> engineOptions = ranked(result);
		for (int i = 0; i < engineOptions.size(); i++) {
			if (engineOptions.get(i).optionId().equals(optionId)) {
				return java.util.Optional.of(option(result, engineOptions.get(i), i + 1));
			}
		}
		return java.util.Optional.empty();
	}

	// Options given alongside a treatment (diagnostics, local therapy) follow the
	// treatments, numbered on.
	private static List<RankedOption> ranked(PrioritizationResult result) {
		List<RankedOption> engineOptions = new ArrayList<>(result.options());
		engineOptions.addAll(result.alongside());
		return engineOptions;
	}

	private static AdviceOption option(PrioritizationResult result, RankedOption option, int rank) {
		TrialMatch trial = result.trials()
			.stream()
			.filter((match) -> match.trialId().equals(option.optionId()))
			.findFirst()
			.orElse(null);
		String rationale = option.reasons().stream().map(Reason::text).collect(Collectors.joining(" "));
		return new AdviceOption(typeOf(option.type()), option.label(), rationale.isBlank() ? option.why() : rationale,
				option.evidence(), (trial != null) ? trial.registryId() : null, (trial != null) ? trial.arm() : null,
				null, option.optionId(), rank);
	}

	/**
	 * The advice type of an engine option. Chemotherapy options of the knowledge base are
	 * relapse-protocol agents (nelarabine, low-dose mercaptopurine); the chair refines
	 * the type where needed.
	 */
	public static AdviceOptionType typeOf(OptionType type) {
		return switch (type) {
			case TARGETED_AGENT -> AdviceOptionType.OFF_LABEL_TARGETED;
			case IMMUNOTHERAPY -> AdviceOptionType.IMMUNOTHERAPY;
			case CAR_T -> AdviceOptionType.CAR_T;
			case CHEMOTHERAPY, STANDARD_RELAPSE_PROTOCOL -> AdviceOptionType.STANDARD_RELAPSE_PROTOCOL;
			case CHEMOTHERAPY_REGIMEN -> AdviceOptionType.CHEMOTHERAPY_REGIMEN;
			case RADIOTHERAPY -> AdviceOptionType.RADIOTHERAPY;
			case CNS_DIRECTED_THERAPY -> AdviceOptionType.CNS_DIRECTED_THERAPY;
			case OBSERVATION -> AdviceOptionType.OBSERVATION;
			case TRIAL -> AdviceOptionType.TRIAL;
			case HSCT -> AdviceOptionType.HSCT;
			case FURTHER_DIAGNOSTICS -> AdviceOptionType.FURTHER_DIAGNOSTICS;
		};
	}

}
