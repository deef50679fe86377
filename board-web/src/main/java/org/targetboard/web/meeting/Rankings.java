package org.targetboard.web.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult.ExcludedOption;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.centre.CentreRegistry;

/**
 * The engine's rankings of agenda cases: computed when a case is placed on an agenda and
 * stored with it, so that what the board saw stays as it was; read back for the
 * presentation view and the advice, and compared with the knowledge base in use now.
 */
@Component
public class Rankings {

	private final PrioritizationEngine engine;

	private final CentreRegistry centres;

	private final Clock clock;

	// Members open the same agenda cases again and again during a meeting, and reading a
	// ranking's document was a tenth of the presentation view. A result is kept by its
	// document itself, so what is shown is always what is stored; the oldest read go
	// first.
	private final RecentlyUsed<String, PrioritizationResult> read = new RecentlyUsed<>(READ_RANKINGS_KEPT);

	/** How many read rankings are kept. */
	static final int READ_RANKINGS_KEPT = 128;

	Rankings(PrioritizationEngine engine, CentreRegistry centres, Clock clock) {
		this.engine = engine;
		this.centres = centres;
		this.clock = clock;
	}

	/**
	 * Ranks a case now, for storing with it.
	 */
	public RankingSnapshot rank(CaseRecord record) {
		return rank(record, LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
	}

	/**
	 * Ranks a case as the engine's knowledge stood on a day (a meeting held before the
	 * board used Target Board): trials as they recruited then, approvals from their
	 * dates.
	 */
	public RankingSnapshot rank(CaseRecord record, LocalDate asOf) {
		PrioritizationResult result = this.engine.prioritize(profileOf(record), asOf);
		return snapshot(result, this.clock.instant());
	}

	/**
	 * A result as stored: the document with its versions, and the ranked events as rows
	 * for the registry's analyses.
	 */
	public static RankingSnapshot snapshot(PrioritizationResult result, Instant rankedAt) {
		Set<String> withTrial = new HashSet<>();
		for (RankedOption option : result.options()) {
			if (!option.trials().isEmpty()) {
				withTrial.add(option.optionId());
			}
		}
		List<RankingSnapshot.Event> events = result.events()
			.stream()
			.map((event) -> new RankingSnapshot.Event(event.rank(), event.eventId(), event.name(), event.tier(),
					(event.bestEvidence() != null) ? event.bestEvidence().dnpm() : null,
					event.options().stream().noneMatch(withTrial::contains)))
			.toList();
		return new RankingSnapshot(0, result.engineVersion(), result.knowledgeBaseVersion(), result.knowledgeBaseHash(),
				result.assessmentDate(), CaseJson.write(result), rankedAt, events);
	}

	/**
	 * Reads a stored ranking back.
	 */
	public PrioritizationResult read(RankingSnapshot snapshot) {
		return this.read.get(snapshot.resultJson(), CaseJson::readResult);
	}

	/**
	 * What would change if the case were ranked with the knowledge base in use now;
	 * absent when the stored ranking used the same knowledge base and engine.
	 */
	public @Nullable KnowledgeChange changeSince(RankingSnapshot snapshot, CaseRecord record) {
		if (snapshot.knowledgeBaseHash().equals(this.engine.knowledgeBase().contentHash())
				&& snapshot.engineVersion().equals(PrioritizationEngine.ENGINE_VERSION)) {
			return null;
		}
		PrioritizationResult before = read(snapshot);
		PrioritizationResult now = this.engine.prioritize(profileOf(record), snapshot.assessmentDate());
		List<String> newlyExcluded = new ArrayList<>();
		List<String> excludedBefore = before.excluded().stream().map(ExcludedOption::optionId).toList();
		for (ExcludedOption excluded : now.excluded()) {
			if (!excludedBefore.contains(excluded.optionId())) {
				newlyExcluded.add(excluded.label());
			}
		}
		return new KnowledgeChange(snapshot.knowledgeBaseVersion(), this.engine.knowledgeBase().version(),
				before.options().stream().map(RankedOption::label).toList(),
				now.options().stream().map(RankedOption::label).toList(), newlyExcluded);
	}

	// Trials are matched to sites in the country of the submitting centre.
	private CaseProfile profileOf(CaseRecord record) {
		String country = this.centres.find(record.boardCase().centre()).map(Centre::country).orElse(null);
		return record.intake().toProfile(country);
	}

	/**
	 * How a stored ranking differs from a ranking with today's knowledge base.
	 *
	 * @param storedVersion the knowledge-base version of the stored ranking
	 * @param currentVersion the version in use now
	 * @param optionsBefore the stored ranked options
	 * @param optionsNow the options as they would rank now
	 * @param newlyExcluded options that would now be excluded
	 */
	public record KnowledgeChange(String storedVersion, String currentVersion, List<String> optionsBefore,
			List<String> optionsNow, List<String> newlyExcluded) {

		/** Whether the ranked options would differ. */
		public boolean changesOptions() {
			return !this.optionsBefore.equals(this.optionsNow) || !this.newlyExcluded.isEmpty();
		}

	}

}
