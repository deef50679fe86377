package org.targetboard.web.system;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.UUID;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.targetboard.registry.mail.MailOutbox;
import org.targetboard.registry.mail.MailOutbox.Outcome;
import org.targetboard.registry.mail.OutgoingMail;

/**
 * Delivers the mail outbox every few seconds ({@code board.mail.poll}): claims due mails
 * (committed), sends each with no transaction open, and records what happened. A mail
 * that certainly did not leave is retried with growing delays; one that may have left is
 * never sent again by itself but held for the board office, so no mail is doubled and
 * none is lost silently. Logs name the outbox row, never recipients or content.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 20;

	private final MailOutbox outbox;

	private final JavaMailSender sender;

	private final BoardProperties.Mail settings;

	// A name of this node for its claims, new at each start.
	private final String node = "node-" + UUID.randomUUID();

	MailDelivery(MailOutbox outbox, JavaMailSender sender, BoardProperties properties) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = properties.mail();
	}

	@Scheduled(fixedDelayString = "${board.mail.poll:2s}", initialDelayString = "${board.mail.poll:2s}")
	void deliver() {
		for (OutgoingMail mail : this.outbox.claim(BATCH, this.node, this.settings.claimTimeout())) {
			Outcome outcome = send(mail);
			if (outcome != Outcome.SENT) {
				log.warn("Mail {} not delivered at attempt {}: {}", mail.id(), mail.attempts(), outcome);
			}
			this.outbox.record(mail, this.node, outcome, this.settings.retryBase(), this.settings.maxAttempts());
		}
	}

	private Outcome send(OutgoingMail mail) {
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body());
			// The same id at every attempt, so that a receiving system can recognise a
			// mail the board office chose to send again.
			message.saveChanges();
			message.setHeader("Message-ID", "<outbox-" + mail.id() + "@target-board>");
			this.sender.send(message);
			return Outcome.SENT;
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			return outcomeOf(ex);
		}
	}

	/**
	 * What a failure means for the mail: failures before the server took the message (no
	 * connection, authentication, a 4xx reply) mean it did not leave; a 5xx reply means
	 * it never will; anything else (a timeout or a lost connection during the transfer)
	 * leaves it uncertain.
	 */
	static Outcome outcomeOf(Exception failure) {
		if (failure instanceof MailAuthenticationException) {
			return Outcome.NOT_SENT;
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof AuthenticationFailedException) {
				return Outcome.NOT_SENT;
			}
			if (cause instanceof SendFailedException refused) {
				// A refusal's message starts with the server's reply code: 4xx is
				// temporary, 5xx final; without one (the connection ended, "[EOF]") the
				// server may have taken the mail.
				String reply = String.valueOf(refused.getMessage()).strip();
				if (reply.startsWith("4")) {
					return Outcome.NOT_SENT;
				}
				return reply.startsWith("5") ? Outcome.REFUSED : Outcome.UNCERTAIN;
			}
		}
		return Outcome.UNCERTAIN;
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			return send.getFailedMessages().values().iterator().next();
		}
		if (cause instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		return cause.getCause();
	}

}
