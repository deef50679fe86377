package org.targetboard.core.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the treatment history: a line of therapy, an allogeneic HSCT or a CAR-T
 * infusion.
 *
 * @param kind what it was
 * @param agents the agents as the centre wrote them (e.g. {@code TBI},
 * {@code Inotuzumab ozogamicin}); {@link #agentIds()} gives them normalised for matching
 * @param start start date
 * @param end end date
 * @param bestResponse best response to it
 * @param targetAntigen the CAR-T target antigen (e.g. {@code CD19}); absent otherwise
 * @param severeToxicities grade ≥ 3 toxicities attributed to it (e.g.
 * {@code NEUROTOXICITY}, {@code SOS})
 * @param ongoing the line is still being given (it has no end date)
 */
public record TreatmentLine(Kind kind, List<String> agents, @Nullable LocalDate start, @Nullable LocalDate end,
		@Nullable Response bestResponse, @Nullable String targetAntigen, List<String> severeToxicities,
		boolean ongoing) {

	/** A finished line (or one whose end is not recorded). */
	public TreatmentLine(Kind kind, List<String> agents, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable Response bestResponse, @Nullable String targetAntigen, List<String> severeToxicities) {
		this(kind, agents, start, end, bestResponse, targetAntigen, severeToxicities, false);
	}

	/**
	 * The agents normalised for matching against the knowledge base: lower case, runs of
	 * spaces as one hyphen ({@code Inotuzumab ozogamicin} →
	 * {@code inotuzumab-ozogamicin}).
	 */
	public List<String> agentIds() {
		return this.agents.stream().map(TreatmentLine::agentId).toList();
	}

	/** One agent name normalised for matching. */
	public static String agentId(String agent) {
		return agent.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
	}

	/** What a history entry was. */
	public enum Kind {

		CHEMOTHERAPY, TARGETED, IMMUNOTHERAPY, HSCT, CAR_T

	}

	/** Best response (domain.md 6.1). */
	public enum Response {

		MRD_NEGATIVE_CR, CR, CRI, PR, NO_RESPONSE, PROGRESSIVE_DISEASE, NOT_EVALUABLE;

		/** Whether the line failed: no response or progression. */
		public boolean isFailure() {
			return this == NO_RESPONSE || this == PROGRESSIVE_DISEASE;
		}

	}

	public TreatmentLine {
		ProfileChecks.required("history.kind", kind);
		agents = ((agents != null) ? agents : List.<String>of()).stream()
			.map((agent) -> ProfileChecks.required("history.agents", agent))
			.toList();
		severeToxicities = ((severeToxicities != null) ? severeToxicities : List.<String>of()).stream()
			.map((toxicity) -> ProfileChecks.required("history.severeToxicities", toxicity).toUpperCase(Locale.ROOT))
			.toList();
		targetAntigen = (targetAntigen == null || targetAntigen.isBlank()) ? null
				: targetAntigen.strip().toUpperCase(Locale.ROOT);
		if (kind == Kind.CAR_T && targetAntigen == null) {
			throw new InvalidProfileException("history.targetAntigen", "targetAntigen",
					"is required for a CAR-T entry");
		}
		if (ongoing && end != null) {
			throw new InvalidProfileException("history.end", "ongoingWithEnd", "must be empty for an ongoing line");
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidProfileException("history.end", "endBeforeStart", "must not be before the start");
		}
	}

}
