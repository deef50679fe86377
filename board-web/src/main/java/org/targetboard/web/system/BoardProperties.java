package org.targetboard.web.system;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code board.*}.
 *
 * @param security login protection
 * @param admin the first administrator, created at start-up when no administrator exists
 * @param prioritization the engine's knowledge base
 * @param mail outgoing mail
 * @param followUp the follow-up schedule and its reminders
 * @param baseUrl the address users reach the application at, for links in mail sent by
 * scheduled jobs
 */
@ConfigurationProperties("board")
public record BoardProperties(@DefaultValue Security security, @DefaultValue Admin admin,
		@DefaultValue EligibilityPolicy eligibility, @DefaultValue Prioritization prioritization,
		@DefaultValue Mail mail, @DefaultValue FollowUp followUp,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	/**
	 * An absolute link for mail, built from {@code board.base-url} only: never from the
	 * request, whose {@code Host} header the sender chooses.
	 */
	public String link(String pathTemplate, Object... variables) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(this.baseUrl)
			.path(pathTemplate)
			.buildAndExpand(variables)
			.toUriString();
	}

	/**
	 * Which cases this board takes (core.intake.Eligibility): the international target
	 * board's policy by default.
	 *
	 * @param maxAgeYears the oldest age in completed years at the current relapse
	 * @param requiresNoStandardOfCare whether the centre must confirm that no
	 * standard-of-care option exists (false for a national board that takes every
	 * relapse)
	 * @param diagnoses the diagnoses it takes; empty for all of them
	 */
	public record EligibilityPolicy(@DefaultValue("24") int maxAgeYears,
			@DefaultValue("true") boolean requiresNoStandardOfCare,
			@DefaultValue java.util.Set<org.targetboard.core.boardcase.Diagnosis> diagnoses) {

		public org.targetboard.core.intake.Eligibility toEligibility() {
			return new org.targetboard.core.intake.Eligibility(this.maxAgeYears, this.requiresNoStandardOfCare,
					this.diagnoses.isEmpty() ? java.util.EnumSet.allOf(org.targetboard.core.boardcase.Diagnosis.class)
							: this.diagnoses);
		}

	}

	/**
	 * @param period the interval between follow-ups after advice
	 * @param studyLength how long follow-up continues at most
	 * @param reminderCron when overdue follow-ups are reminded (daily by default)
	 */
	public record FollowUp(@DefaultValue("P3M") java.time.Period period,
			@DefaultValue("P8Y") java.time.Period studyLength, @DefaultValue("0 0 6 * * *") String reminderCron) {
	}

	/**
	 * @param from the sender address of the board's mail
	 * @param poll how often the outbox is delivered
	 * @param retryBase the delay before the second attempt of a mail that did not leave,
	 * doubled for each further attempt (at most an hour)
	 * @param maxAttempts attempts after which a mail is held for the board office
	 * @param claimTimeout how long a node may take to send a claimed mail; longer means
	 * it stopped while sending, and the mail is held as uncertain
	 */
	public record Mail(@DefaultValue("target-board@localhost") String from, @DefaultValue("2s") Duration poll,
			@DefaultValue("30s") Duration retryBase, @DefaultValue("12") int maxAttempts,
			@DefaultValue("2m") Duration claimTimeout) {
	}

	/**
	 * @param knowledgeBaseDir a directory with a curated knowledge base; empty for the
	 * version shipped with the engine
	 */
	public record Prioritization(@Nullable String knowledgeBaseDir) {
	}

	/**
	 * @param maxFailedLogins failed logins in a row after which an account is locked
	 * @param lockout how long a locked account stays locked, and the window of the limit
	 * per address
	 * @param maxFailedLoginsPerAddress failed logins from one network address within the
	 * lockout window after which that address may not try again until the window ends
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
			@DefaultValue("30") int maxFailedLoginsPerAddress) {
	}

	/**
	 * @param username the first administrator's username ({@code BOARD_ADMIN_USERNAME})
	 * @param password the first administrator's password ({@code BOARD_ADMIN_PASSWORD})
	 */
	public record Admin(@Nullable String username, @Nullable String password) {
	}

}
