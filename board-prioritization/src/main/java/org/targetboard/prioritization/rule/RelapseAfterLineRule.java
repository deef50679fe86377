package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * A relapse after a line of therapy is failure of that line, also when the line once
 * reached remission: the same targeted agent or cell product is deprioritised (the
 * resistance mechanism should be known first; another product against the same antigen is
 * judged by the antigen's status), a next-generation agent of the same class becomes the
 * strategy (ponatinib after imatinib, dasatinib or nilotinib [S:52], data in rules.yaml),
 * and after a CD19 CAR-T the CD22-directed options are the strategy [S:28], [S:53]. A
 * line with no response is already handled by PRIOR_FAILURE_OF_AGENT.
 */
public final class RelapseAfterLineRule implements PriorityRule {

	@Override
	public String id() {
		return "RELAPSE_AFTER_LINE";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		Set<String> relapsedAfter = new TreeSet<>();
		Set<String> carTargets = new TreeSet<>();
		for (TreatmentLine line : context.linesBeforeRelapse()) {
			boolean noResponse = line.bestResponse() != null && line.bestResponse().isFailure();
			if (line.kind() == TreatmentLine.Kind.CHEMOTHERAPY || line.kind() == TreatmentLine.Kind.HSCT
					|| noResponse) {
				continue;
			}
			relapsedAfter.addAll(line.agentIds());
			if (line.kind() == TreatmentLine.Kind.CAR_T && line.targetAntigen() != null) {
				carTargets.add(line.targetAntigen());
			}
		}
		if (relapsedAfter.isEmpty() && carTargets.isEmpty()) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.drug() == null) {
				continue;
			}
			// The same agent or cell product: another product against the same antigen is
			// judged by the antigen's status instead (CD19_NEGATIVE,
			// CD19_DIM_NOT_EXCLUDED).
			if (relapsedAfter.contains(option.id())) {
				outcomes.add(
						new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.FEASIBILITY,
								context.reason(
										context.settings()
											.format("reason", "Relapse after " + option.drug().name() + ": the same "
													+ ((option.type() == OptionType.CAR_T) ? "product" : "agent")
													+ " has failed; deprioritised"))));
			}
		}
		for (Map.Entry<String, Object> next : context.settings().map("nextGeneration").entrySet()) {
			List<String> earlier = ((List<?>) next.getValue()).stream().map(String::valueOf).toList();
			List<String> used = earlier.stream().filter(relapsedAfter::contains).toList();
			if (!used.isEmpty() && context.option(next.getKey()).isPresent()) {
				outcomes.add(new RuleOutcome.Support(next.getKey(), RuleOutcome.Dimension.SITUATION,
						context.reason(context.settings()
							.format("reason", "Relapse on or after " + String.join(", ", used)
									+ ": the next-generation agent of the class is the strategy"))));
			}
		}
		if (carTargets.contains("CD19")) {
			for (OptionView option : context.optionsTargeting("CD22")) {
				outcomes.add(new RuleOutcome.Support(option.id(), RuleOutcome.Dimension.SITUATION,
						context.reason(context.settings()
							.format("reason", "Relapse after CD19 CAR-T: a CD22-directed option is the strategy "
									+ "(CD19 escape is frequent)"))));
			}
		}
		return outcomes;
	}

}
