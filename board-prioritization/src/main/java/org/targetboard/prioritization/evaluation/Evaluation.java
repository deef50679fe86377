package org.targetboard.prioritization.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Ranks every case of a reference set and compares the engine with the board. A case is
 * concordant at k when a treatment component of the board's first recommendation is among
 * the engine's first k treatment options; components boards give alongside a treatment
 * (diagnostics, CNS-directed or local therapy) are judged against the options the engine
 * lists alongside, and decide the case only when the board chose nothing else.
 */
public final class Evaluation {

	private Evaluation() {
	}

	/**
	 * Evaluates the set.
	 * @param defaultDate the date for cases that give none
	 * @throws org.targetboard.prioritization.json.InvalidCaseException naming the case
	 * and field when a case is not valid
	 */
	public static EvaluationReport run(PrioritizationEngine engine, ReferenceSet set, LocalDate defaultDate) {
		List<EvaluationReport.CaseResult> results = new ArrayList<>();
		for (ReferenceSet.ReferenceCase reference : set.cases()) {
			PrioritizationResult result;
			try {
				result = engine.prioritize(CaseJson.readProfile(reference.profile().toString()),
						(reference.date() != null) ? reference.date() : defaultDate);
			}
			catch (org.targetboard.prioritization.json.InvalidCaseException ex) {
				throw new org.targetboard.prioritization.json.InvalidCaseException(
						"cases[" + reference.id() + "]." + ex.field(), ex.problem());
			}
			results.add(judge(reference, result));
		}
		return EvaluationReport.of(engine.knowledgeBase().version(), results);
	}

	private static EvaluationReport.CaseResult judge(ReferenceSet.ReferenceCase reference,
			PrioritizationResult result) {
		List<String> treatments = new ArrayList<>();
		List<String> alongside = new ArrayList<>();
		for (String component : reference.chosen()) {
			(isAlongside(component) ? alongside : treatments).add(component);
		}
		Integer rank = null;
		for (RankedOption option : result.options()) {
			if (treatments.stream().anyMatch((component) -> matches(component, option))) {
				rank = option.rank();
				break;
			}
		}
		boolean alongsideFound = !alongside.isEmpty() && alongside.stream()
			.allMatch((component) -> result.alongside().stream().anyMatch((option) -> matches(component, option)));
		if (treatments.isEmpty() && alongsideFound) {
			rank = 1;
		}
		List<EvaluationReport.EngineOption> top = result.options()
			.stream()
			.limit(5)
			.map((option) -> new EvaluationReport.EngineOption(option.rank(), option.optionId(), option.label(),
					option.why(), option.reasons().stream().map(Reason::ruleId).distinct().toList()))
			.toList();
		boolean claimed = result.standardOfCare().exists()
				|| result.options().stream().anyMatch((option) -> option.key().standardOfCare());
		return new EvaluationReport.CaseResult(reference.id(), reference.situation(),
				(reference.source() != null) ? reference.source().citation() : null, reference.chosen(), rank,
				alongside.isEmpty() ? null : alongsideFound, reference.standardOfCare(), claimed,
				result.standardOfCare().statement(), top);
	}

	private static boolean isAlongside(String component) {
		if (component.startsWith("type:")) {
			return OptionType.valueOf(component.substring(5).toUpperCase(Locale.ROOT)).alongside();
		}
		return component.startsWith("DIAGNOSTICS-") || component.equals("CNS-DIRECTED-THERAPY")
				|| component.equals("LOCAL-RADIOTHERAPY");
	}

	static boolean matches(String component, RankedOption option) {
		if (component.startsWith("type:")) {
			return option.type().name().equalsIgnoreCase(component.substring(5));
		}
		if (component.startsWith("trial:")) {
			return option.trials().contains(component.substring(6));
		}
		return option.optionId().equals(component);
	}

	/** Whether a component names a known kind of option (for validating a set). */
	static @Nullable String invalidComponent(String component) {
		if (component.startsWith("type:")) {
			try {
				OptionType.valueOf(component.substring(5).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return "unknown option type " + component.substring(5);
			}
		}
		return null;
	}

}
