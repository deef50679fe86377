package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.web.meeting.MeetingUseCases;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.system.SyntheticRegistry;

/**
 * The demo board a newcomer sees on the first start: advised cases with follow-up, the
 * documented example cases submitted with consent, two of them on next week's agenda, and
 * a draft; seeded through the use cases, so the examples pass the board's rules.
 */
@BoardIntegrationTest
class DemoBoardIT {

	@LocalServerPort
	int port;

	@Autowired
	CaseUseCases cases;

	@Autowired
	MeetingUseCases meetings;

	@Autowired
	SyntheticRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void seedsABoardWithAdvisedCasesAnAgendaAndADraft() {
		int before = count("select count(*) from board_case");
		int followUpsBefore = count("select count(*) from follow_up");
		MeetingId meeting = new DemoBoard(this.cases, this.meetings, this.registry, this.jdbc, this.clock).seed();

		assertThat(count("select count(*) from board_case"))
			.isEqualTo(before + DemoBoard.ADVISED + DemoBoard.SUBMITTED.size() + 1);
		assertThat(count("select count(*) from follow_up")).isGreaterThan(followUpsBefore);
		assertThat(this.meetings.read(DemoBoard.CHAIR, meeting).agenda()).hasSize(2);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/meetings/" + meeting);
			assertThat(browser.findAll("#agenda-table tbody tr")).hasSize(2);
			browser.screenshot("72-demo-meeting");
			browser.logOut();
			browser.logIn("coordinator-nl", "demo");
			browser.visit("/cases");
			assertThat(browser.text("main")).contains("Draft").contains("Consent verified");
			browser.screenshot("73-demo-case-list");
		}
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
