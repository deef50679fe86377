package org.targetboard.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestCasesApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR in the application: a case exported as a Bundle and submitted again as a Bundle
 * gives back the same case data, bad Bundles create nothing, the capability statement is
 * public, a coordinator uploads a Bundle in the browser, and the bulk export streams
 * NDJSON.
 */
@BoardIntegrationTest
class FhirIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsACaseAsABundleThatCreatesTheSameCaseAgain() throws Exception {
		ApiClient nl = ApiClient.as(this.port, "coordinator-nl", "demo");
		String id = nl.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I).json().get("id").asString();
		HttpResponse<String> bundle = fhir("coordinator-nl", "/api/v1/cases/" + id + "/fhir", null);
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		JsonNode document = JSON.readTree(bundle.body());
		assertThat(document.get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.body()).doesNotContain("Which TKI after dasatinib failure");

		HttpResponse<String> created = fhir("coordinator-es", "/api/v1/fhir/Bundle", bundle.body());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(JSON.readTree(created.body()).get("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(created.body()).contains("Mapped: Variant BCR::ABL1").contains("Ignored: Patient");
		String location = created.headers().firstValue("Location").orElseThrow();
		String copy = location.substring(location.lastIndexOf('/') + 1);
		JsonNode original = nl.get("/api/v1/cases/" + id).json();
		JsonNode imported = ApiClient.as(this.port, "coordinator-es", "demo").get("/api/v1/cases/" + copy).json();
		assertThat(imported.get("centre").asString()).isEqualTo("ES");
		assertThat(imported.get("pseudonym").asString()).startsWith("ES-");
		for (String field : new String[] { "diagnosis", "relapseNumber", "ageYears", "ageMonths", "diagnosisDate",
				"relapseDate", "site", "intent", "mrdAtRelapse", "history", "lesions", "markers", "drugResponses" }) {
			assertThat(imported.get("intake").get(field)).as(field).isEqualTo(original.get("intake").get(field));
		}
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event a join board_case c on c.id = a.case_id
				where c.public_id = ?::uuid and a.action = 'EXPORT'""").param(id).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void servesEachResourceOfACaseWhereItsReferencesPoint() throws Exception {
		ApiClient nl = ApiClient.as(this.port, "coordinator-nl", "demo");
		String id = nl.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I).json().get("id").asString();
		JsonNode bundle = JSON.readTree(fhir("coordinator-nl", "/api/v1/cases/" + id + "/fhir", null).body());
		String subject = null;
		for (JsonNode entry : bundle.get("entry")) {
			if (entry.get("resource").has("subject")) {
				subject = entry.get("resource").get("subject").get("reference").asString();
			}
		}
		assertThat(subject).startsWith("Patient/" + id);

		HttpResponse<String> patient = fhir("coordinator-nl", "/fhir/" + subject, null);
		assertThat(patient.statusCode()).as(patient.body()).isEqualTo(200);
		assertThat(JSON.readTree(patient.body()).get("resourceType").asString()).isEqualTo("Patient");
		assertThat(fhir("coordinator-es", "/fhir/" + subject, null).statusCode()).isEqualTo(404);
		assertThat(fhir("coordinator-nl", "/fhir/Patient/" + id + "-999", null).statusCode()).isEqualTo(404);
		assertThat(fhir("coordinator-nl", "/fhir/Patient/not-an-id", null).statusCode()).isEqualTo(404);
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/" + subject)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> metadata = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/metadata")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(metadata.statusCode()).isEqualTo(200);
		assertThat(metadata.body()).contains("\"read\"")
			.contains("https://target-board.org/fhir/StructureDefinition/board-patient")
			.contains("http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant")
			.doesNotContain("search-type");
	}

	@Test
	void refusesBadBundlesWithAnOperationOutcomeAndStoresNothing() throws Exception {
		int before = this.jdbc.sql("select count(*) from board_case").query(Integer.class).single();
		HttpResponse<String> patient = fhir("coordinator-nl", "/api/v1/fhir/Bundle", "{\"resourceType\": \"Patient\"}");
		assertThat(patient.statusCode()).isEqualTo(400);
		assertThat(patient.body()).contains("OperationOutcome").contains("not a Bundle");
		HttpResponse<String> broken = fhir("coordinator-nl", "/api/v1/fhir/Bundle", "{\"resourceType\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		HttpResponse<String> tooOld = fhir("coordinator-nl", "/api/v1/fhir/Bundle",
				"""
						{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Condition",
						 "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "AML"}]}}},
						 {"resource": {"resourceType": "Observation", "status": "final",
						  "code": {"coding": [{"system": "http://loinc.org", "code": "30525-0"}]},
						  "valueQuantity": {"value": 360, "unit": "mo", "system": "http://unitsofmeasure.org", "code": "mo"}}}]}""");
		assertThat(tooOld.statusCode()).as(tooOld.body()).isEqualTo(422);
		assertThat(tooOld.body()).contains("ageYears");
		HttpResponse<String> byChair = fhir("chair", "/api/v1/fhir/Bundle",
				"""
						{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Condition",
						 "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "AML"}]}}}]}""");
		assertThat(byChair.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from board_case").query(Integer.class).single()).isEqualTo(before);

		HttpResponse<String> metadata = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/metadata")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(metadata.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(metadata.body()).get("resourceType").asString()).isEqualTo("CapabilityStatement");
		assertThat(metadata.body()).contains("\"fhirVersion\": \"4.0.1\"");
	}

	/**
	 * A laboratory's genomic report (Genomics Reporting IG: HGNC-coded genes, p.HGVS with
	 * its reference sequence, no Condition) becomes a draft when the coordinator states
	 * the diagnosis; an unknown stated diagnosis is refused without being quoted.
	 */
	@Test
	void createsADraftFromALaboratoryReportWithTheStatedDiagnosis() throws Exception {
		String report = """
				{"resourceType": "Bundle", "type": "transaction", "entry": [
				 {"resource": {"resourceType": "Observation", "status": "final",
				  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]},
				               {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "GE"}]}],
				  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
				  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4"}]},
				  "component": [
				   {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
				    "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:7989", "display": "NRAS"}]}},
				   {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
				    "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NP_002515.1:p.Gly12Asp"}]}},
				   {"code": {"coding": [{"system": "http://loinc.org", "code": "48004-6"}]},
				    "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NM_002524.5:c.35G>A"}]}}]}},
				 {"resource": {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "NGS panel"}}}]}""";
		HttpResponse<String> refused = fhir("coordinator-nl", "/api/v1/fhir/Bundle", report);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("none stated with the upload");
		HttpResponse<String> unknown = fhir("coordinator-nl", "/api/v1/fhir/Bundle?diagnosis=LEUKAEMIA-XYZ", report);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("stated diagnosis").doesNotContain("XYZ");

		HttpResponse<String> created = fhir("coordinator-nl", "/api/v1/fhir/Bundle?diagnosis=BCP_ALL", report);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("Diagnosis BCP_ALL as stated with the upload")
			.contains("Variant NRAS p.Gly12Asp")
			.contains("48004-6");
	}

	@Test
	void coordinatorUploadsABundleInTheBrowser() throws Exception {
		ApiClient nl = ApiClient.as(this.port, "coordinator-nl", "demo");
		String id = nl.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I).json().get("id").asString();
		Path file = Files.createTempFile("case", ".fhir.json");
		Files.writeString(file, fhir("coordinator-nl", "/api/v1/cases/" + id + "/fhir", null).body());
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.click("header a[href='/cases/import']");
			browser.find("#bundle").sendKeys(file.toString());
			browser.screenshot("34-fhir-import");
			browser.click("#import-bundle");
			assertThat(browser.text("[role=status]")).contains("created from the Bundle");
			assertThat(browser.text("#import-report")).contains("Variant ABL1 p.T315I").contains("Patient");
			assertThat(browser.text("#case-status")).isEqualTo("Draft");
			assertThat(browser.findAll("#download-fhir")).hasSize(1);
			browser.screenshot("35-fhir-imported");

			browser.visit("/cases/import");
			Path bad = Files.createTempFile("bad", ".json");
			Files.writeString(bad, "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}");
			browser.find("#bundle").sendKeys(bad.toString());
			browser.click("#import-bundle");
			assertThat(browser.text("#import-errors")).contains("No Condition");
		}

	}

	@Test
	void exportsEveryConsentedCaseInTheBackgroundAndAuditsTheExportOnce() throws Exception {
		TestCasesApi.readyForAgenda(this.port);
		long caseReadsBefore = auditRows("CASE_READ");

		HttpResponse<String> kickOff = fhir("admin", "/api/v1/fhir/$export", null);
		assertThat(kickOff.statusCode()).isEqualTo(202);
		String status = path(kickOff.headers().firstValue("Content-Location").orElseThrow());
		HttpResponse<String> manifest = fhir("admin", status, null);
		for (int poll = 0; poll < 600 && manifest.statusCode() == 202; poll++) {
			Thread.sleep(100);
			manifest = fhir("admin", status, null);
		}

		assertThat(manifest.statusCode()).as(manifest.body()).isEqualTo(200);
		JsonNode document = JSON.readTree(manifest.body());
		long consented = this.jdbc.sql("""
				select count(*) from board_case c
				where c.status not in ('DRAFT', 'CONSENT_WITHDRAWN')
				  and coalesce((select k.registry and k.withdrawn_on is null from case_consent k
				                where k.case_id = c.id order by k.id desc limit 1), false)""")
			.query(Long.class)
			.single();
		assertThat(document.get("cases").asLong()).isEqualTo(consented).isPositive();
		int patients = 0;
		for (JsonNode output : document.get("output")) {
			HttpResponse<String> file = fhir("admin", path(output.get("url").asString()), null);
			assertThat(file.statusCode()).isEqualTo(200);
			String[] lines = file.body().split("\n");
			assertThat(lines).hasSize(output.get("count").asInt());
			for (String line : lines) {
				assertThat(JSON.readTree(line).get("resourceType").asString()).isEqualTo(output.get("type").asString());
			}
			if (output.get("type").asString().equals("Patient")) {
				patients = lines.length;
			}
		}
		// One Patient per case: every case is in the export, none twice.
		assertThat((long) patients).isEqualTo(consented);
		assertThat(auditRows("CASE_READ")).as("no audit row per case").isEqualTo(caseReadsBefore);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and detail like ?")
			.param("FHIR bulk export " + status.substring(status.lastIndexOf('/') + 1) + ":%")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(fhir("statistician", "/api/v1/fhir/$export", null).statusCode()).isEqualTo(403);
	}

	private long auditRows(String action) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and actor = 'admin'")
			.param(action)
			.query(Long.class)
			.single();
	}

	private static String path(String url) {
		return URI.create(url).getRawPath();
	}

	private HttpResponse<String> fhir(String user, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
