package org.targetboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.BoardIntegrationTest;

/**
 * Forms are protected against cross-site request forgery: a logged-in browser session
 * cannot be made to post a form without the token that the page carries.
 */
@BoardIntegrationTest
class CsrfProtectionIT {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void refusesAFormPostWithoutTheTokenAndAcceptsItWithTheToken() throws Exception {
		String loginToken = token(get("/login"));
		HttpResponse<String> login = post("/login", "username=coordinator-nl&password=demo&_csrf=" + loginToken);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith(":" + this.port + "/");

		HttpResponse<String> forged = post("/cases", "diagnosis=AML");
		assertThat(forged.statusCode()).isEqualTo(403);

		HttpResponse<String> genuine = post("/cases", "diagnosis=AML&_csrf=" + token(get("/cases/new")));
		assertThat(genuine.statusCode()).isEqualTo(302);
		assertThat(genuine.headers().firstValue("Location").orElse("")).contains("/cases/");
	}

	private String get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("page carries a CSRF token").isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

}
