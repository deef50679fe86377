package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.core.evidence.EvidenceModifier;

/**
 * An actionable event of the knowledge base with the options it supports.
 *
 * @param id identifier, e.g. {@code BCR-ABL1}
 * @param name display name
 * @param match how it is recognised
 * @param diseases the entities in which the entry applies
 * @param options the options with their evidence
 * @param note a remark shown with the event
 * @param sources cited sources
 * @param reviewed when curators last reviewed the entry
 */
public record ActionableEvent(String id, String name, LesionMatch match, List<Diagnosis> diseases, List<Option> options,
		@Nullable String note, List<String> sources, LocalDate reviewed) {

	public ActionableEvent {
		diseases = Lists.orEmpty(diseases);
		options = Lists.orEmpty(options);
		sources = Lists.orEmpty(sources);
	}

	/**
	 * An option the event supports.
	 *
	 * @param drug the drug id
	 * @param level the DNPM evidence level for this event in these diseases
	 * @param modifiers evidence modifiers
	 * @param sources the evidence
	 * @param note a remark on the evidence
	 */
	public record Option(String drug, EvidenceLevel level, Set<EvidenceModifier> modifiers, List<String> sources,
			@Nullable String note) {

		public Option {
			modifiers = (modifiers != null) ? Set.copyOf(modifiers) : Set.of();
			sources = Lists.orEmpty(sources);
		}

	}

}
