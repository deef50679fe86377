package org.targetboard.registry.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox for mail. A mail is queued in the transaction of the change it
 * announces, so it is sent exactly when that change commits; delivery locks the rows it
 * sends ({@code for update skip locked}), so two nodes never send the same mail.
 */
@Service
public class MailOutbox {

	/** Failed mails are retried this many times. */
	static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
	 * Delivers up to {@code batch} pending mails with the sender, which says whether it
	 * succeeded; failures are counted and retried later.
	 * @return how many were sent
	 */
	@Transactional
	public int deliver(int batch, Predicate<OutgoingMail> sender) {
		List<OutgoingMail> pending = this.jdbc.sql("""
				select id, recipient, subject, body from mail_outbox
				where sent_at is null and attempts < ? order by id limit ? for update skip locked
				""")
			.params(MAX_ATTEMPTS, batch)
			.query((rs, row) -> new OutgoingMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		int sent = 0;
		Timestamp now = Timestamp.from(this.clock.instant());
		for (OutgoingMail mail : pending) {
			if (sender.test(mail)) {
				this.jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?")
					.params(now, mail.id())
					.update();
				sent++;
			}
			else {
				this.jdbc.sql("update mail_outbox set last_failed = ?, attempts = attempts + 1 where id = ?")
					.params(now, mail.id())
					.update();
			}
		}
		return sent;
	}

}
