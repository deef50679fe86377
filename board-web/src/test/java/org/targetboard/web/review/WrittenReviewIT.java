package org.targetboard.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.ApiClient.Response;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestCasesApi;
import tools.jackson.databind.JsonNode;

/**
 * Written review without a meeting (issue 14): the chair opens a case for review with a
 * deadline, members post their positions, the chair sees them side by side, closes the
 * review and issues the advice, whose letter names the written review instead of a
 * meeting.
 */
@BoardIntegrationTest
class WrittenReviewIT {

	@LocalServerPort
	int port;

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	@Test
	void theBoardReviewsACaseInWritingAndTheChairIssuesTheAdviceThroughTheApi() throws Exception {
		String caseId = TestCasesApi.readyForAgenda(this.port);
		String base = "/api/v1/cases/" + caseId + "/written-review";
		ApiClient chair = as("chair");
		ApiClient member = as("member");

		assertThat(member.post(base, "{\"deadline\": \"" + today().plusDays(2) + "\"}").status()).isEqualTo(403);
		Response past = chair.post(base, "{\"deadline\": \"" + today().minusDays(1) + "\"}");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.raw().body()).contains("deadline");
		assertThat(chair.get(base).status()).isEqualTo(404);
		assertThat(chair.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("CONSENT_VERIFIED");

		Response opened = chair.post(base, "{\"deadline\": \"" + today().plusDays(2)
				+ "\", \"question\": \"Ponatinib with blinatumomab, or CAR-T first?\"}");
		assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
		assertThat(opened.json().get("engineOrder").size()).isGreaterThan(1);
		assertThat(chair.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("SCHEDULED");
		// A case in written review is not opened twice.
		assertThat(chair.post(base, "{\"deadline\": \"" + today().plusDays(3) + "\"}").status()).isEqualTo(409);

		Response withoutText = member.post(base + "/positions", "{\"stance\": \"PROPOSE_CHANGE\"}");
		assertThat(withoutText.status()).isEqualTo(400);
		assertThat(withoutText.raw().body()).contains("\"text\"");
		assertThat(member
			.post(base + "/positions",
					"{\"stance\": \"PROPOSE_CHANGE\", \"text\": \"CAR-T first: CD19 is high and MRD is 4%.\"}")
			.status()).isEqualTo(201);
		assertThat(chair.post(base + "/positions", "{\"stance\": \"AGREE_WITH_ENGINE\"}").status()).isEqualTo(201);
		Response revised = member.post(base + "/positions",
				"{\"stance\": \"AGREE_WITH_ENGINE\", \"text\": \"Convinced by the T315I argument.\"}");
		JsonNode review = revised.json();
		assertThat(review.get("review").get("positions").size()).isEqualTo(3);
		assertThat(review.get("currentPositions").size()).isEqualTo(2);
		assertThat(review.get("currentPositions").get(0).get("member").asString()).isEqualTo("member");
		assertThat(review.get("currentPositions").get(0).get("stance").asString()).isEqualTo("AGREE_WITH_ENGINE");

		// The centre does not read the board's written discussion; the member does not
		// close it.
		assertThat(as("coordinator-nl").get(base).status()).isEqualTo(403);
		assertThat(member.post(base + "/close", "{}").status()).isEqualTo(403);
		Response closed = chair.post(base + "/close", "{}");
		assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
		assertThat(closed.json().get("review").get("closedBy").asString()).isEqualTo("chair");
		assertThat(chair.get("/api/v1/cases/" + caseId).json().get("status").asString()).isEqualTo("DISCUSSED");
		assertThat(member.post(base + "/positions", "{\"stance\": \"AGREE_WITH_ENGINE\"}").status()).isEqualTo(404);

		// The advice starts from the ranking the members reviewed and its letter names
		// the
		// written review, not a meeting.
		Response draft = chair.post("/api/v1/cases/" + caseId + "/advice", "{}");
		assertThat(draft.status()).as(draft.raw().body()).isEqualTo(201);
		Response issued = chair.post("/api/v1/cases/" + caseId + "/advice/draft/issue", "{\"confirmed\": true}",
				draft.header("ETag"));
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
		HttpResponse<byte[]> letter = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + issued.json().get("letter").asString()))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("chair:demo".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(letter.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(letter.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Written review Closed on " + today() + "; positions from member, chair");
		}
	}

	@Test
	void theChairOpensAReviewAndSeesTheMembersPositionsSideBySideInTheBrowser() {
		String caseId = TestCasesApi.readyForAgenda(this.port);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/cases/" + caseId);
			browser.click("#open-written-review");
			browser.date("deadline", today().minusDays(3).toString());
			browser.click("#open-review");
			assertThat(browser.text("#deadline-error")).isEqualTo("The date must not lie in the past.");
			browser.screenshot("60-written-review-open-errors");
			browser.date("deadline", today().plusDays(2).toString());
			browser.type("question", "Ponatinib-based bridging, or CAR-T first?");
			browser.click("#open-review");
			assertThat(browser.text("#review-deadline")).isEqualTo(today().plusDays(2).toString());
			assertThat(browser.findAll("#engine-order li")).isNotEmpty();
			browser.logOut();

			browser.logIn("member", "demo");
			browser.click("header a[href='/reviews']");
			assertThat(browser.text("#open-reviews")).contains("Awaiting yours");
			browser.screenshot("61-written-reviews-list");
			browser.visit("/cases/" + caseId + "/review");
			browser.select("stance", "PROPOSE_CHANGE");
			browser.click("#post-position");
			assertThat(browser.text("#text-error")).isEqualTo("Say which change you propose.");
			browser.type("text", "CAR-T first: CD19 is high and the MRD is 4%.");
			browser.click("#post-position");
			assertThat(browser.text("#positions")).contains("member").contains("Proposes a change");
			assertThat(browser.findAll("#close-review")).isEmpty();
			browser.logOut();

			browser.logIn("chair", "demo");
			browser.visit("/cases/" + caseId + "/review");
			browser.select("stance", "AGREE_WITH_ENGINE");
			browser.click("#post-position");
			assertThat(browser.findAll("#positions .position-card")).hasSize(2);
			browser.screenshot("62-written-review-positions");
			browser.click("#confirm-close-review");
			browser.click("#close-review");
			assertThat(browser.currentPath()).endsWith("/cases/" + caseId + "/advice");
			browser.screenshot("63-written-review-closed-advice");
		}
	}

}
