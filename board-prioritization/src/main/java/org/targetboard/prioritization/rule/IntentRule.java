package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.targetboard.core.profile.Intent;
import org.targetboard.prioritization.knowledge.DrugFlag;
import org.targetboard.prioritization.knowledge.KnowledgeBaseException;

/**
 * Weighs drug attributes against the stated intent (domain.md 3.2, [P]; aligned with
 * iLTB's bridging to HSCT / CAR-T / palliative [S:1]): e.g. bridging to HSCT favours
 * fast, deep remissions (daratumumab + chemotherapy brought 75 % of children with T-ALL
 * to HSCT, DELPHINUS [S:36]) and penalises SOS risk; palliative care favours oral,
 * outpatient agents and penalises intensive or inpatient ones. Which flags count for
 * which intent is data in rules.yaml.
 */
public final class IntentRule implements PriorityRule {

	@Override
	public String id() {
		return "INTENT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		Intent intent = context.profile().intent();
		if (intent == null) {
			return List.of(new RuleOutcome.Note(context.reason("No treatment intent stated: intent fit not judged")));
		}
		List<DrugFlag> favour = flags(context, intent, "favour");
		List<DrugFlag> penalise = flags(context, intent, "penalise");
		String intentWords = intent.name().toLowerCase().replace('_', ' ');
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (OptionView option : context.options()) {
			if (option.drug() == null) {
				continue;
			}
			for (DrugFlag flag : favour) {
				if (option.drug().flags().contains(flag)) {
					outcomes.add(new RuleOutcome.Support(option.id(), RuleOutcome.Dimension.INTENT, context
						.reason(context.settings().format("intent", intentWords, "effect", "favours " + words(flag)))));
				}
			}
			for (DrugFlag flag : penalise) {
				if (option.drug().flags().contains(flag)) {
					outcomes.add(new RuleOutcome.Penalise(option.id(), RuleOutcome.Dimension.INTENT, context.reason(
							context.settings().format("intent", intentWords, "effect", "penalises " + words(flag)))));
				}
			}
		}
		return outcomes;
	}

	private static List<DrugFlag> flags(RuleContext context, Intent intent, String which) {
		if (!(context.settings().parameters().get(intent.name()) instanceof Map<?, ?> perIntent)) {
			throw new KnowledgeBaseException("rules.yaml", "INTENT", "no parameters for intent " + intent);
		}
		Object value = perIntent.get(which);
		List<DrugFlag> flags = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object flag : list) {
				try {
					flags.add(DrugFlag.valueOf(String.valueOf(flag)));
				}
				catch (IllegalArgumentException ex) {
					throw new KnowledgeBaseException("rules.yaml", "INTENT", "unknown drug flag '" + flag + "'");
				}
			}
		}
		return flags;
	}

	private static String words(DrugFlag flag) {
		return switch (flag) {
			case ORAL -> "oral treatment";
			case OUTPATIENT -> "outpatient treatment";
			case INPATIENT -> "inpatient-only treatment";
			case INTENSIVE -> "intensive myelosuppressive treatment";
			case LYMPHOTOXIC -> "lymphotoxic agents near apheresis";
			case SOS_RISK -> "a risk of sinusoidal obstruction syndrome before conditioning";
			case FAST_DEEP_REMISSION -> "fast, deep (MRD-negative) remissions";
			case ANTIGEN_PRESSURE -> "antigen pressure";
			case SLOW_ONSET -> "slow onset (manufacturing or ramp-up time)";
		};
	}

}
