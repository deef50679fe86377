package org.targetboard.prioritization.evaluation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A set of decided cases to measure the engine against (documented in
 * {@code docs/knowledge-base.md}, "Measuring the engine").
 *
 * @param description what the set is
 * @param cases the cases
 */
public record ReferenceSet(@Nullable String description, List<ReferenceCase> cases) {

	public ReferenceSet {
		cases = (cases != null) ? List.copyOf(cases) : List.of();
	}

	/**
	 * One decided case.
	 *
	 * @param id a stable id
	 * @param situation the clinical situation in a few words (for coverage), e.g. "second
	 * relapse B-ALL"
	 * @param source where the decision is published
	 * @param date the date the decision was made; the engine judges trials and wash-outs
	 * on it
	 * @param profile the case in the case format
	 * @param chosen the board's first recommendation: its components, each an option id
	 * ({@code tisagenlecleucel}), an option type ({@code type:CAR_T}) or a trial number
	 * ({@code trial:NCT05740449})
	 * @param standardOfCare whether the source states that a standard-of-care protocol
	 * applied; {@code null} when it says nothing about it
	 */
	public record ReferenceCase(String id, @Nullable String situation, @Nullable Source source,
			@Nullable LocalDate date, @JsonProperty("case") JsonNode profile, List<String> chosen,
			@Nullable Boolean standardOfCare) {

		public ReferenceCase {
			chosen = (chosen != null) ? List.copyOf(chosen) : List.of();
		}

	}

	/**
	 * Where a decision is published.
	 *
	 * @param citation the reference
	 * @param url where to read it
	 * @param quote the sentence that states the decision, as published
	 */
	public record Source(String citation, @Nullable String url, @Nullable String quote) {
	}

}
