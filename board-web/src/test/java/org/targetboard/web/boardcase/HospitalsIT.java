package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.ApiClient.Response;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestCasesApi;

/**
 * A national coordinating centre and the treating hospitals it coordinates (issue 14):
 * the coordinator submits for every hospital, a treating physician sees only the own
 * hospital's cases, and the letter names the treating hospital. The demo's Spanish centre
 * coordinates four hospitals; {@code physician-es-sjd} works at Sant Joan de Déu.
 */
@BoardIntegrationTest
class HospitalsIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo");
	}

	private static String treatedAt(String hospital) {
		return CaseApiIT.VALID_CASE.replaceFirst("\\{", "{\"treatingHospital\": " + hospital + ", ");
	}

	private String create(String hospital) {
		Response created = as("coordinator-es").post("/api/v1/cases", treatedAt(hospital));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void theCoordinatorSubmitsForEveryHospitalAndAPhysicianSeesOnlyTheOwn() {
		String atSjd = create("\"ES-SJD\"");
		String atLaPaz = create("\"ES-HLP\"");
		String atCentre = create("null");
		assertThat(as("coordinator-es").get("/api/v1/cases/" + atSjd).json().get("treatingHospital").asString())
			.isEqualTo("ES-SJD");

		ApiClient physician = as("physician-es-sjd");
		assertThat(physician.get("/api/v1/cases/" + atSjd).status()).isEqualTo(200);
		assertThat(physician.get("/api/v1/cases/" + atLaPaz).status()).isEqualTo(404);
		assertThat(physician.get("/api/v1/cases/" + atCentre).status()).isEqualTo(404);
		List<String> listed = physician.get("/api/v1/cases")
			.json()
			.valueStream()
			.map((c) -> c.get("id").asString())
			.toList();
		assertThat(listed).contains(atSjd).doesNotContain(atLaPaz, atCentre);
		assertThat(listed).allSatisfy(
				(id) -> assertThat(physician.get("/api/v1/cases/" + id).json().get("treatingHospital").asString())
					.isEqualTo("ES-SJD"));
		List<String> ofCentre = as("coordinator-es").get("/api/v1/cases")
			.json()
			.valueStream()
			.map((c) -> c.get("id").asString())
			.toList();
		assertThat(ofCentre).contains(atSjd, atLaPaz, atCentre);

		// Moving the case to another hospital moves it out of the physician's sight.
		ApiClient coordinator = as("coordinator-es");
		Response moved = coordinator.put("/api/v1/cases/" + atSjd, treatedAt("\"ES-HLP\""),
				coordinator.get("/api/v1/cases/" + atSjd).header("ETag"));
		assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
		assertThat(physician.get("/api/v1/cases/" + atSjd).status()).isEqualTo(404);
	}

	@Test
	void refusesAHospitalTheCentreDoesNotCoordinateOnItsFieldAndStoresNothing() {
		int before = as("coordinator-nl").get("/api/v1/cases").json().size();
		for (String hospital : List.of("\"ES-SJD\"", "\"not a code\"", "42")) {
			Response refused = as("coordinator-nl").post("/api/v1/cases", treatedAt(hospital));
			assertThat(refused.status()).as(hospital).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.raw().body()).contains("treatingHospital").doesNotContain("not a code");
		}
		assertThat(as("coordinator-nl").get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	@Test
	void theCoordinatorChoosesTheTreatingHospitalAndAsksWhetherTheStandardProtocolFits() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-es", "demo");
			browser.visit("/cases/new");
			assertThat(browser.text("#treatingHospital")).contains("The coordinating centre itself")
				.contains("Hospital Universitari Vall d'Hebron");
			browser.select("treatingHospital", "ES-VHB");
			// A national board takes relapses with a standard of care and is asked
			// whether it fits this patient.
			assertThat(browser.text("#section-question")).contains("Is the standard relapse protocol right");
			browser.click("#questions1");
			browser.screenshot("65-case-form-treating-hospital");
			browser.click("#save-draft");
			// A draft needs its diagnosis; the hospital and question chosen stay chosen.
			assertThat(browser.find("#treatingHospital").getAttribute("value")).isEqualTo("ES-VHB");
			assertThat(browser.find("#questions1").isSelected()).isTrue();
			browser.select("diagnosis", "BCP_ALL");
			browser.click("#save-draft");
			assertThat(browser.text("#treating-hospital")).isEqualTo("Hospital Universitari Vall d'Hebron (ES-VHB)");
			assertThat(browser.text("#board-questions"))
				.isEqualTo("Is the standard relapse protocol right for this patient?");
		}
	}

	@Test
	void theLetterNamesTheTreatingHospitalAndItsPhysicianDownloadsIt() throws Exception {
		PublicCaseId caseId = PublicCaseId
			.parse(TestCasesApi.readyForAgenda(this.port, "coordinator-es", treatedAt("\"ES-SJD\"")));
		this.board.discussed(caseId);
		byte[] letter = this.board.issueFirstAdvice(caseId);
		try (PDDocument document = Loader.loadPDF(letter)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Treating hospital Hospital Sant Joan de Déu Barcelona (ES-SJD)");
		}
		assertThat(as("physician-es-sjd").get("/api/v1/cases/" + caseId + "/advice").status()).isEqualTo(200);
	}

}
