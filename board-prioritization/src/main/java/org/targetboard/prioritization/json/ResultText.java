package org.targetboard.prioritization.json;

import java.util.stream.Collectors;

import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.trial.CriterionResult;
import org.targetboard.prioritization.trial.TrialMatch;

/**
 * A result as readable text, for the command line and for reading rankings in review.
 */
public final class ResultText {

	private ResultText() {
	}

	public static String render(PrioritizationResult result) {
		StringBuilder out = new StringBuilder();
		out.append("Target Board prioritization (engine ")
			.append(result.engineVersion())
			.append(", knowledge base ")
			.append(result.knowledgeBaseVersion())
			.append(", hash ")
			.append(result.knowledgeBaseHash(), 0, 12)
			.append(", judged as of ")
			.append(result.assessmentDate())
			.append(")\n\n");
		out.append("STANDARD OF CARE\n  ").append(result.standardOfCare().statement()).append("\n\n");
		out.append("RISK GROUP\n");
		out.append("  BFM/IntReALL: ")
			.append((result.risk().bfmGroup() != null) ? result.risk().bfmGroup() : "–")
			.append("   NCT05827549: ")
			.append((result.risk().nct05827549Group() != null) ? result.risk().nct05827549Group() : "–")
			.append('\n');
		result.risk().explanation().forEach((line) -> out.append("  · ").append(line).append('\n'));
		if (!result.risk().missing().isEmpty()) {
			out.append("  · missing: ").append(String.join(", ", result.risk().missing())).append('\n');
		}
		out.append("\nACTIONABLE EVENTS\n");
		for (PrioritizationResult.RankedEvent event : result.events()) {
			out.append("  ")
				.append(event.rank())
				.append(". ")
				.append(event.name())
				.append(" [tier ")
				.append(event.tier())
				.append(": ")
				.append(event.tierLabel())
				.append("]")
				.append((event.bestEvidence() != null) ? " best evidence " + event.bestEvidence().dnpm() : "")
				.append("\n     observed: ")
				.append(String.join("; ", event.observed()))
				.append('\n');
			if (event.note() != null) {
				out.append("     note: ").append(event.note()).append('\n');
			}
		}
		out.append("\nTREATMENT OPTIONS\n");
		for (PrioritizationResult.RankedOption option : result.options()) {
			out.append("  ")
				.append(option.rank())
				.append(". ")
				.append(option.label())
				.append(" (")
				.append(option.type())
				.append(")  evidence ")
				.append(option.evidence().dnpm())
				.append(" ≈ ESCAT ")
				.append(option.evidence().escat())
				.append(", OncoKB ")
				.append(option.evidence().oncoKb())
				.append('\n');
			out.append("     why: ").append(option.why()).append('\n');
			if (!option.toxicities().isEmpty()) {
				out.append("     toxicities: ").append(String.join(", ", option.toxicities())).append('\n');
			}
			option.reasons().forEach((reason) -> out.append("     · ").append(line(reason)).append('\n'));
			option.warnings().forEach((reason) -> out.append("     ! ").append(line(reason)).append('\n'));
		}
		if (!result.alongside().isEmpty()) {
			out.append("\nALONGSIDE TREATMENT\n");
			for (PrioritizationResult.RankedOption option : result.alongside()) {
				out.append("  ").append(option.rank()).append(". ").append(option.label()).append('\n');
				option.reasons().forEach((reason) -> out.append("     · ").append(line(reason)).append('\n'));
			}
		}
		out.append("\nEXCLUDED OPTIONS\n");
		if (result.excluded().isEmpty()) {
			out.append("  none\n");
		}
		for (PrioritizationResult.ExcludedOption excluded : result.excluded()) {
			out.append("  ✗ ").append(excluded.label()).append('\n');
			excluded.reasons().forEach((reason) -> out.append("     · ").append(line(reason)).append('\n'));
		}
		out.append("\nTRIALS\n");
		for (TrialMatch trial : result.trials()) {
			out.append("  ")
				.append(trial.registryId())
				.append(" ")
				.append(trial.title())
				.append("\n     ")
				.append(trial.verdict())
				.append(", ")
				.append(trial.status())
				.append((trial.openInCountry() == null) ? ", country not recorded"
						: trial.openInCountry() ? ", sites in the patient's country"
								: ", no site in the patient's country")
				.append((trial.eligibleFrom() != null) ? ", eligible from " + trial.eligibleFrom() : "")
				.append('\n');
			for (CriterionResult criterion : trial.criteria()) {
				out.append("     ")
					.append(symbol(criterion.outcome()))
					.append(' ')
					.append(criterion.criterion())
					.append(" — ")
					.append(criterion.detail())
					.append('\n');
			}
		}
		if (!result.notInKnowledgeBase().isEmpty()) {
			out.append("\nNOT IN KNOWLEDGE BASE\n");
			result.notInKnowledgeBase()
				.forEach((item) -> out.append("  ? ")
					.append(item.kind())
					.append(' ')
					.append(item.item())
					.append(": ")
					.append(item.explanation())
					.append('\n'));
		}
		if (!result.notes().isEmpty()) {
			out.append("\nNOTES\n");
			result.notes().forEach((reason) -> out.append("  · ").append(line(reason)).append('\n'));
		}
		out.append("\nEVIDENCE LEVELS (DNPM; ESCAT and OncoKB approximate)\n");
		result.evidenceLegend()
			.forEach((entry) -> out.append("  ")
				.append(entry.code())
				.append("  ")
				.append(entry.meaning())
				.append(" (ESCAT ")
				.append(entry.escat())
				.append(", OncoKB ")
				.append(entry.oncoKb())
				.append(")\n"));
		out.append("  modifiers: is in-situ data, iv in-vitro/ex-vivo data, Z approved (EMA), Z(FDA) approved (FDA), "
				+ "R predicts resistance\n");
		if (!result.citations().isEmpty()) {
			out.append("\nSOURCES\n");
			result.citations()
				.forEach((citation) -> out.append("  [")
					.append(citation.id())
					.append("] ")
					.append(citation.citation())
					.append('\n'));
		}
		return out.toString();
	}

	private static String line(Reason reason) {
		return reason.text() + " [" + reason.ruleId() + "; "
				+ reason.sources().stream().collect(Collectors.joining(", ")) + "]";
	}

	private static char symbol(CriterionResult.Outcome outcome) {
		return switch (outcome) {
			case MET -> '✓';
			case NOT_MET -> '✗';
			case UNKNOWN -> '?';
		};
	}

}
