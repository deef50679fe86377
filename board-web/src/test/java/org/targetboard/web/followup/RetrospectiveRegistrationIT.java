package org.targetboard.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.WebSession;

/**
 * A board's history registered retrospectively through the API, as a script replaying
 * published cases would: advice the board gave in March 2022, a death three weeks later
 * and a late scheduled report, all dated when they happened; the export counts survival
 * from the board's date and marks the advice as registered retrospectively.
 */
@BoardIntegrationTest
class RetrospectiveRegistrationIT {

	private static final LocalDate GIVEN = LocalDate.of(2022, 3, 14);

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.targetboard.registry.followup.FollowUpRegistry followUps;

	@Test
	void registersAdviceTheBoardGaveIn2022AndItsOutcome() throws Exception {
		PublicCaseId caseId = this.board.discussedCase();
		String base = "/api/v1/cases/" + caseId + "/advice";
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient centre = ApiClient.as(this.port, "coordinator-nl", "demo");
		String etag = chair.post(base, "{}").header("ETag");

		LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
		ApiClient.Response future = chair.post(base + "/draft/issue",
				"{\"confirmed\": true, \"advisedOn\": \"" + tomorrow + "\"}", etag);
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").toString()).contains("advisedOn").doesNotContain(tomorrow.toString());

		ApiClient.Response issued = chair.post(base + "/draft/issue",
				"{\"confirmed\": true, \"advisedOn\": \"" + GIVEN + "\"}", etag);
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
		assertThat(issued.json().get("advisedOn").asString()).isEqualTo(GIVEN.toString());
		assertThat(issued.json().get("retrospective").asBoolean()).isTrue();
		byte[] pdf = this.jdbc
			.sql("select a.pdf from advice a join board_case c on c.id = a.case_id "
					+ "where c.public_id = ? and a.version_number = 1")
			.param(caseId.value())
			.query(byte[].class)
			.single();
		try (PDDocument letter = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " ")).contains(GIVEN.toString())
				.contains("registered retrospectively");
		}

		// Its first follow-up is due in June 2022: overdue on the worklist, but never
		// reminded by mail, since it passed before the advice was registered here.
		assertThat(this.followUps
			.worklist(new org.targetboard.core.access.Viewer("coordinator-nl",
					org.targetboard.core.access.Role.COORDINATOR, new org.targetboard.core.centre.CentreCode("NL")))
			.stream()
			.filter((due) -> due.caseId().equals(caseId))
			.findFirst()
			.orElseThrow()).satisfies((due) -> {
				assertThat(due.dueDate()).isEqualTo(GIVEN.plusMonths(3));
				assertThat(due.overdue()).isTrue();
				assertThat(due.remindable()).isFalse();
			});

		// Follow-up counts from the board's date: a death three weeks after the advice is
		// an event of 2022, and the first scheduled report (June 2022) is late, not
		// refused.
		String events = "/api/v1/cases/" + caseId + "/outcome-events";
		ApiClient.Response relapse = centre.post(events,
				"{\"kind\": \"RELAPSE\", \"occurredOn\": \"" + GIVEN.plusDays(10) + "\"}");
		assertThat(relapse.status()).as(relapse.raw().body()).isEqualTo(201);
		ApiClient.Response report = centre.post("/api/v1/cases/" + caseId + "/follow-ups", """
				{"dueDate": "%s", "adviceFollowed": "NO", "therapyGiven": "STANDARD", "therapyStart": "%s",
				 "reason": "DETERIORATION", "alive": false, "deathDate": "%s", "causeOfDeath": "DISEASE",
				 "lastContact": "%s"}""".formatted(GIVEN.plusMonths(3), GIVEN.plusDays(2), GIVEN.plusDays(21),
				GIVEN.plusDays(21)));
		assertThat(report.status()).as(report.raw().body()).isEqualTo(201);
		assertThat(centre.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("CLOSED");

		String pseudonym = centre.get("/api/v1/cases/" + caseId).json().get("pseudonym").asString();
		List<String> lines = WebSession.login(this.port, "statistician")
			.get("/registry/exports/cases.csv")
			.body()
			.lines()
			.toList();
		List<String> header = List.of(lines.get(0).split(","));
		String[] row = lines.stream()
			.filter((line) -> line.startsWith(pseudonym + ","))
			.findFirst()
			.orElseThrow()
			.split(",", -1);
		assertThat(row[header.indexOf("advised")]).isEqualTo(GIVEN.toString());
		assertThat(row[header.indexOf("retrospective")]).isEqualTo("1");
		assertThat(row[header.indexOf("os_event")]).isEqualTo("1");
		assertThat(row[header.indexOf("os_months")])
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", 21 / 30.4375));
		assertThat(row[header.indexOf("relapse_date")]).isEqualTo(GIVEN.plusDays(10).toString());
		assertThat(row[header.indexOf("vital_status")]).isEqualTo("DEAD_OF_DISEASE");
	}

}
