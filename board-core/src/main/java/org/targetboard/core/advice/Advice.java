package org.targetboard.core.advice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.PublicCaseId;

/**
 * One version of a case's advice.
 *
 * @param id the version's identifier
 * @param caseId the case
 * @param versionNumber 1 for the first advice, then one more per amendment
 * @param status draft or issued
 * @param draft the content
 * @param amendmentReason why this version amends the previous one; absent on version 1
 * @param rankingId the stored ranking it was composed from
 * @param lockVersion the optimistic-locking version of a draft
 * @param createdAt when the version was started
 * @param createdBy by whom
 * @param issuedAt when it was signed and issued
 * @param issuedBy the signing chair
 * @param documentId the letter's document id
 * @param contentSha256 the SHA-256 of the advice's content, printed on the letter
 * @param pdfSha256 the SHA-256 of the stored letter file
 * @param advisedOn the date the board gave the advice: time zero of survival and of
 * follow-up; before the day it was signed here for advice registered retrospectively
 */
public record Advice(UUID id, PublicCaseId caseId, int versionNumber, AdviceStatus status, AdviceDraft draft,
		@Nullable String amendmentReason, long rankingId, long lockVersion, Instant createdAt, String createdBy,
		@Nullable Instant issuedAt, @Nullable String issuedBy, @Nullable String documentId,
		@Nullable String contentSha256, @Nullable String pdfSha256, @Nullable LocalDate advisedOn) {

	/** Whether this version has been signed. */
	public boolean isIssued() {
		return this.status == AdviceStatus.ISSUED;
	}

	/**
	 * Whether the board gave this advice before the day it was signed here: a board's
	 * history registered retrospectively.
	 */
	public boolean isRetrospective() {
		return this.advisedOn != null && this.issuedAt != null && givenBefore(this.advisedOn, this.issuedAt);
	}

	/**
	 * Whether advice the board gave on a day was given before the day it was signed here
	 * (UTC): registered retrospectively.
	 */
	public static boolean givenBefore(LocalDate advisedOn, Instant issuedAt) {
		return advisedOn.isBefore(LocalDate.ofInstant(issuedAt, ZoneOffset.UTC));
	}

	/** The options, first advised first. */
	public List<AdviceOption> options() {
		return this.draft.options();
	}

}
