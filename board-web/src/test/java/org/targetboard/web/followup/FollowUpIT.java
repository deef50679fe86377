package org.targetboard.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.registry.followup.FollowUpRegistry;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestClock;

/**
 * Follow-up three months after advice: the overdue item on the centre's worklist, the
 * form with its rules in the browser and the API, and the reminder that two scheduler
 * instances send once.
 */
@BoardIntegrationTest
class FollowUpIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Autowired
	TestClock clock;

	@Autowired
	FollowUpRegistry followUps;

	@Autowired
	FollowUpConfiguration.FollowUpReminders reminders;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void coordinatorRecordsAnOverdueFollowUpInTheBrowser() {
		PublicCaseId caseId = this.board.caseWithAdvice();
		LocalDate adviceDay = LocalDate.now(ZoneOffset.UTC);
		this.clock.advance(Duration.ofDays(100));
		LocalDate today = adviceDay.plusDays(100);
		String pseudonym = pseudonym(caseId);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.click("header a[href='/follow-ups']");
			assertThat(browser.text("#due-" + pseudonym)).contains("Overdue")
				.contains(adviceDay.plusMonths(3).toString());
			browser.screenshot("30-follow-up-worklist");
			browser.click("#due-" + pseudonym + " a.btn");
			browser.click("#save-follow-up");
			assertThat(browser.text("#adviceFollowed-error")).isEqualTo("This is required.");
			assertThat(browser.text("#form-errors")).contains("was not saved");
			// Every refusal is also listed above the form, linked to its field.
			assertThat(browser.text("#form-error-list")).contains("This is required.");
			assertThat(browser.findAll("#form-error-list a[href='#lastContact']")).hasSize(1);
			assertThat(browser.text("#lastContact-error")).isEqualTo("This is required.");
			select(browser, "adviceFollowed", "PARTLY");
			select(browser, "therapyGiven", "ADVISED_OPTION");
			select(browser, "advisedOption", "1");
			date(browser, "therapyStart", adviceDay.plusDays(12).toString());
			select(browser, "response", "CR");
			browser.type("mrdAfterCycle1", "<0.01%");
			date(browser, "lastContact", today.plusDays(1).toString());
			browser.click("#save-follow-up");
			assertThat(browser.text("#reason-error")).contains("not fully followed");
			assertThat(browser.text("#lastContact-error")).isEqualTo("A date cannot be in the future.");
			assertThat(browser.find("#mrdAfterCycle1").getAttribute("value")).isEqualTo("<0.01%");
			browser.screenshot("31-follow-up-errors");
			select(browser, "reason", "TOXICITY");
			date(browser, "lastContact", today.toString());
			browser.click("#save-follow-up");
			assertThat(browser.text("#case-status")).isEqualTo("In follow-up");
			assertThat(browser.text("#follow-up-reports")).contains("advice followed Partly")
				.contains("Complete remission");
			assertThat(browser.text("#next-follow-up")).contains(adviceDay.plusMonths(6).toString());
			browser.screenshot("32-follow-up-recorded");
			browser.visit("/follow-ups");
			assertThat(browser.findAll("#due-" + pseudonym)).isEmpty();
		}
	}

	@Test
	void refusesAReportWithDatesAfterDeathInTheApiAndStoresNothing() {
		PublicCaseId caseId = this.board.caseWithAdvice();
		LocalDate adviceDay = LocalDate.now(ZoneOffset.UTC);
		this.clock.advance(Duration.ofDays(100));
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		ApiClient.Response refused = coordinator.post("/api/v1/cases/" + caseId + "/follow-ups", """
				{"dueDate": "%s", "adviceFollowed": "YES", "therapyGiven": "ADVISED_OPTION", "advisedOption": 1,
				 "therapyStart": "%s", "alive": false, "deathDate": "%s", "causeOfDeath": "DISEASE",
				 "relapse": true, "relapseDate": "%s", "lastContact": "%s"}""".formatted(adviceDay.plusMonths(3),
				adviceDay.plusDays(5), adviceDay.plusDays(40), adviceDay.plusDays(60), adviceDay.plusDays(40)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").toString()).contains("relapseDate").contains("after the date of death");
		assertThat(coordinator.get("/api/v1/cases/" + caseId + "/follow-ups").json().size()).isZero();

		ApiClient.Response recorded = coordinator.post("/api/v1/cases/" + caseId + "/follow-ups", """
				{"dueDate": "%s", "adviceFollowed": "YES", "therapyGiven": "ADVISED_OPTION", "advisedOption": 1,
				 "therapyStart": "%s", "alive": false, "deathDate": "%s", "causeOfDeath": "DISEASE",
				 "lastContact": "%s"}""".formatted(adviceDay.plusMonths(3), adviceDay.plusDays(5),
				adviceDay.plusDays(40), adviceDay.plusDays(40)));
		assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
		assertThat(coordinator.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	void reportsADeathThreeWeeksAfterTheAdviceTheDayTheCentreLearnsOfIt() {
		PublicCaseId caseId = this.board.caseWithAdvice();
		LocalDate adviceDay = LocalDate.now(ZoneOffset.UTC);
		// Three weeks after the advice, long before the first scheduled follow-up.
		this.clock.advance(Duration.ofDays(23));
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		String events = "/api/v1/cases/" + caseId + "/outcome-events";
		ApiClient.Response refused = coordinator.post(events, """
				{"kind": "DEATH", "occurredOn": "%s"}""".formatted(adviceDay.minusDays(1)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").toString()).contains("occurredOn")
			.contains("causeOfDeath")
			.doesNotContain(adviceDay.minusDays(1).toString());
		assertThat(coordinator.get(events).json().size()).isZero();

		ApiClient.Response therapy = coordinator.post(events, """
				{"kind": "THERAPY_START", "occurredOn": "%s", "therapyGiven": "ADVISED_OPTION", "advisedOption": 1}"""
			.formatted(adviceDay.plusDays(3)));
		assertThat(therapy.status()).as(therapy.raw().body()).isEqualTo(201);
		assertThat(coordinator.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("FOLLOW_UP");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.visit("/cases/" + caseId);
			browser.click("#report-outcome-event");
			select(browser, "kind", "DEATH");
			date(browser, "occurredOn", adviceDay.plusDays(21).toString());
			browser.click("#save-outcome-event");
			assertThat(browser.text("#causeOfDeath-error")).isEqualTo("This is required.");
			assertThat(browser.findAll("#form-error-list a[href='#causeOfDeath']")).hasSize(1);
			browser.screenshot("34-outcome-event-errors");
			select(browser, "causeOfDeath", "INFECTION");
			browser.click("#save-outcome-event");
			assertThat(browser.text("#case-status")).isEqualTo("Closed");
			assertThat(browser.text("#outcome-events")).contains(adviceDay.plusDays(21) + ": Death")
				.contains("Infection")
				.contains(adviceDay.plusDays(3) + ": Start of a therapy")
				.contains("recorded " + adviceDay.plusDays(23));
			// Withdrawal is offered as a way to the consent page, which confirms it,
			// never as
			// an empty "Next steps".
			assertThat(browser.find("#action-WITHDRAW_CONSENT").getAttribute("href"))
				.endsWith("/consent#withdrawal-form");
			browser.screenshot("35-outcome-event-recorded");
		}
		// The event dates the death, not the day it was recorded; the case is out of
		// follow-up, so nothing more can be reported.
		assertThat(this.jdbc.sql("""
				select e.occurred_on from outcome_event e join board_case c on c.id = e.case_id
				where c.public_id = ? and e.kind = 'DEATH'""").param(caseId.value()).query(LocalDate.class).single())
			.isEqualTo(adviceDay.plusDays(21));
		assertThat(coordinator.post(events, """
				{"kind": "RELAPSE", "occurredOn": "%s"}""".formatted(adviceDay.plusDays(22))).status()).isEqualTo(400);
	}

	@Test
	void remindsAnOverdueFollowUpOnceThoughTwoSchedulersRunAtOnce() throws Exception {
		PublicCaseId caseId = this.board.caseWithAdvice();
		this.clock.advance(Duration.ofDays(100));
		String pseudonym = pseudonym(caseId);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> node = () -> {
				start.await();
				return this.reminders.remind();
			};
			List<Future<Integer>> runs = List.of(nodes.submit(node), nodes.submit(node));
			start.countDown();
			int reminded = runs.get(0).get() + runs.get(1).get();
			assertThat(reminded).isPositive();
			assertThat(this.reminders.remind()).isZero();
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(this.jdbc.sql("""
				select count(*) from follow_up_reminder r join board_case c on c.id = r.case_id
				where c.public_id = ?""").param(caseId.value()).query(Integer.class).single()).isEqualTo(1);
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> mails = List.of();
		while (System.currentTimeMillis() < deadline) {
			mails = Arrays.stream(this.greenMail.getReceivedMessages())
				.filter((m) -> subject(m).contains(pseudonym) && subject(m).contains("follow-up overdue"))
				.toList();
			if (mails.size() >= 2) {
				break;
			}
			Thread.sleep(100);
		}
		Thread.sleep(500);
		mails = Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((m) -> subject(m).contains(pseudonym) && subject(m).contains("follow-up overdue"))
			.toList();
		// One reminder to each of the centre's contacts (coordinator and physician), no
		// more; the mail announcing the advice is another.
		assertThat(mails).hasSize(2);
		assertThat(subject(mails.get(0))).contains("follow-up overdue");
	}

	private String pseudonym(PublicCaseId caseId) {
		return this.jdbc.sql("select pseudonym from board_case where public_id = ?")
			.param(caseId.value())
			.query(String.class)
			.single();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void select(Browser browser, String id, String value) {
		new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
	}

	private static void date(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), value);
	}

}
