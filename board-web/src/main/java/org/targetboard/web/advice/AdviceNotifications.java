package org.targetboard.web.advice;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.mail.MailOutbox;
import org.targetboard.web.system.BoardProperties;

/**
 * Tells the centre's coordinators and physicians that advice was issued: pseudonym,
 * version and link only. Runs in the issuing transaction; the outbox sends it after the
 * commit.
 */
@Component
class AdviceNotifications {

	private final AccountRegistry accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final BoardProperties properties;

	AdviceNotifications(AccountRegistry accounts, MailOutbox mail, MessageSource messages, BoardProperties properties) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
	}

	@EventListener
	void on(AdviceIssued issued) {
		String link = this.properties.link("/cases/{id}/advice", issued.caseId());
		String subject = this.messages.getMessage("mail.advice.subject", new Object[] { issued.pseudonym() },
				issued.locale());
		String body = this.messages.getMessage("mail.advice.body",
				new Object[] { issued.pseudonym(), issued.versionNumber(), link }, issued.locale());
		for (String address : this.accounts.caseContacts(issued.centre(), issued.hospital())) {
			this.mail.enqueue(address, subject, body);
		}
	}

}
