package org.targetboard.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.targetboard.registry.mail.MailOutbox;

/**
 * Delivers the mail outbox every few seconds ({@code board.mail.poll}). Rows are locked
 * while they are sent, so several nodes running this job never send a mail twice; a
 * failed mail is retried. Logs name the outbox row, never recipients or content.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailOutbox outbox;

	private final JavaMailSender sender;

	private final BoardProperties properties;

	MailDelivery(MailOutbox outbox, JavaMailSender sender, BoardProperties properties) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${board.mail.poll:2s}", initialDelayString = "${board.mail.poll:2s}")
	void deliver() {
		this.outbox.deliver(20, (mail) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.mail().from());
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			try {
				this.sender.send(message);
				return true;
			}
			catch (MailException ex) {
				log.warn("Mail {} not delivered ({}); it will be retried", mail.id(), ex.getClass().getSimpleName());
				return false;
			}
		});
	}

}
