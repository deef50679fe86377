package org.targetboard.registry.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.registry.audit.AuditLog;

/**
 * The transactional outbox for mail. A mail is queued in the transaction of the change it
 * announces, so it is sent exactly when that change commits. Delivery claims rows in a
 * transaction of its own ({@code for update skip locked}), sends them with no database
 * transaction open, and records each outcome in another, so that a mail is sent at most
 * once across nodes and crashes, and never given up silently: what cannot be delivered is
 * held for the board office.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	MailOutbox(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** What became of one attempt to send a mail. */
	public enum Outcome {

		/** The server accepted the mail. */
		SENT,
		/**
		 * The mail certainly did not leave (no connection, temporary refusal): retried.
		 */
		NOT_SENT,
		/** The server refused the mail for good (5xx): held. */
		REFUSED,
		/** It may or may not have left (connection lost during the transfer): held. */
		UNCERTAIN

	}

	/** Why delivery of a mail stopped and waits for the board office. */
	public enum HeldReason {

		ATTEMPTS, UNCERTAIN, REFUSED

	}

	/**
	 * Queues a mail in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String recipient, String subject, String body) {
		this.jdbc.sql("insert into mail_outbox (recipient, subject, body, created_at) values (?, ?, ?, ?)")
			.params(recipient, subject, body, Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Claims up to {@code batch} mails that are due for this node, committed before any
	 * is sent. A claim older than {@code claimTimeout} belongs to a node that stopped
	 * while sending: its mail may have left, so it is held as uncertain instead of being
	 * sent again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<OutgoingMail> claim(int batch, String node, Duration claimTimeout) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				update mail_outbox set held_at = ?, held_reason = 'UNCERTAIN', claimed_at = null
				where sent_at is null and held_at is null and claimed_at < ?
				""").params(now, Timestamp.from(this.clock.instant().minus(claimTimeout))).update();
		return this.jdbc.sql("""
				update mail_outbox set claimed_at = ?, claimed_by = ?, attempts = attempts + 1
				where id in (select id from mail_outbox
				             where sent_at is null and held_at is null and claimed_at is null
				               and (next_attempt_at is null or next_attempt_at <= ?)
				             order by id limit ? for update skip locked)
				returning id, recipient, subject, body, attempts
				""")
			.params(now, node, now, batch)
			.query((rs, row) -> new OutgoingMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.list();
	}

	/**
	 * Records the outcome of sending a claimed mail. A mail that did not leave is retried
	 * after {@code retryBase} doubled per attempt (at most an hour), and held after
	 * {@code maxAttempts}.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(OutgoingMail mail, String node, Outcome outcome, Duration retryBase, int maxAttempts) {
		Instant now = this.clock.instant();
		HeldReason held = switch (outcome) {
			case SENT -> null;
			case NOT_SENT -> (mail.attempts() >= maxAttempts) ? HeldReason.ATTEMPTS : null;
			case REFUSED -> HeldReason.REFUSED;
			case UNCERTAIN -> HeldReason.UNCERTAIN;
		};
		Duration delay = retryBase.multipliedBy(1L << Math.min(mail.attempts() - 1, 20));
		Instant next = now.plus((delay.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : delay);
		this.jdbc.sql("""
				update mail_outbox
				   set claimed_at = null, claimed_by = null,
				       sent_at = ?, last_failed = ?, next_attempt_at = ?, held_at = ?, held_reason = ?
				 where id = ? and claimed_by = ?
				""")
			.params((outcome == Outcome.SENT) ? Timestamp.from(now) : null,
					(outcome == Outcome.SENT) ? null : Timestamp.from(now),
					(outcome == Outcome.NOT_SENT) ? Timestamp.from(next) : null,
					(held != null) ? Timestamp.from(now) : null, (held != null) ? held.name() : null, mail.id(), node)
			.update();
	}

	/**
	 * The mails held for the board office, oldest first.
	 * @throws ActionNotPermittedException unless the viewer is the board office
	 */
	@Transactional(readOnly = true)
	public List<HeldMail> held(Viewer viewer) {
		this.audit.require(viewer, BoardAction.MANAGE_HELD_MAIL, "READ_HELD_MAIL");
		return this.jdbc.sql("""
				select id, recipient, subject, created_at, attempts, held_at, held_reason from mail_outbox
				where held_at is not null and sent_at is null order by id
				""")
			.query((rs, row) -> new HeldMail(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getTimestamp(6).toInstant(),
					HeldReason.valueOf(rs.getString(7))))
			.list();
	}

	/**
	 * Sends a held mail again at the next delivery, with a fresh count of attempts.
	 * @return whether such a held mail existed
	 */
	@Transactional
	public boolean release(Viewer viewer, long id) {
		this.audit.require(viewer, BoardAction.MANAGE_HELD_MAIL, "RELEASE_HELD_MAIL");
		return this.jdbc.sql("""
				update mail_outbox set held_at = null, held_reason = null, attempts = 0, next_attempt_at = null
				where id = ? and held_at is not null and sent_at is null
				""").params(id).update() > 0;
	}

	/**
	 * A mail whose delivery stopped.
	 *
	 * @param id the outbox row
	 * @param recipient the address
	 * @param subject the subject (a pseudonym at most)
	 * @param createdAt when it was queued
	 * @param attempts how often it was tried
	 * @param heldAt when delivery stopped
	 * @param reason why
	 */
	public record HeldMail(long id, String recipient, String subject, Instant createdAt, int attempts, Instant heldAt,
			HeldReason reason) {
	}

}
