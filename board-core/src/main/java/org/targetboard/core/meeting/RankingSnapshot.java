package org.targetboard.core.meeting;

import java.time.Instant;
import java.time.LocalDate;

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
 */
public record RankingSnapshot(long id, String engineVersion, String knowledgeBaseVersion, String knowledgeBaseHash,
		LocalDate assessmentDate, String resultJson, Instant rankedAt) {

}
