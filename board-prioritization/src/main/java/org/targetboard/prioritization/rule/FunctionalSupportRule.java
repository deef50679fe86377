package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.core.evidence.EvidenceModifier;
import org.targetboard.prioritization.knowledge.Drug;

/**
 * Ex-vivo drug-response profiling and dynamic BH3 profiling (domain.md 5): a sensitive
 * call supports the drug (DNPM modifier "iv"), a resistant call counts against it.
 * Without a laboratory call the reference-cohort percentile decides (≤ 10th percentile
 * sensitive, ≥ 75th resistant, [P]). A sensitive drug that no event proposes is added
 * with the level for functional evidence alone: m1B iv in AML, where a functional
 * precision-medicine board reached an ORR of 59 % (Malani et al., Cancer Discov 2022
 * [S:23]), m3 iv elsewhere (Frismantas et al., Blood 2017 [S:21]). Results failing
 * quality control are not used.
 */
public final class FunctionalSupportRule implements PriorityRule {

	@Override
	public String id() {
		return "FUNCTIONAL_SUPPORT";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (DrugResponse response : context.profile().drugResponses()) {
			Drug drug = context.knowledge().drug(response.drug()).orElse(null);
			if (drug == null) {
				continue;
			}
			String assay = (response.assay() == DrugResponse.Assay.DRP) ? "drug-response profiling"
					: "dynamic BH3 profiling";
			if (!response.qcPassed()) {
				outcomes.add(new RuleOutcome.Note(context
					.reason(assay + " result for " + drug.name() + " failed quality control and is not used")));
				continue;
			}
			DrugResponse.Call call = call(response, context);
			String text = context.settings()
				.format("assay", assay, "call", call.name().toLowerCase(), "drug", drug.name())
					+ ((response.percentile() != null)
							? " (percentile " + RuleContext.percent(response.percentile()) + " of the reference cohort)"
							: "");
			boolean present = context.option(drug.id()).isPresent();
			switch (call) {
				case SENSITIVE -> {
					if (!present) {
						EvidenceLevel level = EvidenceLevel.valueOf(context.settings()
							.text((context.profile().diagnosis() == Diagnosis.AML) ? "drpOnlyLevelAml"
									: "drpOnlyLevel"));
						outcomes.add(new RuleOutcome.Propose(drug.id(), drug.type(), drug.name(),
								new EvidenceGrade(level, Set.of(EvidenceModifier.IV)), false, context.reason(text)));
					}
					outcomes.add(
							new RuleOutcome.Support(drug.id(), RuleOutcome.Dimension.FUNCTIONAL, context.reason(text)));
				}
				case RESISTANT -> {
					outcomes.add(present ? new RuleOutcome.Penalise(drug.id(), RuleOutcome.Dimension.FUNCTIONAL,
							context.reason(text)) : new RuleOutcome.Note(context.reason(text)));
				}
				case INTERMEDIATE -> {
				}
			}
		}
		return outcomes;
	}

	private static DrugResponse.Call call(DrugResponse response, RuleContext context) {
		if (response.percentile() == null) {
			return response.call();
		}
		if (response.percentile() <= context.settings().number("sensitivePercentile")) {
			return DrugResponse.Call.SENSITIVE;
		}
		if (response.percentile() >= context.settings().number("resistantPercentile")) {
			return DrugResponse.Call.RESISTANT;
		}
		return response.call();
	}

}
