package org.targetboard.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestCasesApi;

/**
 * A board's history: the board office registers a meeting of March 2022, held before the
 * board used this system, places a case registered today on its agenda (after the
 * meeting's cut-off, which only a historic meeting allows), the chair records the
 * discussion and issues the advice with the board's date; the letter says so.
 */
@BoardIntegrationTest
class HistoricMeetingIT {

	private static final String PLAN = """
			{"title": "Relapse board 2022-03-14", "start": "2022-03-14T16:00", "timeZone": "Europe/Madrid",
			 "durationMinutes": 60, "submissionCutoff": "2022-03-10", "chair": "chair", "members": ["member"]%s}""";

	@LocalServerPort
	int port;

	@Test
	void onlyTheBoardOfficeIsOfferedToRegisterAMeetingAsHeld() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/meetings/new");
			assertThat(browser.findAll("#retrospective")).isEmpty();
			browser.logOut();
			browser.logIn("admin", "demo");
			browser.visit("/meetings/new");
			assertThat(browser.text("#retrospective")).contains("registered retrospectively");
			browser.screenshot("74-meeting-form-held-before");
		}
	}

	@Test
	void theBoardOfficeRegistersAMeetingHeldBeforeTheBoardUsedTheSystem() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");

		// A past meeting is refused unless it is registered as held; only the board
		// office registers the board's history; a "held" meeting cannot lie ahead.
		ApiClient.Response past = admin.post("/api/v1/meetings", PLAN.formatted(""));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.raw().body()).contains("start");
		assertThat(chair.post("/api/v1/meetings", PLAN.formatted(", \"retrospective\": true")).status()).isEqualTo(403);
		ApiClient.Response ahead = admin.post("/api/v1/meetings",
				PLAN.formatted(", \"retrospective\": true").replace("2022-03-14T16:00", "2099-03-14T16:00"));
		assertThat(ahead.status()).isEqualTo(400);
		ApiClient.Response created = admin.post("/api/v1/meetings", PLAN.formatted(", \"retrospective\": true"));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		String meeting = "/api/v1/meetings/" + created.json().get("id").asString();

		String caseId = TestCasesApi.readyForAgenda(this.port);
		ApiClient.Response placed = admin.post(meeting + "/agenda", "{\"caseId\": \"" + caseId + "\", \"minutes\": 20}",
				admin.get(meeting).header("ETag"));
		assertThat(placed.status()).as(placed.raw().body()).isEqualTo(200);
		assertThat(chair.post(meeting + "/cases/" + caseId + "/discussed", "{}").status()).isEqualTo(200);

		String advice = "/api/v1/cases/" + caseId + "/advice";
		String etag = chair.post(advice, "{}").header("ETag");
		ApiClient.Response issued = chair.post(advice + "/draft/issue",
				"{\"confirmed\": true, \"advisedOn\": \"2022-03-14\"}", etag);
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
		try (PDDocument letter = Loader.loadPDF(chair.bytes(issued.json().get("letter").asString()).body())) {
			String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
			assertThat(text).contains("Relapse board 2022-03-14, 2022-03-14 16:00 (Europe")
				.contains("held before the board used Target Board")
				.contains("registered retrospectively");
		}
	}

}
