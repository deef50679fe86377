package org.targetboard.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.ApiClient.Response;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;

/**
 * A statistician's script fetches the registry exports with an API credential (issue 14):
 * issued with the account's password, shown once, stored only as its hash, reaching the
 * exports and nothing else, audited under its owner, and refused once revoked.
 */
@BoardIntegrationTest
class ApiCredentialIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private HttpResponse<String> withToken(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aScriptFetchesTheExportsWithItsCredentialAndNothingElse() throws Exception {
		ApiClient statistician = ApiClient.as(this.port, "statistician", "demo");
		assertThat(ApiClient.as(this.port, "coordinator-nl", "demo")
			.post("/api/v1/credentials", "{\"label\": \"x\"}")
			.status()).isEqualTo(403);
		Response unnamed = statistician.post("/api/v1/credentials", "{\"label\": \" \"}");
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.raw().body()).contains("label");

		Response issued = statistician.post("/api/v1/credentials", "{\"label\": \"R survival analysis\"}");
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		long id = issued.json().get("credential").get("id").asLong();
		assertThat(token).startsWith("tb_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("select count(*) from api_credential where token_sha256 = ? or label = ?")
			.params(token, token)
			.query(Integer.class)
			.single()).isZero();

		long exportsBefore = exports();
		HttpResponse<String> cases = withToken("/api/v1/registry/exports/cases.csv", token);
		assertThat(cases.statusCode()).isEqualTo(200);
		assertThat(cases.body()).startsWith("pseudonym,centre,treating_hospital,diagnosis");
		assertThat(exports()).isEqualTo(exportsBefore + 1);
		assertThat(withToken("/api/v1/registry/exports/labels.R", token).statusCode()).isEqualTo(200);

		// Nothing but the exports, and nothing with a wrong token.
		HttpResponse<String> elsewhere = withToken("/api/v1/cases", token);
		assertThat(elsewhere.statusCode()).isEqualTo(401);
		assertThat(elsewhere.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(withToken("/api/v1/credentials", token).statusCode()).isEqualTo(401);
		assertThat(withToken("/api/v1/registry/exports/cases.csv", token + "x").statusCode()).isEqualTo(401);
		assertThat(withToken("/api/v1/registry/exports/cases.csv", "' or 1=1 --").statusCode()).isEqualTo(401);

		assertThat(statistician.get("/api/v1/credentials").raw().body()).contains("R survival analysis")
			.doesNotContain(token);
		assertThat(
				ApiClient.as(this.port, "admin", "demo").post("/api/v1/credentials/" + id + "/revoke", "{}").status())
			.as("another account's credential")
			.isEqualTo(404);
		assertThat(statistician.post("/api/v1/credentials/" + id + "/revoke", "{}").status()).isEqualTo(204);
		assertThat(withToken("/api/v1/registry/exports/cases.csv", token).statusCode()).isEqualTo(401);
	}

	@Test
	void theStatisticianIssuesAndRevokesACredentialInTheBrowser() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("statistician", "demo");
			browser.visit("/registry/exports");
			browser.click("#api-credentials");
			browser.click("#issue-credential");
			assertThat(browser.text("#label-error")).isEqualTo("This is required.");
			browser.type("label", "Stata pipeline");
			browser.click("#issue-credential");
			assertThat(browser.find("#token").getAttribute("value")).startsWith("tb_");
			browser.screenshot("64-api-credential-issued");
			browser.visit("/registry/credentials");
			assertThat(browser.findAll("#token")).isEmpty();
			assertThat(browser.text("#credentials")).contains("Stata pipeline").contains("Never");
			String revoke = browser.findAll("#credentials button[id^='revoke-']").get(0).getAttribute("id");
			browser.click("#confirm-" + revoke);
			browser.click("#" + revoke);
			assertThat(browser.text("#credentials")).contains("Revoked on");
		}
	}

	private long exports() {
		return this.jdbc.sql("select count(*) from audit_event where actor = 'statistician' and action = 'EXPORT'")
			.query(Long.class)
			.single();
	}

}
