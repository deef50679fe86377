package org.targetboard.web.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceOption;
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

	static AdviceDraft from(PrioritizationResult result) {
		List<AdviceOption> options = new ArrayList<>();
		// Options given alongside a treatment (diagnostics, local therapy) follow the
		// treatments, numbered on.
		List<RankedOption> engineOptions = new ArrayList<>(result.options());
		engineOptions.addAll(result.alongside());
		for (RankedOption option : engineOptions) {
			TrialMatch trial = result.trials()
				.stream()
				.filter((match) -> match.trialId().equals(option.optionId()))
				.findFirst()
				.orElse(null);
			String rationale = option.reasons().stream().map(Reason::text).collect(Collectors.joining(" "));
			options.add(new AdviceOption(typeOf(option.type()), option.label(),
					rationale.isBlank() ? option.why() : rationale, option.evidence(),
					(trial != null) ? trial.registryId() : null, (trial != null) ? trial.arm() : null, null,
					option.optionId(), options.size() + 1));
		}
		return new AdviceDraft(null, options, null);
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
