package org.targetboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.TestCasesApi;
import org.targetboard.web.support.WebSession;

/**
 * Pages and the API agree with the one permission policy: for every role and every page
 * or endpoint that an action of the policy guards, the answer is allowed exactly when the
 * policy lets the role take the action. The expectations come from {@link BoardAction},
 * not from this test.
 */
@BoardIntegrationTest
class PermissionPolicyIT {

	/** A demo account of each role. */
	private static final Map<Role, String> ACCOUNTS = Map.of(Role.COORDINATOR, "coordinator-nl", Role.PHYSICIAN,
			"physician-nl", Role.BOARD_MEMBER, "member", Role.CHAIR, "chair", Role.STATISTICIAN, "statistician",
			Role.ADMIN, "admin");

	/** Pages and read endpoints, each with the action that guards it. */
	private static final Map<String, BoardAction> GUARDED = new LinkedHashMap<>();

	static {
		GUARDED.put("/cases/new", BoardAction.CREATE_CASE);
		GUARDED.put("/cases/import", BoardAction.CREATE_CASE);
		GUARDED.put("/meetings", BoardAction.READ_MEETINGS);
		GUARDED.put("/api/v1/meetings", BoardAction.READ_MEETINGS);
		GUARDED.put("/reviews", BoardAction.READ_WRITTEN_REVIEWS);
		GUARDED.put("/registry/credentials", BoardAction.EXPORT_REGISTRY);
		GUARDED.put("/api/v1/credentials", BoardAction.EXPORT_REGISTRY);
		GUARDED.put("/meetings/new", BoardAction.MANAGE_MEETINGS);
		GUARDED.put("/registry", BoardAction.READ_REGISTRY);
		GUARDED.put("/registry/exports", BoardAction.EXPORT_REGISTRY);
		GUARDED.put("/admin/mail", BoardAction.MANAGE_HELD_MAIL);
		GUARDED.put("/api/v1/mail/held", BoardAction.MANAGE_HELD_MAIL);
		GUARDED.put("/api/v1/fhir/$export", BoardAction.BULK_EXPORT);
	}

	/**
	 * What a case shows, page and API: its record, advice, letter, referrals, follow-up,
	 * events, FHIR.
	 */
	private static final List<String> CASE_READS = List.of("/cases/%s", "/cases/%s/advice", "/cases/%s/advice/1.pdf",
			"/cases/%s/follow-ups/new", "/api/v1/cases/%s", "/api/v1/cases/%s/advice", "/api/v1/cases/%s/advice/1.pdf",
			"/api/v1/cases/%s/advice/1/referrals", "/api/v1/cases/%s/follow-ups", "/api/v1/cases/%s/outcome-events",
			"/api/v1/cases/%s/fhir");

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	/**
	 * A case of a Dutch centre is its own and the board's: another country's coordinator
	 * and a physician of another hospital find none of it, and cannot report on it.
	 */
	@Test
	void everyCaseReadAndReportIsClosedToOtherCentresAndHospitals() throws Exception {
		String caseId = this.board.caseWithAdvice().toString();
		List<String> disagreements = new ArrayList<>();
		for (String account : List.of("coordinator-nl", "physician-nl", "chair", "coordinator-es",
				"physician-es-sjd")) {
			boolean own = !account.endsWith("-es") && !account.endsWith("-es-sjd");
			WebSession session = WebSession.login(this.port, account);
			for (String read : CASE_READS) {
				String path = read.formatted(caseId);
				if (path.endsWith("/follow-ups/new") && !account.startsWith("coordinator")) {
					continue; // reporting follow-up is the coordinator's
				}
				int status = session.get(path).statusCode();
				if ((status < 400) != own || (!own && status != 404)) {
					disagreements.add(account + " " + path + ": " + status);
				}
			}
		}
		for (String foreign : List.of("coordinator-es", "physician-es-sjd")) {
			ApiClient api = ApiClient.as(this.port, foreign, "demo");
			String base = "/api/v1/cases/" + caseId;
			for (String[] report : new String[][] {
					{ base + "/outcome-events", "{\"kind\": \"RELAPSE\", \"occurredOn\": \"2026-11-30\"}" },
					{ base + "/advice/1/referrals/1/progress", "{\"status\": \"DONE\", \"date\": \"2026-11-30\"}" },
					{ base + "/transitions", "{\"action\": \"CLOSE\"}" } }) {
				// A physician may not report at all (403); another centre's coordinator
				// finds no such case (404).
				int status = api.post(report[0], report[1], "\"0\"").status();
				if (status != 404 && status != 403) {
					disagreements.add(foreign + " POST " + report[0] + ": " + status);
				}
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(ApiClient.as(this.port, "coordinator-nl", "demo")
			.get("/api/v1/cases/" + caseId + "/outcome-events")
			.json()
			.size()).isZero();
	}

	@Test
	void everyGuardedPageAndEndpointAnswersAsThePolicySays() throws Exception {
		List<String> disagreements = new ArrayList<>();
		for (Map.Entry<Role, String> account : ACCOUNTS.entrySet()) {
			WebSession session = WebSession.login(this.port, account.getValue());
			for (Map.Entry<String, BoardAction> guarded : GUARDED.entrySet()) {
				int status = session.get(guarded.getKey()).statusCode();
				boolean allowed = status < 400;
				boolean expected = guarded.getValue().isPermittedFor(account.getKey());
				if (allowed != expected || (!allowed && status != 403 && status != 404)) {
					disagreements.add(account.getKey() + " " + guarded.getKey() + ": " + status + ", policy "
							+ (expected ? "allows" : "refuses"));
				}
			}
		}
		assertThat(disagreements).isEmpty();
	}

	@Test
	void creatingACaseThroughTheApiFollowsThePolicy() throws Exception {
		for (Map.Entry<Role, String> account : ACCOUNTS.entrySet()) {
			int status = ApiClient.as(this.port, account.getValue(), "demo")
				.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I)
				.status();
			assertThat(status < 400).as(account.getKey() + " " + status)
				.isEqualTo(BoardAction.CREATE_CASE.isPermittedFor(account.getKey()));
		}
	}

}
