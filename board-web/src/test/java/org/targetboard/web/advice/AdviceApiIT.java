package org.targetboard.web.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.BoardIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The advice API, twin of the advice pages and on the same use cases: the chair starts a
 * draft from the engine's options, saves it with its ETag, is refused a departure from
 * the engine without a reason and an issue without confirmation, and issues it; the
 * letter downloads with its digest and reads back; the centre is told by mail (the
 * AdviceIssued event) and sees only what was issued; an amendment needs its reason.
 */
@BoardIntegrationTest
class AdviceApiIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChairComposesAndIssuesAdviceThroughTheApi() throws Exception {
		PublicCaseId caseId = this.board.discussedCase();
		String base = "/api/v1/cases/" + caseId + "/advice";
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient member = ApiClient.as(this.port, "member", "demo");
		ApiClient centre = ApiClient.as(this.port, "coordinator-nl", "demo");

		assertThat(member.post(base, "{}").status()).isEqualTo(403);
		ApiClient.Response started = chair.post(base, "{}");
		assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
		String etag = started.header("ETag");
		JsonNode draft = started.json();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("options").size()).isGreaterThan(1);
		assertThat(centre.get(base).json().size()).isZero();
		assertThat(centre.get(base + "/draft").status()).isEqualTo(409);

		// Saving needs the draft's ETag, and a current one.
		ObjectNode change = ((ObjectNode) draft.deepCopy());
		change.retain("summary", "options", "overrideReason");
		change.put("summary", "First relapse, CD19 positive: the panel's plan.");
		assertThat(chair.put(base + "/draft", change.toString(), null).status()).isEqualTo(428);
		assertThat(chair.put(base + "/draft", change.toString(), "\"999\"").status()).isEqualTo(412);

		// Putting the engine's second option first departs from the engine: a reason is
		// asked for, field by field.
		ArrayNode options = (ArrayNode) change.get("options");
		JsonNode first = options.remove(0);
		options.insert(1, first);
		ApiClient.Response refused = chair.put(base + "/draft", change.toString(), etag);
		assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
		assertThat(refused.raw().body()).contains("overrideReason");
		change.put("overrideReason", "CD19 expression is dim; CD22 is high.");
		// The first two are one recommendation, given together; the panel adds a named
		// regimen as the next.
		options.forEach((option) -> ((ObjectNode) option).remove("recommendation"));
		((ObjectNode) options.get(0)).put("recommendation", 1);
		((ObjectNode) options.get(1)).put("recommendation", 1);
		ObjectNode regimen = options.addObject();
		regimen.put("type", "CHEMOTHERAPY_REGIMEN");
		regimen.put("label", "Clofarabine, etoposide and cyclophosphamide");
		regimen.put("rationale", "If bridging fails.");
		ObjectNode namedTrial = options.addObject();
		namedTrial.put("type", "TRIAL");
		namedTrial.put("label", "Venetoclax and navitoclax study named by the panel");
		namedTrial.put("rationale", "BCL-2 dependence on BH3 profiling.");
		namedTrial.put("trialId", "TBC");
		// Referrals: the patient to a CAR-T centre, a sample to a drug-response
		// laboratory;
		// one without its purpose is refused on that field.
		ArrayNode referrals = change.putArray("referrals");
		ObjectNode incomplete = referrals.addObject();
		incomplete.put("subject", "SAMPLE");
		incomplete.put("destination", "Drug-response laboratory, Helsinki");
		ApiClient.Response withoutPurpose = chair.put(base + "/draft", change.toString(), etag);
		assertThat(withoutPurpose.status()).isEqualTo(400);
		assertThat(withoutPurpose.raw().body()).contains("referrals[0].purpose");
		incomplete.put("purpose", "DRUG_RESPONSE_PROFILING");
		ObjectNode patient = referrals.insertObject(0);
		patient.put("subject", "PATIENT");
		patient.put("purpose", "CAR_T");
		patient.put("destination", "CAR-T centre, Utrecht");
		// Evidence is the engine's typed grade: written in DNPM notation or as the engine
		// writes it; free text is refused on its field, without repeating it.
		regimen.put("evidence", "level 1 <b>");
		ApiClient.Response ungraded = chair.put(base + "/draft", change.toString(), etag);
		assertThat(ungraded.status()).isEqualTo(400);
		assertThat(ungraded.raw().body()).contains("options[" + (options.size() - 2) + "].evidence")
			.contains("DNPM level")
			.doesNotContain("level 1");
		regimen.put("evidence", "m3 Z(FDA) iv");
		ApiClient.Response saved = chair.put(base + "/draft", change.toString(), etag);
		assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
		JsonNode savedRegimen = saved.json().get("options").get(options.size() - 2);
		assertThat(savedRegimen.get("evidence").get("dnpm").asString()).isEqualTo("m3 iv Z(FDA)");
		assertThat(savedRegimen.get("evidence").get("level").asString()).isEqualTo("M3");
		assertThat(saved.json().get("options").get(0).path("evidence"))
			.isEqualTo(draft.get("options").get(1).path("evidence"));
		assertThat(saved.header("ETag")).isNotEqualTo(etag);
		etag = saved.header("ETag");

		HttpResponse<byte[]> preview = pdf(base + "/draft/preview.pdf", "chair");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(pdf(base + "/draft/preview.pdf", "member").statusCode()).isEqualTo(403);

		ApiClient.Response unconfirmed = chair.post(base + "/draft/issue", "{\"confirmed\": false}", etag);
		assertThat(unconfirmed.status()).isEqualTo(422);
		ApiClient.Response issued = chair.post(base + "/draft/issue", "{\"confirmed\": true}", etag);
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
		assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
		String documentId = issued.json().get("documentId").asString();
		String letterPath = issued.json().get("letter").asString();

		// The letter: its digest header is the SHA-256 of the bytes, and it reads back.
		HttpResponse<byte[]> letter = pdf(letterPath, "coordinator-nl");
		assertThat(letter.statusCode()).isEqualTo(200);
		String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(letter.body()));
		assertThat(letter.headers().firstValue("Repr-Digest").orElse("")).isEqualTo("sha-256=:" + digest + ":");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "advice-api-letter.pdf"),
				letter.body());
		try (PDDocument document = Loader.loadPDF(letter.body())) {
			assertThat(document.getDocumentInformation().getSubject()).isNotBlank();
			assertThat(new PDFTextStripper().getText(document)).contains(documentId).contains("CD19 expression is dim");
		}
		// The AdviceIssued event told the centre, in the issuing transaction.
		String pseudonym = centre.get("/api/v1/cases/" + caseId).json().get("pseudonym").asString();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where subject like ?")
			.param("%" + pseudonym + "%")
			.query(Long.class)
			.single()).isPositive();
		assertThat(centre.get(base).json().get(0).get("status").asString()).isEqualTo("ISSUED");

		// Follow-up asks which recommendation was given: the two components as one.
		String form = org.targetboard.web.support.WebSession.login(this.port, "coordinator-nl")
			.get("/cases/" + caseId + "/follow-ups/new")
			.body();
		assertThat(form).contains(" + " + first.get("label").asString().replace("&", "&amp;") + "</option>");
		assertThat(form).containsPattern("1\\. [^<]+ \\+ [^<]+</option>");

		// The centre reports what became of the referral to the CAR-T centre.
		String progress = base + "/1/referrals/1/progress";
		ApiClient.Response byMember = member.post(progress, "{\"status\": \"ACCEPTED\", \"date\": \"2026-11-20\"}");
		assertThat(byMember.status()).as(byMember.raw().body()).isEqualTo(403);
		assertThat(centre.post(progress, "{\"status\": \"ACCEPTED\"}").raw().body()).contains("date");
		assertThat(centre.post(progress, "{\"status\": \"DONE\", \"date\": \"2999-01-01\"}").status()).isEqualTo(400);
		ApiClient.Response accepted = centre.post(progress, "{\"status\": \"ACCEPTED\", \"date\": \"2026-11-20\"}");
		assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
		assertThat(accepted.json().get(0).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.json().get(0).get("since").asString()).isEqualTo("2026-11-20");
		assertThat(accepted.json().get(1).get("status").asString()).isEqualTo("PROPOSED");

		// The same on the advice page: the centre sees what became of each referral and
		// reports the sample's; a report without its date is refused beside the date.
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("member", "demo");
			browser.visit("/cases/" + caseId + "/advice");
			assertThat(browser.text("#referral-v1-1-status")).contains("accepted since 2026-11-20");
			assertThat(browser.findAll("#referral-v1-1-report")).isEmpty();
			browser.logOut();
			browser.logIn("coordinator-nl", "demo");
			browser.visit("/cases/" + caseId + "/advice");
			assertThat(browser.text("#referral-v1-2-status")).contains("proposed");
			browser.select("referral-v1-2-new-status", "DONE");
			browser.click("#referral-v1-2-report");
			assertThat(browser.text("#referral-v1-2-date-error")).contains("required");
			assertThat(browser.text("#referral-v1-2-status")).contains("proposed");
			browser.screenshot("67-referral-refused");
			assertThat(browser.find("#referral-v1-2-new-status").getAttribute("value")).isEqualTo("DONE");
			browser.date("referral-v1-2-date", "2026-11-25");
			browser.click("#referral-v1-2-report");
			assertThat(browser.text("#referral-v1-2-status")).contains("done since 2026-11-25");
			browser.screenshot("68-referral-progress");
		}
		assertThat(centre.get(base + "/1/referrals").json().get(1).get("status").asString()).isEqualTo("DONE");

		// An amendment is a new version with its reason.
		assertThat(chair.post(base, "{}").status()).isEqualTo(400);
		ApiClient.Response amendment = chair.post(base, "{\"amendmentReason\": \"CD22 result corrected.\"}");
		assertThat(amendment.status()).as(amendment.raw().body()).isEqualTo(201);
		assertThat(amendment.json().get("versionNumber").asInt()).isEqualTo(2);
	}

	private HttpResponse<byte[]> pdf(String path, String username) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
