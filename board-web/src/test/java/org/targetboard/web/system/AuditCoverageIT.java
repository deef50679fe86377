package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.WebSession;

/**
 * Every read that returns case data leaves an audit row, and so does every refusal: each
 * page and API read of a case with advice, its follow-up and its meeting is made once by
 * someone who may, and once by someone of another centre or role who may not.
 */
@BoardIntegrationTest
class AuditCoverageIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditsEveryReadOfCaseDataAndEveryRefusal() throws Exception {
		PublicCaseId caseId = this.board.caseWithAdvice();
		String id = caseId.toString();
		WebSession coordinator = login("coordinator-nl");
		WebSession chair = login("chair");
		String meeting = chair.firstMatch("/meetings", "/meetings/[0-9a-f-]{36}");

		List<String> missing = new ArrayList<>();
		for (String path : List.of("/cases/" + id, "/cases/" + id + "/consent", "/cases/" + id + "/advice",
				"/cases/" + id + "/advice/1.pdf", "/cases/" + id + "/fhir.json", "/cases/" + id + "/follow-ups/new",
				"/cases/" + id + "/outcome-events/new", "/cases", "/follow-ups", "/api/v1/cases/" + id,
				"/api/v1/cases/" + id + "/fhir", "/api/v1/cases/" + id + "/follow-ups",
				"/api/v1/cases/" + id + "/outcome-events", "/api/v1/cases")) {
			expectAuditedRead(coordinator, "coordinator-nl", path, missing);
		}
		for (String path : List.of(meeting, meeting + "/print", meeting + "/cases/1", "/cases/" + id + "/advice")) {
			expectAuditedRead(chair, "chair", path, missing);
		}

		WebSession otherCentre = login("coordinator-es");
		WebSession statistician = login("statistician");
		for (String path : List.of("/cases/" + id, "/cases/" + id + "/consent", "/cases/" + id + "/advice",
				"/cases/" + id + "/advice/1.pdf", "/cases/" + id + "/fhir.json", "/cases/" + id + "/follow-ups/new",
				"/cases/" + id + "/outcome-events/new", "/api/v1/cases/" + id, "/api/v1/cases/" + id + "/fhir",
				"/api/v1/cases/" + id + "/follow-ups", "/api/v1/cases/" + id + "/outcome-events")) {
			expectAuditedRefusal(otherCentre, "coordinator-es", path, missing);
		}
		for (String path : List.of(meeting, meeting + "/print", "/meetings/new", "/api/v1/fhir/$export")) {
			expectAuditedRefusal(statistician, "statistician", path, missing);
		}

		assertThat(missing).as("reads and refusals without an audit row").isEmpty();
	}

	private void expectAuditedRead(WebSession session, String user, String path, List<String> missing)
			throws Exception {
		long before = rows(user, null);
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(user + " reads " + path).isEqualTo(200);
		if (rows(user, null) == before) {
			missing.add("read " + path + " by " + user);
		}
	}

	private void expectAuditedRefusal(WebSession session, String user, String path, List<String> missing)
			throws Exception {
		long before = rows(user, "CASE_ACCESS_REFUSED");
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(user + " is refused " + path).isIn(403, 404);
		if (rows(user, "CASE_ACCESS_REFUSED") == before) {
			missing.add("refusal of " + path + " to " + user);
		}
	}

	private long rows(String actor, String action) {
		return this.jdbc
			.sql("select count(*) from audit_event where actor = ? and (cast(? as varchar) is null or action = ?)")
			.params(actor, action, action)
			.query(Long.class)
			.single();
	}

	private WebSession login(String username) throws Exception {
		return WebSession.login(this.port, username);
	}

}
