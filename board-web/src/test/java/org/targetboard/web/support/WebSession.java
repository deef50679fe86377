package org.targetboard.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One demo account over plain HTTP: logged in through the login form for pages (session
 * cookie, CSRF token), and HTTP Basic for the API.
 */
public final class WebSession {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private final String username;

	private WebSession(int port, String username) {
		this.port = port;
		this.username = username;
	}

	/** Logs the account in with the demo password. */
	public static WebSession login(int port, String username) throws Exception {
		WebSession session = new WebSession(port, username);
		HttpResponse<String> page = session.get("/login");
		Matcher token = TOKEN.matcher(page.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		return session;
	}

	public String username() {
		return this.username;
	}

	/** A page (with the session) or an API resource (with HTTP Basic). */
	public HttpResponse<String> get(String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (path.startsWith("/api/")) {
			request.header("Authorization", basic());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The first match of a pattern on a page. */
	public String firstMatch(String path, String pattern) throws Exception {
		Matcher matcher = Pattern.compile(pattern).matcher(get(path).body());
		assertThat(matcher.find()).as("a match on " + path).isTrue();
		return matcher.group();
	}

	private String basic() {
		return "Basic "
				+ Base64.getEncoder().encodeToString((this.username + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
