package org.targetboard.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * The CapabilityStatement served at {@code /fhir/metadata}: what the board's FHIR
 * interface supports (domain.md 7).
 */
public final class FhirCapabilities {

	private FhirCapabilities() {
	}

	/** The statement, with the software's version and the base address. */
	public static CapabilityStatement statement(String version, String baseUrl) {
		CapabilityStatement statement = new CapabilityStatement();
		statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
		statement.setDate(new Date());
		statement.setPublisher("Target Board");
		statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
		statement.getSoftware().setName("Target Board").setVersion(version);
		statement.getImplementation()
			.setDescription("International target board for children, adolescents and young adults with relapsed "
					+ "or refractory leukaemia and lymphoma")
			.setUrl(baseUrl);
		statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
		statement.addFormat("application/fhir+json");
		statement.addFormat("application/fhir+ndjson");
		CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
			.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
		rest.setDocumentation("Cases are exchanged as Bundles of type collection. A case is exported with "
				+ "GET /api/v1/cases/{id}/fhir (its Bundle: Patient with the pseudonym only, Condition, variant, "
				+ "antigen and drug-response Observations, MedicationStatement and Procedure, Consent, CarePlan with "
				+ "MedicationRequest and ServiceRequest proposals, follow-up Observations); a draft case is created "
				+ "from a Bundle with POST /api/v1/fhir/Bundle; consented cases export in bulk as NDJSON per "
				+ "resource type: GET /api/v1/fhir/$export starts the job (202, Content-Location), its status answers "
				+ "202 until the files are written and then the manifest. HTTP Basic authentication; errors "
				+ "as OperationOutcome.");
		rest.getSecurity().setDescription("HTTP Basic over TLS; access follows the board's roles and centres.");
		rest.addResource()
			.setType("Bundle")
			.setProfile("http://hl7.org/fhir/StructureDefinition/Bundle")
			.addInteraction()
			.setCode(CapabilityStatement.TypeRestfulInteraction.CREATE)
			.setDocumentation("Creates a draft case from a Bundle; answers with an OperationOutcome listing what "
					+ "was mapped, normalised and ignored.");
		// The profiles the exported resources claim: the board's own (its package,
		// docs/fhir.md) and the Genomics Reporting Variant.
		java.util.Map<String, String> profiles = java.util.Map.of("Patient", Codes.PATIENT_PROFILE, "Condition",
				Codes.RELAPSE_PROFILE, "Observation", Codes.GR_VARIANT);
		for (String type : new String[] { "Patient", "Condition", "Observation", "MedicationStatement", "Procedure",
				"Consent", "CarePlan", "RequestGroup", "MedicationRequest", "ServiceRequest", "ResearchStudy" }) {
			CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
			if (profiles.containsKey(type)) {
				resource.addSupportedProfile(profiles.get(type));
			}
			resource.addInteraction()
				.setCode(CapabilityStatement.TypeRestfulInteraction.READ)
				.setDocumentation("GET /fhir/" + type + "/{id}: a resource of a case the caller may read, as in the "
						+ "case's Bundle; in bulk through $export");
		}
		rest.addOperation()
			.setName("export")
			.setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
			.addExtension("http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation",
					new CodeType("MAY"));
		return statement;
	}

}
