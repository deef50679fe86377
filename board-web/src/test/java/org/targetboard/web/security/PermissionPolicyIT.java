package org.targetboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
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
		GUARDED.put("/meetings/new", BoardAction.MANAGE_MEETINGS);
		GUARDED.put("/registry", BoardAction.READ_REGISTRY);
		GUARDED.put("/registry/exports", BoardAction.EXPORT_REGISTRY);
		GUARDED.put("/admin/mail", BoardAction.MANAGE_HELD_MAIL);
		GUARDED.put("/api/v1/mail/held", BoardAction.MANAGE_HELD_MAIL);
		GUARDED.put("/api/v1/fhir/$export", BoardAction.BULK_EXPORT);
	}

	@LocalServerPort
	int port;

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
