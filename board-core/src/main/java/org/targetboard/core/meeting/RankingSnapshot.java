package org.targetboard.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The engine's result for a case as the board saw it: the result document with the
 * versions that reproduce it (product.md, "The prioritization engine").
 *
 * @param id the stored ranking's id, 0 before it is stored
 * @param engineVersion the engine version
 * @param knowledgeBaseVersion the knowledge-base version
 * @param knowledgeBaseHash the knowledge base's content hash
 * @param assessmentDate the date the case was judged on
 * @param resultJson the result in the engine's JSON form
 * @param rankedAt when it was computed
 * @param events the ranked actionable events, for the registry's analyses
 */
public record RankingSnapshot(long id, String engineVersion, String knowledgeBaseVersion, String knowledgeBaseHash,
		LocalDate assessmentDate, String resultJson, Instant rankedAt, List<Event> events) {

	public RankingSnapshot {
		events = List.copyOf(events);
	}

	/**
	 * One ranked actionable event.
	 *
	 * @param rank its rank
	 * @param eventId the knowledge-base id
	 * @param name the event
	 * @param tier its priority tier
	 * @param bestEvidence the best evidence level among its ranked options
	 * @param withoutOpenTrial whether no open, matching trial offered any of its options
	 */
	public record Event(int rank, String eventId, String name, int tier, @Nullable String bestEvidence,
			boolean withoutOpenTrial) {
	}

}
