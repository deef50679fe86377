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
		@DefaultValue Prioritization prioritization, @DefaultValue Mail mail, @DefaultValue FollowUp followUp,
		@DefaultValue("http://localhost:8080") String baseUrl) {

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
	 */
	public record Mail(@DefaultValue("target-board@localhost") String from, @DefaultValue("2s") Duration poll) {
	}

	/**
	 * @param knowledgeBaseDir a directory with a curated knowledge base; empty for the
	 * version shipped with the engine
	 */
	public record Prioritization(@Nullable String knowledgeBaseDir) {
	}

	/**
	 * @param maxFailedLogins failed logins in a row after which an account is locked
	 * @param lockout how long a locked account stays locked
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
	}

	/**
	 * @param username the first administrator's username ({@code BOARD_ADMIN_USERNAME})
	 * @param password the first administrator's password ({@code BOARD_ADMIN_PASSWORD})
	 */
	public record Admin(@Nullable String username, @Nullable String password) {
	}

}
