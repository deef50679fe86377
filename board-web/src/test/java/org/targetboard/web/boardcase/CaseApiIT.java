package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.ApiClient.Response;
import org.targetboard.web.support.BoardIntegrationTest;
import tools.jackson.databind.JsonNode;

@BoardIntegrationTest
class CaseApiIT {

	static final String VALID_CASE = """
			{"diagnosis": "BCP_ALL", "relapseNumber": 1, "ageYears": 9, "ageMonths": 4, "ageAtDiagnosisYears": 7,
			 "diagnosisDate": "2024-01-10", "frontlineEndDate": "2026-03-01", "relapseDate": "2026-09-14",
			 "site": "ISOLATED_MARROW", "marrowBlastsPercent": 70, "mrdAtRelapse": "<0.01%", "mrdMethod": "flow",
			 "intent": "CURATIVE_TRIAL_SEEKING", "performanceScale": "LANSKY", "performanceStatus": 90,
			 "questionToBoard": "Options after failure of relapse induction?",
			 "noStandardOfCare": true, "noStandardOfCareReason": "Refractory to relapse induction",
			 "history": [{"kind": "CHEMOTHERAPY", "agents": ["vincristine", "dexamethasone"],
			              "start": "2024-01-10", "end": "2026-03-01", "bestResponse": "MRD_NEGATIVE_CR"}],
			 "lesions": [{"type": "FUSION", "gene": "BCR-ABL1", "assay": "RT-PCR"},
			             {"type": "SNV_INDEL", "gene": "ABL1", "proteinChange": "p.T315I", "vaf": 0.2}],
			 "markers": [{"marker": "CD19", "percentPositive": 98}]}
			""";

	@LocalServerPort
	int port;

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	private JsonNode createAs(String username) {
		Response created = as(username).post("/api/v1/cases", VALID_CASE);
		assertThat(created.status()).isEqualTo(201);
		return created.json();
	}

	@Test
	void createsADraftWithAPseudonymThatAnotherCentreCannotSee() {
		Response created = as("coordinator-nl").post("/api/v1/cases", VALID_CASE);

		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.get("pseudonym").asString()).matches("NL-\\d{4}-\\d{4}");
		assertThat(body.get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.header("Location")).endsWith("/api/v1/cases/" + body.get("id").asString());
		assertThat(created.header("ETag")).isEqualTo("\"0\"");

