package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.targetboard.core.profile.Situation;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Extramedullary disease needs local therapy alongside systemic therapy: CNS involvement
 * intensified intrathecal therapy and cranial irradiation per relapse protocol;
 * testicular involvement orchiectomy or testicular irradiation; ocular involvement local
 * irradiation ([S:54]: "both systemic and local treatment for extramedullary relapse").
 * These options are listed alongside the treatment ranking.
 */
public final class ExtramedullaryTherapyRule implements PriorityRule {

	private static final EvidenceGrade PROTOCOL = new EvidenceGrade(EvidenceLevel.M1B, Set.of());

	@Override
	public String id() {
		return "EXTRAMEDULLARY_LOCAL_THERAPY";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		List<Situation.ExtramedullarySite> sites = context.profile().situation().extramedullarySites();
		List<RuleOutcome> outcomes = new ArrayList<>();
		if (sites.contains(Situation.ExtramedullarySite.CNS)) {
			outcomes.add(new RuleOutcome.Propose("CNS-DIRECTED-THERAPY", OptionType.CNS_DIRECTED_THERAPY,
					"CNS-directed therapy: intensified intrathecal therapy, cranial irradiation per relapse protocol",
					PROTOCOL, false, context.reason(context.settings().format("site", "CNS involvement"))));
		}
		List<String> local = new ArrayList<>();
		if (sites.contains(Situation.ExtramedullarySite.TESTIS)) {
			local.add("testicular involvement (orchiectomy or testicular irradiation)");
		}
		if (sites.contains(Situation.ExtramedullarySite.OCULAR)) {
			local.add("ocular involvement (local irradiation)");
		}
		if (!local.isEmpty()) {
			outcomes.add(new RuleOutcome.Propose("LOCAL-RADIOTHERAPY", OptionType.RADIOTHERAPY,
					"Local therapy of extramedullary disease: " + String.join("; ", local), PROTOCOL, false,
					context.reason(context.settings().format("site", String.join("; ", local)))));
		}
		return outcomes;
	}

}
