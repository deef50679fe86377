package org.targetboard.prioritization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.prioritization.knowledge.OptionType;
import org.targetboard.prioritization.ranking.RankingKey;
import org.targetboard.prioritization.risk.RiskAssessment;
import org.targetboard.prioritization.trial.TrialMatch;

/**
 * The engine's result for one case: reproducible from the case, the assessment date and
 * the knowledge-base version.
 *
 * @param engineVersion the engine version
 * @param knowledgeBaseVersion the knowledge-base version
 * @param knowledgeBaseHash the knowledge base's content hash
 * @param assessmentDate the date wash-outs and trial status were judged on
 * @param risk the relapse risk groups
 * @param standardOfCare whether a standard-of-care option exists, in words
 * @param events actionable events, ranked
 * @param options treatment options, ranked
 * @param alongside options boards give alongside a treatment (diagnostics, local therapy
 * of extramedullary disease), ranked among themselves
 * @param excluded options considered and excluded, with reasons
 * @param trials trials for the case's disease, each with per-criterion eligibility
 * @param notInKnowledgeBase inputs the knowledge base does not know, never dropped
 * silently
 * @param notes remarks on the case as a whole
 * @param citations every source cited anywhere in the result, resolved to its full
 * citation
 * @param evidenceLegend what the evidence levels mean, with their ESCAT and OncoKB
 * equivalents
 */
public record PrioritizationResult(String engineVersion, String knowledgeBaseVersion, String knowledgeBaseHash,
		LocalDate assessmentDate, RiskAssessment risk, StandardOfCare standardOfCare, List<RankedEvent> events,
		List<RankedOption> options, List<RankedOption> alongside, List<ExcludedOption> excluded,
		List<TrialMatch> trials, List<UnknownItem> notInKnowledgeBase, List<Reason> notes, List<Citation> citations,
		List<LegendEntry> evidenceLegend) {

	public PrioritizationResult {
		citations = (citations != null) ? List.copyOf(citations) : List.of();
		evidenceLegend = (evidenceLegend != null) ? List.copyOf(evidenceLegend) : List.of();
		// Rankings stored before options were listed alongside have none.
		alongside = (alongside != null) ? List.copyOf(alongside) : List.of();
	}

	/** This result with every source it cites resolved to its full citation. */
	PrioritizationResult withCitations(org.targetboard.prioritization.knowledge.KnowledgeBase knowledge) {
		java.util.Set<String> ids = new java.util.TreeSet<>();
		java.util.function.Consumer<Reason> cite = (reason) -> ids.addAll(reason.sources());
		java.util.stream.Stream.concat(this.options.stream(), this.alongside.stream()).forEach((option) -> {
			option.reasons().forEach(cite);
			option.warnings().forEach(cite);
		});
		this.excluded.forEach((option) -> option.reasons().forEach(cite));
		this.notes.forEach(cite);
		this.events.forEach((event) -> ids.addAll(event.sources()));
		List<Citation> resolved = ids.stream()
			.map((id) -> new Citation(id, knowledge.source(id).map((source) -> source.citation()).orElse(id)))
			.toList();
		return new PrioritizationResult(this.engineVersion, this.knowledgeBaseVersion, this.knowledgeBaseHash,
				this.assessmentDate, this.risk, this.standardOfCare, this.events, this.options, this.alongside,
				this.excluded, this.trials, this.notInKnowledgeBase, this.notes, resolved, this.evidenceLegend);
	}

	/**
	 * A cited source.
	 *
	 * @param id its id in the reasons (S14, K, P)
	 * @param citation the full reference
	 */
	public record Citation(String id, String citation) {
	}

	/**
	 * One evidence level explained.
	 *
	 * @param code the DNPM code, e.g. m1B
	 * @param meaning what it means
	 * @param escat the approximate ESCAT tier
	 * @param oncoKb the approximate OncoKB level
	 */
	public record LegendEntry(String code, String meaning, String escat, String oncoKb) {
	}

	/**
	 * Whether a standard-of-care option exists.
	 *
	 * @param exists whether it does
	 * @param statement the statement for the board
	 */
	public record StandardOfCare(boolean exists, String statement) {
	}

	/**
	 * A ranked actionable event.
	 *
	 * @param rank 1 highest
	 * @param eventId the knowledge-base id
	 * @param name the event
	 * @param observed what in the case matched, e.g. "CD19 85 %", "BCR::ABL1"
	 * @param tier priority tier, 1 highest; 4 when no option remains
	 * @param tierLabel what the tier means
	 * @param bestEvidence the best evidence among its options still in the ranking
	 * @param options the options it supports
	 * @param note the knowledge base's remark
	 * @param sources cited sources
	 */
	public record RankedEvent(int rank, String eventId, String name, List<String> observed, int tier, String tierLabel,
			@Nullable EvidenceGrade bestEvidence, List<String> options, @Nullable String note, List<String> sources) {
	}

	/**
	 * A ranked treatment option.
	 *
	 * @param rank 1 highest
	 * @param optionId a drug id, a trial id or a strategy id
	 * @param type the option type
	 * @param label what it is
	 * @param evidence evidence level with modifiers (and ESCAT/OncoKB equivalents)
	 * @param supportingEvents events that support it
	 * @param trials open trials offering it
	 * @param reasons every rule that fired, with sources
	 * @param warnings warnings shown with it
	 * @param key the ranking values
	 * @param why why it ranks where it does, in one clinical sentence
	 * @param keyInWords the ranking values in words, criterion by criterion
	 * @param toxicities its notable toxicities by name (the toxicity criterion counts
	 * them)
	 */
	public record RankedOption(int rank, String optionId, OptionType type, String label, EvidenceGrade evidence,
			List<String> supportingEvents, List<String> trials, List<Reason> reasons, List<Reason> warnings,
			RankingKey key, String why, @Nullable String keyInWords, List<String> toxicities) {

		public RankedOption {
			toxicities = (toxicities != null) ? List.copyOf(toxicities) : List.of();
		}

	}

	/**
	 * An option considered and excluded.
	 *
	 * @param optionId the option id
	 * @param type the option type
	 * @param label what it is
	 * @param reasons why it was excluded
	 */
	public record ExcludedOption(String optionId, OptionType type, String label, List<Reason> reasons) {
	}

	/**
	 * An input the knowledge base does not know.
	 *
	 * @param kind lesion, marker or drug response
	 * @param item what was entered
	 * @param explanation "not in knowledge base" or "no actionable event for this
	 * disease"
	 */
	public record UnknownItem(String kind, String item, String explanation) {
	}

}
