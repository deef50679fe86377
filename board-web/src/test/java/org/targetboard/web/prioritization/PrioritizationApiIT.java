package org.targetboard.web.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;

@BoardIntegrationTest
class PrioritizationApiIT {

	@LocalServerPort
	int port;

	@Test
	void ranksTheDocumentedExampleAsTheCommandLineDoes() throws IOException {
		String example = Files.readString(Path.of("../docs/examples/bcp-all-post-cart-cd19-negative.json"));

		ApiClient.Response response = ApiClient.as(this.port, "member", "demo")
			.post("/api/v1/prioritization?date=2026-11-22", example);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("knowledgeBaseVersion").asString()).isEqualTo("2026.11.1");
		assertThat(response.json().get("options").get(0).get("optionId").asString()).isEqualTo("inotuzumab-ozogamicin");
		assertThat(response.json().get("excluded").get(0).get("reasons").get(0).get("ruleId").asString())
			.isEqualTo("CD19_NEGATIVE");
	}

	@Test
	void rejectsAnInvalidCaseWithProblemDetailsNamingTheField() {
		ApiClient.Response response = ApiClient.as(this.port, "member", "demo")
			.post("/api/v1/prioritization",
					"{\"diagnosis\": \"BCP_ALL\", \"relapseNumber\": 1, \"intent\": \"SOMETIMES\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("intent");
	}

	@Test
	void describesTheKnowledgeBaseInUse() {
		ApiClient.Response response = ApiClient.as(this.port, "chair", "demo").get("/api/v1/knowledge-base");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("sha256").asString()).matches("[0-9a-f]{64}");
	}

}
