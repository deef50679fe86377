package org.targetboard.web.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * What real boards advise fits the advice model without workarounds: a protocol and an
 * antibody given together, a named regimen, radiotherapy, CNS-directed therapy,
 * observation, a trial named before its registry number is known, CAR-T together with
 * drug-response profiling, and referrals of the patient and of a sample. The plan is our
 * own, shaped as the published recommendations of issue 14 are; it goes in through the
 * API and comes out in the advice, the letter, FHIR and the follow-up form.
 */
@BoardIntegrationTest
class RecommendationKindsIT {

	/**
	 * The panel's plan, in its order; components of one recommendation share a number.
	 */
	private static final String PLAN = """
			{"summary": "Second relapse, CNS involved: protocol with blinatumomab, CNS-directed therapy, then CAR-T.",
			 "overrideReason": "The panel follows the national relapse protocol first; targeted options are held back.",
			 "options": [
			  {"type": "STANDARD_RELAPSE_PROTOCOL", "label": "High-risk relapse protocol", "recommendation": 1,
			   "rationale": "National standard for a high-risk first relapse.", "evidence": "m1A"},
			  {"type": "IMMUNOTHERAPY", "label": "Blinatumomab after induction", "recommendation": 1,
			   "rationale": "CD19 positive; replaces a consolidation block.", "evidence": "m1A Z"},
			  {"type": "CHEMOTHERAPY_REGIMEN", "label": "Clofarabine, etoposide and cyclophosphamide", "recommendation": 2,
			   "rationale": "If the protocol's induction fails.", "evidence": "m1C"},
			  {"type": "RADIOTHERAPY", "label": "Cranial irradiation 18 Gy", "recommendation": 3,
			   "rationale": "CNS3 at relapse."},
			  {"type": "CNS_DIRECTED_THERAPY", "label": "Triple intrathecal therapy", "recommendation": 4,
			   "rationale": "Until the CSF is clear."},
			  {"type": "OBSERVATION", "label": "Continue maintenance and observe MRD", "recommendation": 5,
			   "rationale": "Should MRD be negative after consolidation."},
			  {"type": "TRIAL", "label": "Venetoclax combination study named by the panel", "recommendation": 6,
			   "rationale": "BCL-2 dependence on BH3 profiling.", "trialId": "TBC"},
			  {"type": "CAR_T", "label": "Tisagenlecleucel", "recommendation": 7,
			   "rationale": "Consolidation instead of a second HSCT.", "evidence": "m1B Z"},
			  {"type": "FURTHER_DIAGNOSTICS", "label": "Drug-response profiling of the relapse sample", "recommendation": 7,
			   "rationale": "Options should CAR-T fail."}
			 ],
			 "referrals": [
			  {"subject": "PATIENT", "purpose": "CAR_T", "destination": "CAR-T centre, Utrecht"},
			  {"subject": "SAMPLE", "purpose": "FLOW_CYTOMETRY", "destination": "Flow laboratory, Kiel",
			   "note": "CD19 and CD22 before CAR-T"}
			 ]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Test
	void everyKindOfRecommendationGoesInThroughTheApiAndComesOutWhereItIsRead() throws Exception {
		PublicCaseId caseId = this.board.discussedCase();
		String base = "/api/v1/cases/" + caseId + "/advice";
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient.Response started = chair.post(base, "{}");
		ApiClient.Response saved = chair.put(base + "/draft", PLAN, started.header("ETag"));
		assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
		ApiClient.Response issued = chair.post(base + "/draft/issue", "{\"confirmed\": true}", saved.header("ETag"));
		assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);

		JsonNode options = issued.json().get("options");
		assertThat(options.valueStream().map((option) -> option.get("recommendation").asInt()).toList())
			.containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 7);
		assertThat(options.valueStream().map((option) -> option.get("type").asString()).toList()).containsExactly(
				"STANDARD_RELAPSE_PROTOCOL", "IMMUNOTHERAPY", "CHEMOTHERAPY_REGIMEN", "RADIOTHERAPY",
				"CNS_DIRECTED_THERAPY", "OBSERVATION", "TRIAL", "CAR_T", "FURTHER_DIAGNOSTICS");
		assertThat(options.get(1).get("evidence").get("dnpm").asString()).isEqualTo("m1A Z");

		ApiClient centre = ApiClient.as(this.port, "coordinator-nl", "demo");
		java.net.http.HttpResponse<byte[]> letter = centre.bytes(issued.json().get("letter").asString());
		assertThat(letter.statusCode()).isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(letter.body())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Clofarabine, etoposide and cyclophosphamide")
			.contains("Cranial irradiation 18 Gy")
			.contains("Triple intrathecal therapy")
			.contains("Continue maintenance and observe MRD")
			.contains("registry number to be confirmed")
			.contains("CAR-T centre, Utrecht")
			.contains("Flow laboratory, Kiel");

		String fhir = new String(centre.bytes("/api/v1/cases/" + caseId + "/fhir").body(),
				java.nio.charset.StandardCharsets.UTF_8);
		// Recommendations 1 and 7 are given together: two RequestGroups.
		assertThat(fhir.split("\"resourceType\": ?\"RequestGroup\"", -1)).hasSize(3);
		assertThat(fhir).contains("3457005");

		String form = WebSession.login(this.port, "coordinator-nl").get("/cases/" + caseId + "/follow-ups/new").body();
		assertThat(form).contains("1. High-risk relapse protocol + Blinatumomab after induction</option>")
			.contains("7. Tisagenlecleucel + Drug-response profiling of the relapse sample</option>");
		assertThat(List.of("components-of-1", "components-of-7")).allMatch(form::contains);
	}

}
