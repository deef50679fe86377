package org.targetboard.web.followup;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.targetboard.core.followup.FollowUpSchedule;
import org.targetboard.registry.followup.FollowUpRegistry;
import org.targetboard.web.system.BoardProperties;

/**
 * The follow-up schedule from {@code board.follow-up.*}, and the job that reminds centres
 * of overdue follow-ups ({@code board.follow-up.reminder-cron}).
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

	@Bean
	FollowUpSchedule followUpSchedule(BoardProperties properties) {
		return new FollowUpSchedule(properties.followUp().period(), properties.followUp().studyLength());
	}

	/**
	 * The daily reminder; safe on several nodes (see
	 * {@link FollowUpRegistry#remindOverdue}).
	 */
	@Component
	static class FollowUpReminders {

		private final FollowUpRegistry followUps;

		private final MessageSource messages;

		private final BoardProperties properties;

		FollowUpReminders(FollowUpRegistry followUps, MessageSource messages, BoardProperties properties) {
			this.followUps = followUps;
			this.messages = messages;
			this.properties = properties;
		}

		@Scheduled(cron = "${board.follow-up.reminder-cron:0 0 6 * * *}", zone = "UTC")
		int remind() {
			return this.followUps.remindOverdue((pseudonym, caseId,
					due) -> new String[] {
							this.messages.getMessage("mail.followUp.subject", new Object[] { pseudonym.toString() },
									Locale.ENGLISH),
							this.messages.getMessage("mail.followUp.body",
									new Object[] { pseudonym.toString(), due.toString(),
											this.properties.baseUrl() + "/cases/" + caseId + "/follow-ups/new" },
									Locale.ENGLISH) });
		}

	}

}
