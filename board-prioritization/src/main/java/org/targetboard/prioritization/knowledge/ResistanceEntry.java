package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.targetboard.core.boardcase.Diagnosis;

/**
 * A resistance or negative-predictive entry (domain.md 2.6).
 *
 * @param id identifier
 * @param match the lesion that triggers it
 * @param diseases entities it is limited to; empty for all
 * @param effect what it does to the options
 * @param drugs the drugs concerned
 * @param reason the reason shown to the board
 * @param sources cited sources
 * @param reviewed when curators last reviewed the entry
 */
public record ResistanceEntry(String id, LesionMatch match, List<Diagnosis> diseases, Effect effect, List<String> drugs,
		String reason, List<String> sources, LocalDate reviewed) {

	public ResistanceEntry {
		diseases = Lists.orEmpty(diseases);
		drugs = Lists.orEmpty(drugs);
		sources = Lists.orEmpty(sources);
	}

	/** What a resistance entry does. */
	public enum Effect {

		EXCLUDE, PENALISE, FLAG

	}

}