		Response foreign = as("coordinator-es").get("/api/v1/cases/" + body.get("id").asString());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
		assertThat(foreign.json().get("title").asString()).isEqualTo("Case not found");
		assertThat(as("coordinator-nl").get("/api/v1/cases/" + body.get("id").asString()).status()).isEqualTo(200);
	}

	/**
	 * Every field of the case format (docs/case-format.schema.json), sent as the
	 * documented example that fills them all, is stored and returned: nothing the schema
	 * lists is dropped on the way through the API and the registry.
	 */
	@Test
	void keepsEveryFieldOfTheCaseFormat() throws java.io.IOException {
		String document = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples/every-field.json"));
		JsonNode sent = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
		JsonNode schema = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("../docs/case-format.schema.json")));

		// The example is treated at a hospital the Spanish centre coordinates.
		Response created = as("coordinator-es").post("/api/v1/cases", document);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		JsonNode read = as("coordinator-es").get("/api/v1/cases/" + created.json().get("id").asString()).json();
		assertThat(read.get("treatingHospital").asString()).isEqualTo("ES-SJD");
		JsonNode intake = read.get("intake");

		for (String field : schema.get("properties").propertyNames()) {
			// The country is the centre's; the treating hospital is the case's, beside
			// the intake (HospitalsIT).
			if (!field.equals("country") && !field.equals("treatingHospital")) {
				assertThat(intake.has(field) && !intake.get(field).isNull()).as(field).isTrue();
			}
		}
		assertThat(intake.get("situation")).isEqualTo(sent.get("situation"));
		assertThat(intake.get("questions")).isEqualTo(sent.get("questions"));
		assertThat(intake.get("history").get(2).get("ongoing").asBoolean()).isTrue();
		assertThat(intake.get("history")).hasSize(3);
	}

	@Test
	void hidesDraftsFromTheBoardUntilSubmitted() {
		String id = createAs("coordinator-nl").get("id").asString();
		assertThat(as("member").get("/api/v1/cases/" + id).status()).isEqualTo(404);

		Response submitted = as("coordinator-nl").post("/api/v1/cases/" + id + "/transitions",
				"{\"action\": \"SUBMIT\"}", "\"0\"");

		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
		Response read = as("member").get("/api/v1/cases/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("history")).hasSize(2);
	}

	@Test
	void rejectsRowTextLongerThanItsColumnAsAFieldError() {
		String tooLong = VALID_CASE.replace("\"assay\": \"RT-PCR\"", "\"assay\": \"" + "x".repeat(501) + "\"");

		Response refused = as("coordinator-de").post("/api/v1/cases", tooLong);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("lesions[0].assay");
	}

	@Test
	void rejectsAnInvalidBodyNamingEveryFieldAndStoresNothing() {
		int before = as("coordinator-de").get("/api/v1/cases").json().size();

		Response invalid = as("coordinator-de").post("/api/v1/cases",
				"{\"ageYears\": 30, \"ageMonths\": 12, \"relapseNumber\": -1}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
		assertThat(invalid.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactly("ageMonths", "ageYears", "diagnosis", "relapseNumber");
		assertThat(invalid.json().get("errors").get(1).get("message").asString()).contains("under 25");

		assertThat(as("coordinator-de").post("/api/v1/cases", "{\"diagnosis\": ").status()).isEqualTo(400);
		Response unknownField = as("coordinator-de").post("/api/v1/cases",
				"{\"diagnosis\": \"AML\", \"patientName\": \"Jan Jansen\"}");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.raw().body()).doesNotContain("Jan Jansen");
		Response unknownDiagnosis = as("coordinator-de").post("/api/v1/cases", "{\"diagnosis\": \"FLU\"}");
		assertThat(unknownDiagnosis.json().get("errors").get(0).get("field").asString()).isEqualTo("diagnosis");

		assertThat(as("coordinator-de").get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	@Test
	void refusesAnIllegalTransitionWithAClearMessageAndChangesNothing() {
		String id = createAs("coordinator-nl").get("id").asString();
		as("coordinator-nl").transition(id, "{\"action\": \"SUBMIT\"}");

		Response refused = as("chair").transition(id, "{\"action\": \"ISSUE_ADVICE\"}");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isEqualTo(
				"ISSUE_ADVICE is not possible for a case in status SUBMITTED; it applies only to a case in status "
						+ "DISCUSSED");
		JsonNode after = as("chair").get("/api/v1/cases/" + id).json();
		assertThat(after.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(after.get("history")).hasSize(2);

		Response draftRefused = as("coordinator-nl").transition(createAs("coordinator-nl").get("id").asString(),
				"{\"action\": \"RESUBMIT\"}");
		assertThat(draftRefused.status()).isEqualTo(409);
		assertThat(draftRefused.json().get("detail").asString()).contains("status DRAFT");
	}

	@Test
	void refusesActionsOutsideTheRole() {
		String id = createAs("coordinator-nl").get("id").asString();
		as("coordinator-nl").transition(id, "{\"action\": \"SUBMIT\"}");

		assertThat(as("member").transition(id, "{\"action\": \"ISSUE_ADVICE\"}").status()).isEqualTo(403);
		assertThat(as("chair").post("/api/v1/cases", VALID_CASE).status()).isEqualTo(403);
		assertThat(as("physician-nl").post("/api/v1/cases", VALID_CASE).status()).isEqualTo(403);
	}

	@Test
	void neverOverwritesAConcurrentChange() {
		String id = createAs("coordinator-nl").get("id").asString();
		String amended = VALID_CASE.replace("\"ageYears\": 9", "\"ageYears\": 10");

		assertThat(as("coordinator-nl").put("/api/v1/cases/" + id, amended, null).status()).isEqualTo(428);
		Response first = as("coordinator-nl").put("/api/v1/cases/" + id, amended, "\"0\"");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"1\"");

		Response second = as("coordinator-nl").put("/api/v1/cases/" + id, VALID_CASE, "\"0\"");
		assertThat(second.status()).isEqualTo(412);
		assertThat(as("coordinator-nl").get("/api/v1/cases/" + id).json().get("ageYears").asInt()).isEqualTo(10);
	}

	@Test
	void asksForCredentialsWithProblemDetails() {
		Response anonymous = ApiClient.anonymous(this.port).get("/api/v1/cases");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
		assertThat(ApiClient.as(this.port, "coordinator-nl", "wrong").get("/api/v1/cases").status()).isEqualTo(401);
	}

	@Test
	void describesTheApiInOpenApi() {
		Response docs = ApiClient.anonymous(this.port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/cases")).isTrue();
		assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Target Board API");
	}

	@Test
	void holdsFlaggedTextFromTheBoardUntilTheBoardOfficeReleasesIt() {
		String flagged = VALID_CASE.replace("Options after failure of relapse induction?",
				"Patient DOB 12-03-2014: options after failure of relapse induction?");

		Response refused = as("coordinator-nl").post("/api/v1/cases", flagged);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("questionToBoard");
		assertThat(refused.raw().body()).doesNotContain("12-03-2014");
		Response withoutReason = as("coordinator-nl").post("/api/v1/cases?identifiersChecked=true", flagged);
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.json().get("errors").get(0).get("field").asString())
			.isEqualTo("identifierOverrideReason");

		Response created = as("coordinator-nl").post(
				"/api/v1/cases?identifiersChecked=true&identifierOverrideReason=the+date+is+the+relapse+date", flagged);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(as("coordinator-nl").transition(id, "{\"action\": \"SUBMIT\"}").status()).isEqualTo(200);

		JsonNode held = as("member").get("/api/v1/cases/" + id).json();
		assertThat(held.get("heldFields").toString()).contains("questionToBoard");
		assertThat(held.get("intake").path("questionToBoard").isMissingNode()
				|| held.get("intake").get("questionToBoard").isNull())
			.isTrue();
		assertThat(held.toString()).doesNotContain("12-03-2014");
		assertThat(as("member").get("/api/v1/cases").raw().body()).doesNotContain("12-03-2014");
		assertThat(
				as("coordinator-nl").get("/api/v1/cases/" + id).json().get("intake").get("questionToBoard").asString())
			.contains("12-03-2014");

		String etag = as("admin").get("/api/v1/cases/" + id).header("ETag");
		assertThat(as("chair").post("/api/v1/cases/" + id + "/identifier-release", "{}", etag).status()).isEqualTo(403);
		assertThat(as("admin").post("/api/v1/cases/" + id + "/identifier-release", "{}", etag).status()).isEqualTo(200);
		JsonNode released = as("member").get("/api/v1/cases/" + id).json();
		assertThat(released.get("heldFields")).isEmpty();
		assertThat(released.get("intake").get("questionToBoard").asString()).contains("12-03-2014");
	}

}
