package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.Drug;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Proposes cytotoxic salvage regimens where no standard relapse protocol applies
 * (refractory disease, second or later relapse, relapse after HSCT):
 * clofarabine/etoposide/ cyclophosphamide [S:55], nelarabine/etoposide/cyclophosphamide
 * for T-lineage disease [S:56], FLAG-Ida [S:57] and
 * topotecan/vinorelbine/thiotepa/clofarabine [S:58]. Which regimen fits which disease,
 * its evidence, and where it is the salvage strategy (a nelarabine-based combination for
 * T-lineage disease, nelarabine being approved for r/r T-ALL/T-LBL [S:59]) are data in
 * rules.yaml; the regimens themselves are entries of drugs.yaml.
 */
public final class SalvageRegimenRule implements PriorityRule {

	@Override
	public String id() {
		return "SALVAGE_CHEMOTHERAPY";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		CaseProfile profile = context.profile();
		String situation = situation(profile);
		if (situation == null) {
			return List.of();
		}
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (Map.Entry<String, Object> entry : context.settings().map("regimens").entrySet()) {
			Map<?, ?> regimen = (Map<?, ?>) entry.getValue();
			Set<String> diseases = Set
				.copyOf(((List<?>) regimen.get("diseases")).stream().map(String::valueOf).toList());
			if (!diseases.contains(profile.diagnosis().name())) {
				continue;
			}
			Drug drug = context.knowledge().requireDrug(entry.getKey());
			Object inDisease = (regimen.get("levelIn") instanceof Map<?, ?> levels)
					? levels.get(profile.diagnosis().name()) : null;
			EvidenceLevel level = EvidenceLevel
				.valueOf(String.valueOf((inDisease != null) ? inDisease : regimen.get("level")));
			outcomes.add(new RuleOutcome.Propose(drug.id(), OptionType.CHEMOTHERAPY_REGIMEN, drug.name(),
					new EvidenceGrade(level, Set.of()), false, context.reason(context.settings()
						.format("situation", situation, "regimen", drug.name(), "note", regimen.get("note")))));
			// The salvage strategy where no lesion offers a target: a targetable lesion
			// decides by its own evidence.
			boolean lesionTarget = context.matchedEvents()
				.stream()
				.anyMatch((id) -> context.knowledge()
					.event(id)
					.map((event) -> event.match().isLesionMatch())
					.orElse(false));
			if (regimen.get("strategyIn") instanceof List<?> strategyIn
					&& strategyIn.contains(profile.diagnosis().name()) && !lesionTarget) {
				outcomes.add(new RuleOutcome.Support(drug.id(), RuleOutcome.Dimension.SITUATION,
						context.reason(situation + " of " + context.disease() + ": " + drug.name()
								+ " is the salvage strategy to reach remission and HSCT")));
			}
		}
		return outcomes;
	}

	private static String situation(CaseProfile profile) {
		if (profile.refractory()) {
			return "Refractory disease";
		}
		if (profile.lastHsct() != null) {
			return "Relapse after allogeneic HSCT";
		}
		if (profile.relapseNumber() >= 2) {
			return "Relapse number " + profile.relapseNumber();
		}
		return null;
	}

}
