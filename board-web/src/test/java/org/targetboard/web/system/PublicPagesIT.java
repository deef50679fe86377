package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;

@BoardIntegrationTest
class PublicPagesIT {

	@LocalServerPort
	int port;

	private HttpResponse<String> anonymousPage(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void redirectsAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> response = anonymousPage("/cases");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void reportsHealthWithTheDatabaseAndServesTheLoginPage() throws Exception {
		ApiClient.Response health = ApiClient.anonymous(this.port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		// Components and details are for the board office only.
		assertThat(health.json().has("components")).isFalse();
		assertThat(ApiClient.anonymous(this.port).get("/actuator/info").status()).isNotEqualTo(200);
		HttpResponse<String> login = anonymousPage("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<label class=\"form-label\" for=\"username\">Username</label>");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
	}

	@Test
	void storesNoSessionForAnonymousVisitors() throws Exception {
		for (String path : new String[] { "/login", "/cases", "/meetings/new", "/actuator/health" }) {
			HttpResponse<String> response = anonymousPage(path);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
	}

	@Test
	void marksTheSessionCookieSecureAndSendsHstsBehindATlsProxy() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		HttpResponse<String> page = client.send(proxied("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(token.find()).isTrue();
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		String xsrf = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(proxied("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", xsrf.substring(0, xsrf.indexOf(';')))
				.POST(HttpRequest.BodyPublishers.ofString("username=member&password=demo&_csrf="
						+ java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().allValues("Set-Cookie")).anyMatch(
				(cookie) -> cookie.startsWith("SESSION=") && cookie.contains("Secure") && cookie.contains("HttpOnly"));
	}

	// As the TLS-terminating proxy of production forwards a request (from the loopback
	// address, which the application trusts as a proxy).
	private HttpRequest.Builder proxied(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "board.example.org");
	}

}
