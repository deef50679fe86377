package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description lists every endpoint of the JSON API that the application maps:
 * cases, consent, meetings, written reviews, advice, letters, referrals, follow-up,
 * events, FHIR, credentials and the statisticians' exports. A new endpoint fails here
 * until it is described.
 */
@BoardIntegrationTest
class OpenApiIT {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryEndpointOfTheApi() {
		JsonNode docs = ApiClient.anonymous(this.port).get("/v3/api-docs").json();
		Set<String> described = new TreeSet<>(docs.get("paths").propertyNames());
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.stream()
				.filter((path) -> path.startsWith("/api/v1/"))
				.forEach(mapped::add));

		assertThat(mapped).contains("/api/v1/meetings", "/api/v1/cases/{id}/written-review",
				"/api/v1/cases/{id}/advice/{version}/referrals/{position}/progress", "/api/v1/credentials");
		assertThat(described).containsAll(mapped);
		assertThat(docs.get("info").get("description").asString()).contains("Bearer");
	}

}
