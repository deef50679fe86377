package org.targetboard.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.TestCasesApi;
import tools.jackson.databind.JsonNode;

/**
 * The meeting API, twin of the meeting pages and the presentation view: the chair plans a
 * meeting, places a case on its agenda (ranked as the board will see it), records
 * attendance and sends the agenda, each change based on the meeting's ETag; a member
 * comments; notes are saved on their own version and a stale save is refused; the
 * discussion is recorded. Members cannot plan and centres cannot read meetings.
 */
@BoardIntegrationTest
class MeetingApiIT {

	@LocalServerPort
	int port;

	@Test
	void theChairRunsAMeetingThroughTheApi() {
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient member = ApiClient.as(this.port, "member", "demo");
		ApiClient centre = ApiClient.as(this.port, "coordinator-nl", "demo");
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(12);
		String plan = """
				{"title": "API meeting", "start": "%sT16:00", "timeZone": "Europe/Amsterdam", "durationMinutes": 90,
				 "submissionCutoff": "%s", "chair": "chair", "members": ["member"]}""".formatted(day, day.minusDays(2));

		assertThat(member.post("/api/v1/meetings", plan).status()).isEqualTo(403);
		assertThat(centre.get("/api/v1/meetings").status()).isEqualTo(403);
		ApiClient.Response created = chair.post("/api/v1/meetings", plan);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		String meeting = "/api/v1/meetings/" + created.json().get("id").asString();
		// The list names each meeting by the same text identifier as its own answer.
		JsonNode listed = chair.get("/api/v1/meetings").json();
		assertThat(listed.valueStream().map((m) -> m.get("id").asString()))
			.contains(created.json().get("id").asString());
		String etag = chair.get(meeting).header("ETag");

		String caseId = TestCasesApi.readyForAgenda(this.port);
		String place = "{\"caseId\": \"" + caseId + "\", \"minutes\": 15}";
		assertThat(chair.post(meeting + "/agenda", place).status()).isEqualTo(428);
		ApiClient.Response placed = chair.post(meeting + "/agenda", place, etag);
		assertThat(placed.status()).as(placed.raw().body()).isEqualTo(200);
		JsonNode item = placed.json().get("agenda").get(0);
		assertThat(item.get("caseId").asString()).isEqualTo(caseId);
		assertThat(item.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(chair.post(meeting + "/agenda", place, etag).status()).isEqualTo(412);
		etag = placed.header("ETag");

		ApiClient.Response attended = chair.put(meeting + "/attendance", "{\"present\": [\"chair\", \"member\"]}",
				etag);
		assertThat(attended.status()).as(attended.raw().body()).isEqualTo(200);
		assertThat(attended.json().get("members").toString()).contains("\"attended\":true");
		ApiClient.Response sent = chair.post(meeting + "/send", "{}", attended.header("ETag"));
		assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
		assertThat(sent.json().get("agendaSentAt").isNull()).isFalse();

		ApiClient.Response commented = member.post(meeting + "/cases/" + caseId + "/comments",
				"{\"text\": \"CD22 is high: inotuzumab before CAR-T?\"}");
		assertThat(commented.status()).as(commented.raw().body()).isEqualTo(201);
		assertThat(commented.raw().body()).contains("inotuzumab before CAR-T");

		String notesVersion = "\"" + item.get("notesVersion").asLong() + "\"";
		ApiClient.Response notes = chair.put(meeting + "/cases/" + caseId + "/notes",
				"{\"text\": \"Panel favours CD22-directed bridging.\"}", notesVersion);
		assertThat(notes.status()).as(notes.raw().body()).isEqualTo(200);
		assertThat(notes.json().get("agenda").get(0).get("notes").asString()).contains("CD22-directed");
		assertThat(
				chair.put(meeting + "/cases/" + caseId + "/notes", "{\"text\": \"Overwrite\"}", notesVersion).status())
			.isEqualTo(412);

		assertThat(member.post(meeting + "/cases/" + caseId + "/discussed", "{}").status()).isEqualTo(403);
		ApiClient.Response discussed = chair.post(meeting + "/cases/" + caseId + "/discussed", "{}");
		assertThat(discussed.status()).as(discussed.raw().body()).isEqualTo(200);
		assertThat(discussed.json().get("agenda").get(0).get("status").asString()).isEqualTo("DISCUSSED");
	}

}
