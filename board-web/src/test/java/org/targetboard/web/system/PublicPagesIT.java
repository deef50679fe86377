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
		assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
		HttpResponse<String> login = anonymousPage("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<label class=\"form-label\" for=\"username\">Username</label>");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
	}

}
