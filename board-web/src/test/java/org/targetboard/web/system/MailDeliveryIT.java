package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.registry.mail.MailOutbox;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.SmtpFaults;

/**
 * Mail is neither lost nor doubled when the mail server is down for a while, answers
 * slowly, or the connection breaks right after a message was handed over; the delivery
 * job of the running application does the work.
 */
@BoardIntegrationTest
class MailDeliveryIT {

	private static final Viewer BOARD_OFFICE = new Viewer("admin", Role.ADMIN, null);

	@Autowired
	MailOutbox outbox;

	@Autowired
	GreenMail greenMail;

	@Autowired
	SmtpFaults faults;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreTheServer() {
		this.faults.mode(SmtpFaults.Mode.PASS);
		this.faults.up();
	}

	@Test
	void deliversEveryMailExactlyOnceAfterTheServerWasDownForAWhile() throws Exception {
		this.faults.down();
		List<String> subjects = enqueue(10);
		await(() -> attemptsOf(subjects).stream().allMatch((attempts) -> attempts >= 2), Duration.ofSeconds(20));
		assertThat(received(subjects)).isEmpty();

		this.faults.up();

		await(() -> received(subjects).size() == subjects.size(), Duration.ofSeconds(30));
		Thread.sleep(1000);
		assertThat(received(subjects)).containsExactlyInAnyOrderElementsOf(subjects);
		assertThat(this.outbox.held(BOARD_OFFICE)).noneMatch((held) -> subjects.contains(held.subject()));
	}

	@Test
	void deliversEveryMailExactlyOnceWhenTheServerAnswersSlowly() throws Exception {
		this.faults.mode(SmtpFaults.Mode.SLOW);
		List<String> subjects = enqueue(3);

		await(() -> received(subjects).size() == subjects.size(), Duration.ofSeconds(60));
		Thread.sleep(2000);
		assertThat(received(subjects)).containsExactlyInAnyOrderElementsOf(subjects);
	}

	@Test
	void holdsAMailWhoseTransferBrokeOffInsteadOfSendingItTwice() throws Exception {
		this.faults.mode(SmtpFaults.Mode.DROP_AFTER_DATA);
		List<String> subjects = enqueue(1);

		await(() -> this.outbox.held(BOARD_OFFICE).stream().anyMatch((held) -> subjects.contains(held.subject())),
				Duration.ofSeconds(30));
		this.faults.mode(SmtpFaults.Mode.PASS);
		Thread.sleep(1500);

		// The server took it, the sender could not know: it arrived once and is not sent
		// again by itself; the board office sees it, with the reason.
		assertThat(received(subjects)).containsExactlyElementsOf(subjects);
		MailOutbox.HeldMail held = this.outbox.held(BOARD_OFFICE)
			.stream()
			.filter((mail) -> subjects.contains(mail.subject()))
			.findFirst()
			.orElseThrow();
		assertThat(held.reason()).isEqualTo(MailOutbox.HeldReason.UNCERTAIN);

		assertThat(this.outbox.release(BOARD_OFFICE, held.id())).isTrue();
		await(() -> received(subjects).size() == 2, Duration.ofSeconds(30));
		assertThat(this.outbox.held(BOARD_OFFICE)).noneMatch((mail) -> mail.id() == held.id());
	}

	@Test
	void holdsAMailClaimedByANodeThatStoppedWhileSending() {
		List<String> subjects = this.transactions.execute((status) -> {
			String subject = "Stalled " + UUID.randomUUID();
			this.outbox.enqueue("chair@demo.target-board.invalid", subject, "body");
			// A claim as a node leaves it when it dies between claim and result.
			this.jdbc.sql("""
					update mail_outbox set claimed_at = ?, claimed_by = 'node-gone', attempts = 1
					where subject = ?""")
				.params(java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), subject)
				.update();
			return List.of(subject);
		});

		await(() -> this.outbox.held(BOARD_OFFICE).stream().anyMatch((held) -> subjects.contains(held.subject())),
				Duration.ofSeconds(10));
		assertThat(received(subjects)).isEmpty();
	}

	private List<String> enqueue(int count) {
		return this.transactions.execute((status) -> {
			List<String> subjects = new java.util.ArrayList<>();
			for (int i = 0; i < count; i++) {
				String subject = "Outbox test " + UUID.randomUUID();
				this.outbox.enqueue("coordinator-nl@demo.target-board.invalid", subject, "A link and a pseudonym.");
				subjects.add(subject);
			}
			return subjects;
		});
	}

	private List<Integer> attemptsOf(List<String> subjects) {
		return this.jdbc.sql("select attempts from mail_outbox where subject = any(?)")
			.param(subjects.toArray(String[]::new))
			.query(Integer.class)
			.list();
	}

	private List<String> received(List<String> subjects) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.map(MailDeliveryIT::subject)
			.filter(subjects::contains)
			.toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(BooleanSupplier condition, Duration timeout) {
		Instant end = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("condition met in time").isBefore(end);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
