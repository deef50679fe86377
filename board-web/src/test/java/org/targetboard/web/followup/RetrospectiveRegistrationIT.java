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
import org.targetboard.web.support.Browser;
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

		java.util.Map<String, String> row = exported("cases.csv", centre, caseId);
		assertThat(row.get("advised")).isEqualTo(GIVEN.toString());
		assertThat(row.get("retrospective")).isEqualTo("1");
		assertThat(row.get("os_event")).isEqualTo("1");
		assertThat(row.get("os_months")).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", 21 / 30.4375));
		assertThat(row.get("relapse_date")).isEqualTo(GIVEN.plusDays(10).toString());
		assertThat(row.get("vital_status")).isEqualTo("DEAD_OF_DISEASE");
	}

	/**
	 * "CAR-T and drug-response profiling" is one recommendation: follow-up asks which of
	 * its components were given, in the API and on the form.
	 */
	@Test
	void followUpSaysWhichComponentsOfACombinedRecommendationWereGiven() throws Exception {
		PublicCaseId caseId = this.board.discussedCase();
		String base = "/api/v1/cases/" + caseId + "/advice";
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient centre = ApiClient.as(this.port, "coordinator-nl", "demo");
		ApiClient.Response started = chair.post(base, "{}");
		tools.jackson.databind.node.ObjectNode draft = (tools.jackson.databind.node.ObjectNode) started.json()
			.deepCopy();
		draft.retain("summary", "options", "overrideReason");
		tools.jackson.databind.node.ArrayNode options = (tools.jackson.databind.node.ArrayNode) draft.get("options");
		options.forEach((option) -> ((tools.jackson.databind.node.ObjectNode) option).remove("recommendation"));
		((tools.jackson.databind.node.ObjectNode) options.get(0)).put("recommendation", 1);
		((tools.jackson.databind.node.ObjectNode) options.get(1)).put("recommendation", 1);
		ApiClient.Response saved = chair.put(base + "/draft", draft.toString(), started.header("ETag"));
		assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
		String second = options.get(1).get("label").asString();
		assertThat(chair
			.post(base + "/draft/issue", "{\"confirmed\": true, \"advisedOn\": \"" + GIVEN + "\"}",
					saved.header("ETag"))
			.status()).isEqualTo(200);

		String report = """
				{"dueDate": "%s", "adviceFollowed": "PARTLY", "reason": "TOXICITY", "therapyGiven": "ADVISED_OPTION",
				 "advisedOption": 1, "therapyStart": "%s", "lastContact": "%s"%%s}""".formatted(GIVEN.plusMonths(3),
				GIVEN.plusDays(5), GIVEN.plusMonths(3));
		String followUps = "/api/v1/cases/" + caseId + "/follow-ups";
		ApiClient.Response unsaid = centre.post(followUps, report.formatted(""));
		assertThat(unsaid.status()).isEqualTo(400);
		assertThat(unsaid.json().get("errors").toString()).contains("componentsGiven");
		assertThat(centre.post(followUps, report.formatted(", \"componentsGiven\": [1, 3]"))
			.json()
			.get("errors")
			.toString()).contains("componentsGiven");

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.visit("/cases/" + caseId + "/follow-ups/new");
			assertThat(browser.text("#components-of-1")).contains(second);
			browser.select("adviceFollowed", "PARTLY");
			browser.select("reason", "TOXICITY");
			browser.select("therapyGiven", "ADVISED_OPTION");
			browser.select("advisedOption", "1");
			browser.date("therapyStart", GIVEN.plusDays(5).toString());
			browser.date("lastContact", GIVEN.plusMonths(3).toString());
			browser.click("#save-follow-up");
			assertThat(browser.text("#componentsGiven-error")).contains("Tick the components");
			assertThat(browser.findAll("#form-error-list a[href='#componentsGiven']")).hasSize(1);
			browser.screenshot("69-follow-up-components-required");
			browser.click("#componentsGiven2");
			browser.click("#save-follow-up");
			assertThat(browser.text("#case-status")).isEqualTo("In follow-up");
		}
		assertThat(centre.get(followUps).json().get(0).get("report").get("componentsGiven").toString())
			.isEqualTo("[2]");
		assertThat(exported("follow_ups.csv", centre, caseId).get("components_given")).isEqualTo("2");
	}

	/**
	 * The case's (first) row of an export file, by column, as the statistician gets it.
	 */
	private java.util.Map<String, String> exported(String file, ApiClient centre, PublicCaseId caseId)
			throws Exception {
		String pseudonym = centre.get("/api/v1/cases/" + caseId).json().get("pseudonym").asString();
		List<String> lines = WebSession.login(this.port, "statistician")
			.get("/registry/exports/" + file)
			.body()
			.lines()
			.toList();
		String[] header = lines.get(0).split(",");
		String[] values = lines.stream()
			.filter((line) -> line.startsWith(pseudonym + ","))
			.findFirst()
			.orElseThrow()
			.split(",", -1);
		java.util.Map<String, String> row = new java.util.HashMap<>();
		for (int i = 0; i < header.length; i++) {
			row.put(header[i], values[i]);
		}
		return row;
	}

}
