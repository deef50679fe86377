package org.targetboard.web.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases brought to the agenda's door through the API: a Ph+ BCP-ALL relapse with T315I,
 * submitted, with consent recorded and verified.
 */
public final class TestCasesApi {

	public static final String PH_POSITIVE_T315I = """
			{"diagnosis": "BCP_ALL", "relapseNumber": 2, "ageYears": 12, "ageMonths": 2, "ageAtDiagnosisYears": 9,
			 "diagnosisDate": "2023-11-02", "frontlineEndDate": "2025-12-01", "relapseDate": "2026-10-20",
			 "site": "ISOLATED_MARROW", "marrowBlastsPercent": 45, "mrdAtRelapse": "4%", "mrdMethod": "flow",
			 "intent": "BRIDGE_TO_HSCT", "performanceScale": "LANSKY", "performanceStatus": 80,
			 "questionToBoard": "Which TKI after dasatinib failure with T315I?",
			 "noStandardOfCare": true, "noStandardOfCareReason": "Second relapse after TKI-based therapy",
			 "history": [{"kind": "CHEMOTHERAPY", "agents": ["vincristine", "dexamethasone", "asparaginase"],
			              "start": "2023-11-02", "end": "2025-12-01", "bestResponse": "MRD_NEGATIVE_CR"},
			             {"kind": "TARGETED", "agents": ["dasatinib"], "start": "2024-01-15", "end": "2026-10-01",
			              "bestResponse": "CR"}],
			 "lesions": [{"type": "FUSION", "gene": "BCR-ABL1", "assay": "RT-PCR"},
			             {"type": "SNV_INDEL", "gene": "ABL1", "proteinChange": "p.T315I", "vaf": 0.3}],
			 "markers": [{"marker": "CD19", "percentPositive": 97, "method": "flow"},
			             {"marker": "CD22", "percentPositive": 88, "sitesPerCell": 4200, "method": "flow"}],
			 "drugResponses": [{"drug": "ponatinib", "assay": "DRP", "metric": "DSS", "value": 31, "percentile": 8,
			                    "call": "SENSITIVE", "qcPassed": true},
			                   {"drug": "dasatinib", "assay": "DRP", "metric": "DSS", "value": 2, "percentile": 91,
			                    "call": "RESISTANT", "qcPassed": true}]}
			""";

	private TestCasesApi() {
	}

	/** Creates the case at NL and brings it to consent verified; returns its id. */
	public static String readyForAgenda(int port) {
		return readyForAgenda(port, "coordinator-nl", PH_POSITIVE_T315I);
	}

	/**
	 * Creates the case as the coordinator and brings it to consent verified; returns its
	 * id.
	 */
	public static String readyForAgenda(int port, String username, String caseJson) {
		ApiClient coordinator = ApiClient.as(port, username, "demo");
		ApiClient.Response created = coordinator.post("/api/v1/cases", caseJson);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(coordinator.transition(id, "{\"action\": \"SUBMIT\"}").status()).isEqualTo(200);
		String etag = coordinator.get("/api/v1/cases/" + id).header("ETag");
		ApiClient.Response consent = coordinator.put("/api/v1/cases/" + id + "/consent", """
				{"date": "2026-10-25", "formVersion": "iLTB-NL 3.1", "signedByParent": true, "childAssent": true,
				 "discussion": true, "registry": true}""", etag);
		assertThat(consent.status()).as(consent.raw().body()).isEqualTo(200);
		assertThat(coordinator.transition(id, "{\"action\": \"VERIFY_CONSENT\"}").status()).isEqualTo(200);
		return id;
	}

}
