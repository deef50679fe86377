package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.knowledge.ResistanceEntry;

/**
 * Applies the resistance and negative-predictive entries of resistance.yaml (domain.md
 * 2.6), e.g. ABL1 T315I excludes imatinib, dasatinib and nilotinib; MEN1 mutations
 * exclude menin inhibitors; TP53 penalises venetoclax. Each entry cites its own sources.
 */
public final class ResistanceRule implements PriorityRule {

	@Override
	public String id() {
		return "RESISTANCE";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (ResistanceEntry entry : context.knowledge().resistance()) {
			if (!entry.diseases().isEmpty() && !entry.diseases().contains(context.profile().diagnosis())) {
				continue;
			}
			MolecularLesion lesion = context.profile()
				.lesions()
				.stream()
				.filter(entry.match()::matches)
				.findFirst()
				.orElse(null);
			if (lesion == null) {
				continue;
			}
			Reason reason = new Reason(entry.id(), lesion.label() + ": " + entry.reason(), entry.sources());
			for (String drug : entry.drugs()) {
				boolean present = context.option(drug).isPresent();
				switch (entry.effect()) {
					// An exclusion is shown even for a drug no event proposed, so the
					// board sees it was considered.
					case EXCLUDE -> outcomes.add(new RuleOutcome.Exclude(drug, reason));
					case PENALISE -> {
						if (present) {
							outcomes.add(new RuleOutcome.Penalise(drug, RuleOutcome.Dimension.FEASIBILITY, reason));
						}
					}
					case FLAG -> {
						if (present) {
							outcomes.add(new RuleOutcome.Flag(drug, reason));
						}
					}
				}
			}
		}
		return outcomes;
	}

}
