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
		assertThat(response.json().get("knowledgeBaseVersion").asString())
			.isEqualTo(ApiClient.as(this.port, "member", "demo")
				.get("/api/v1/knowledge-base")
				.json()
				.get("version")
				.asString());
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
	void theBoardOfficeMeasuresTheEngineAgainstThePublishedReferenceSet() throws IOException {
		String set = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.writeValueAsString(tools.jackson.dataformat.yaml.YAMLMapper.builder()
				.build()
				.readTree(Files.readString(Path.of("../docs/reference-set/published-decisions.yaml"))));

		ApiClient.Response report = ApiClient.as(this.port, "chair", "demo")
			.post("/api/v1/prioritization/evaluations?date=2026-12-07", set);
		ApiClient.Response member = ApiClient.as(this.port, "member", "demo")
			.post("/api/v1/prioritization/evaluations", set);
		ApiClient.Response invalid = ApiClient.as(this.port, "chair", "demo")
			.post("/api/v1/prioritization/evaluations", "{\"cases\": [{\"id\": \"Jane Doe\", \"chosen\": []}]}");

		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().get("cases").asInt()).isEqualTo(report.json().get("results").size()).isPositive();
		assertThat(report.json().get("top3").asInt()).isGreaterThanOrEqualTo(report.json().get("top1").asInt());
		assertThat(report.json().get("falseStandardOfCareClaims").asInt()).isZero();
		assertThat(member.status()).isEqualTo(403);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.raw().body()).doesNotContain("Jane Doe");
	}

	@Test
	void describesTheKnowledgeBaseInUse() {
		ApiClient.Response response = ApiClient.as(this.port, "chair", "demo").get("/api/v1/knowledge-base");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("sha256").asString()).matches("[0-9a-f]{64}");
	}

}
