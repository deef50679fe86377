package org.targetboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.AdviceStatus;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.RiskGroup;
import org.targetboard.core.intake.TestIntakes;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.TreatmentLine;

class CaseBundleTests {

	private static final CaseIntake INTAKE = withFunctionalData(TestIntakes.complete());

	@Test
	void exportsACaseThatImportsBackToTheSameIntake() {
		String json = CaseBundles.json(CaseBundles.export(fhirCase(), Imports.GENES));
		ImportResult imported = Imports.read(json);

		// The free text of the centre (the question, the reason) stays in the board.
		CaseIntake expected = new CaseIntake(INTAKE.diagnosis(), INTAKE.relapseNumber(), INTAKE.refractory(),
				INTAKE.ageYears(), INTAKE.ageMonths(), INTAKE.ageAtDiagnosisYears(), INTAKE.diagnosisDate(),
				INTAKE.frontlineEndDate(), INTAKE.relapseDate(), INTAKE.site(), INTAKE.extramedullarySite(),
				INTAKE.marrowBlastsPercent(), INTAKE.mrdAtRelapse(), INTAKE.mrdMethod(), INTAKE.mrdEndOfInduction(),
				INTAKE.endOfInductionMarrow(), INTAKE.intent(), INTAKE.performanceScale(), INTAKE.performanceStatus(),
				null, INTAKE.noStandardOfCare(), null, INTAKE.history(), INTAKE.lesions(), INTAKE.markers(),
				INTAKE.drugResponses(), INTAKE.bh3Dependencies())
			.withSituation(INTAKE.situation());
		assertThat(imported.intake()).isEqualTo(expected);
		assertThat(json).doesNotContain("0.0600000");
		assertThat(imported.mapped()).contains("Diagnosis BCP_ALL", "Variant P2RY8::CRLF2");
		assertThat(imported.ignored()).anyMatch((line) -> line.startsWith("CarePlan"))
			.anyMatch((line) -> line.startsWith("Consent"))
			.anyMatch((line) -> line.startsWith("Patient"));
	}

	/**
	 * Every field of the case format survives export and import, but the centre's free
	 * text, which never leaves the board. A new field fails here until it is mapped or
	 * excluded with a reason.
	 */
	@Test
	void carriesEveryFieldOfTheCaseFormatThroughARoundTrip() throws Exception {
		// What the centre asks the board, in words or chosen, is the board's business.
		java.util.Set<String> neverExported = java.util.Set.of("questionToBoard", "noStandardOfCareReason",
				"questions");
		CaseIntake imported = Imports.read(CaseBundles.json(CaseBundles.export(fhirCase(), Imports.GENES))).intake();

		for (java.lang.reflect.RecordComponent field : CaseIntake.class.getRecordComponents()) {
			Object sent = field.getAccessor().invoke(INTAKE);
			Object received = field.getAccessor().invoke(imported);
			assertThat(sent).as("the test case fills " + field.getName())
				.isNotNull()
				.isNotEqualTo(List.of())
				.isNotEqualTo(false);
			if (neverExported.contains(field.getName())) {
				assertThat(received).as(field.getName() + " is never exported").isIn(null, List.of());
			}
			else {
				assertThat(received).as(field.getName()).isEqualTo(sent);
			}
		}
	}

	@Test
	void anOngoingLineIsActiveInFhirAndOngoingAgainOnImport() {
		java.util.List<TreatmentLine> history = new java.util.ArrayList<>(INTAKE.history());
		history.add(new TreatmentLine(TreatmentLine.Kind.IMMUNOTHERAPY, List.of("blinatumomab"),
				LocalDate.of(2026, 10, 1), null, null, null, List.of(), true));
		CaseIntake ongoing = new CaseIntake(INTAKE.diagnosis(), INTAKE.relapseNumber(), INTAKE.refractory(),
				INTAKE.ageYears(), INTAKE.ageMonths(), INTAKE.ageAtDiagnosisYears(), INTAKE.diagnosisDate(),
				INTAKE.frontlineEndDate(), INTAKE.relapseDate(), INTAKE.site(), INTAKE.extramedullarySite(),
				INTAKE.marrowBlastsPercent(), INTAKE.mrdAtRelapse(), INTAKE.mrdMethod(), INTAKE.mrdEndOfInduction(),
				INTAKE.endOfInductionMarrow(), INTAKE.intent(), INTAKE.performanceScale(), INTAKE.performanceStatus(),
				null, INTAKE.noStandardOfCare(), null, history, INTAKE.lesions(), INTAKE.markers(),
				INTAKE.drugResponses(), INTAKE.bh3Dependencies());
		FhirCase fhirCase = fhirCase();
		String json = CaseBundles.json(CaseBundles.export(new FhirCase(fhirCase.boardCase(), ongoing,
				fhirCase.consent(), fhirCase.riskGroup(), fhirCase.advice(), fhirCase.followUps()), Imports.GENES));

		assertThat(json).contains("\"status\": \"active\"");
		assertThat(Imports.read(json).intake().history()).last()
			.satisfies((line) -> assertThat(line.ongoing()).isTrue());
	}

	@Test
	void keepsThePatientToThePseudonymAndTheAdviceToProposals() {
		Bundle bundle = CaseBundles.export(fhirCase(), Imports.GENES);
		Patient patient = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Patient.class::isInstance)
			.map(Patient.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(patient.hasName()).isFalse();
		assertThat(patient.hasBirthDate()).isFalse();
		assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("NL-2026-0007");
		String json = CaseBundles.json(bundle);
		assertThat(json).contains("\"intent\": \"proposal\"")
			.contains("\"value\": \"NCT05270096\"")
			.contains("709491003")
			.contains("3457005")
			.contains("CAR-T centre, Utrecht")
			.contains("recommendation-number")
			.contains("\"resourceType\": \"RequestGroup\"")
			.contains("\"selectionBehavior\": \"all\"")
			.contains("69548-6")
			.contains("mii-cs-mtb-therapieempfehlung-evidenzgrad")
			.doesNotContain(INTAKE.questionToBoard());
		assertThat(CaseBundles.json(CaseBundles.export(fhirCase(), Imports.GENES))).isEqualTo(json);
		// The trial, then inotuzumab and HSCT as one group, then the two referrals.
		org.hl7.fhir.r4.model.CarePlan plan = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(org.hl7.fhir.r4.model.CarePlan.class::isInstance)
			.map(org.hl7.fhir.r4.model.CarePlan.class::cast)
			.findFirst()
			.orElseThrow();
		java.util.Map<String, org.hl7.fhir.r4.model.Resource> byUrl = new java.util.HashMap<>();
		bundle.getEntry()
			.forEach((entry) -> byUrl.put(entry.getResource().fhirType() + "/" + entry.getResource().getIdPart(),
					entry.getResource()));
		assertThat(plan.getActivity())
			.extracting((activity) -> byUrl.get(activity.getReference().getReference()).fhirType())
			.containsExactly("ServiceRequest", "RequestGroup", "ServiceRequest", "ServiceRequest");
		org.hl7.fhir.r4.model.RequestGroup group = (org.hl7.fhir.r4.model.RequestGroup) byUrl
			.get(plan.getActivity().get(1).getReference().getReference());
		assertThat(group.getActionFirstRep().getAction())
			.extracting((action) -> byUrl.get(action.getResource().getReference()).fhirType())
			.containsExactly("MedicationRequest", "ServiceRequest");
	}

	@Test
	void importsAHandWrittenBundleWithAFusionAndCdMarkers() {
		ImportResult imported = Imports
			.read("""
					{"resourceType": "Bundle", "type": "collection", "entry": [
					 {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "name": [{"family": "Doe"}],
					   "birthDate": "2014-05-01"}},
					 {"fullUrl": "urn:uuid:2", "resource": {"resourceType": "Condition",
					   "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "BCP_ALL"}]},
					   "onsetDateTime": "2022-01-10",
					   "extension": [{"url": "https://target-board.org/fhir/StructureDefinition/relapse-number", "valueInteger": 1},
					                 {"url": "https://target-board.org/fhir/StructureDefinition/relapse-date", "valueDate": "2026-09-01"}],
					   "subject": {"reference": "urn:uuid:1"}}},
					 {"fullUrl": "urn:uuid:3", "resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
					   "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4"}]},
					   "component": [
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
					      "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:7132", "display": "KMT2A"}]}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
					      "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:7135", "display": "AFF1"}]}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48019-4"}]},
					      "valueCodeableConcept": {"coding": [{"system": "http://sequenceontology.org", "code": "SO:0001565"}]}}]}},
					 {"fullUrl": "urn:uuid:4", "resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
					   "component": [
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]}, "valueCodeableConcept": {"text": "Nras"}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]}, "valueCodeableConcept": {"text": "p.G12D"}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "81258-6"}]}, "valueQuantity": {"value": 35}}]}},
					 {"fullUrl": "urn:uuid:5", "resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen-expression", "code": "antigen-expression"}]},
					   "valueQuantity": {"value": 91, "unit": "%"},
					   "component": [{"code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen", "code": "CD22"}]},
					                  "valueString": "CD22"},
					                 {"code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/sites-per-cell", "code": "sites-per-cell"}]},
					                  "valueQuantity": {"value": 2800}}]}},
					 {"fullUrl": "urn:uuid:6", "resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen-expression", "code": "antigen-expression"}]},
					   "valueQuantity": {"value": 3, "unit": "%"},
					   "component": [{"code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen", "code": "CD19"}]},
					                  "valueString": "cd19"}]}},
					 {"fullUrl": "urn:uuid:7", "resource": {"resourceType": "DiagnosticReport", "status": "final",
					   "code": {"text": "NGS report"}}}]}""");
		CaseIntake intake = imported.intake();
		assertThat(intake.diagnosis()).isEqualTo(org.targetboard.core.boardcase.Diagnosis.BCP_ALL);
		assertThat(intake.relapseNumber()).isEqualTo(1);
		assertThat(intake.relapseDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(intake.lesions()).extracting((l) -> l.label()).containsExactly("KMT2A::AFF1", "NRAS p.G12D");
		assertThat(intake.lesions().get(1).vaf()).isEqualTo(0.35);
		assertThat(intake.markers()).extracting((m) -> m.marker() + " " + m.percentPositive())
			.containsExactly("CD22 91.0", "CD19 3.0");
		assertThat(imported.normalised()).anyMatch((n) -> n.contains("Nras")).anyMatch((n) -> n.contains("per cent"));
		assertThat(imported.ignored()).anyMatch((n) -> n.contains("never taken over"))
			.anyMatch((n) -> n.startsWith("DiagnosticReport"));
	}

	@Test
	void importsAHandWrittenAmlBundleWithFlt3AndCd33() {
		ImportResult imported = Imports
			.read("""
					{"resourceType": "Bundle", "type": "collection", "entry": [
					 {"resource": {"resourceType": "Condition",
					   "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "AML"}]},
					   "extension": [{"url": "https://target-board.org/fhir/StructureDefinition/relapse-number", "valueInteger": 2}]}},
					 {"resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "http://loinc.org", "code": "30525-0"}]},
					   "valueQuantity": {"value": 15, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}}},
					 {"resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
					   "component": [
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]}, "valueCodeableConcept": {"text": "FLT3"}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48019-4"}]},
					      "valueCodeableConcept": {"coding": [{"system": "http://sequenceontology.org", "code": "SO:1000002"}]}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]}, "valueCodeableConcept": {"text": "p.D835Y"}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "81258-6"}]}, "valueQuantity": {"value": 0.18}},
					     {"code": {"coding": [{"system": "http://loinc.org", "code": "48002-0"}]},
					      "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA6684-0"}]}}]}},
					 {"resource": {"resourceType": "Observation", "status": "final",
					   "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen-expression", "code": "antigen-expression"}]},
					   "valueQuantity": {"value": 78, "unit": "%"},
					   "component": [{"code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/antigen", "code": "CD33"}]},
					                  "valueString": "CD33"}]}},
					 {"resource": {"resourceType": "MedicationStatement", "status": "completed",
					   "category": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/treatment-kind", "code": "CHEMOTHERAPY"}]},
					   "medicationCodeableConcept": {"text": "Cytarabine; Daunorubicin"}, "subject": {"reference": "Patient/x"},
					   "effectivePeriod": {"start": "2024-02-01", "end": "2024-08-01"}}}]}""");
		CaseIntake intake = imported.intake();
		assertThat(intake.diagnosis()).isEqualTo(org.targetboard.core.boardcase.Diagnosis.AML);
		assertThat(intake.ageYears()).isEqualTo(15);
		assertThat(intake.ageMonths()).isZero();
		assertThat(intake.lesions()).extracting((l) -> l.label()).containsExactly("FLT3 p.D835Y");
		assertThat(intake.lesions().get(0).vaf()).isEqualTo(0.18);
		assertThat(intake.markers()).extracting((m) -> m.marker()).containsExactly("CD33");
		assertThat(intake.history()).singleElement()
			.satisfies((line) -> assertThat(line.agents()).containsExactly("cytarabine", "daunorubicin"));
	}

	@Test
	void refusesWhatIsNotABundleOfACase() {
		assertThatThrownBy(() -> Imports.read("{not json")).isInstanceOf(InvalidBundleException.class)
			.satisfies((ex) -> assertThat(((InvalidBundleException) ex).issues().get(0)).contains("not FHIR R4 JSON"));
		assertThatThrownBy(() -> Imports.read("{\"resourceType\": \"Patient\"}"))
			.isInstanceOf(InvalidBundleException.class)
			.hasMessageContaining("1 issue");
		assertThatThrownBy(() -> Imports.read("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"))
			.isInstanceOfSatisfying(InvalidBundleException.class,
					(ex) -> assertThat(ex.issues().get(0)).startsWith("No Condition"));
		assertThatThrownBy(() -> Imports.read("""
				{"resourceType": "Bundle", "type": "collection", "entry": [
				 {"resource": {"resourceType": "Condition", "code": {"coding": [
				   {"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "AML"}]}}},
				 {"resource": {"resourceType": "Observation", "id": "v1", "status": "final",
				   "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]}}}]}"""))
			.isInstanceOfSatisfying(InvalidBundleException.class, (ex) -> assertThat(ex.issues())
				.containsExactly("Entry 2 (Observation): a variant needs a gene studied (LOINC 48018-6)"));
	}

	static FhirCase fhirCase() {
		return fhirCase(INTAKE);
	}

	static FhirCase fhirCase(CaseIntake intake) {
		PublicCaseId id = new PublicCaseId(UUID.fromString("0b3c8c57-6f3e-4f0e-9a31-6bb3f5a7c001"));
		BoardCase boardCase = new BoardCase(id, Pseudonym.parse("NL-2026-0007"), TestCases.NL, CaseStatus.FOLLOW_UP, 9,
				new CaseSummary(intake.diagnosis(), intake.relapseNumber(), intake.ageYears(), intake.ageMonths(),
						null),
				Instant.parse("2026-10-20T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));
		Consent consent = new Consent(LocalDate.of(2026, 10, 19), "iLTB-NL 3.1", false, true, true, true, true, null);
		Advice advice = new Advice(UUID.fromString("9d1a6a4e-0000-4000-8000-000000000001"), id, 1, AdviceStatus.ISSUED,
				new AdviceDraft("Second relapse after CAR-T, CD19 lost.",
						List.of(new AdviceOption(AdviceOptionType.TRIAL, "HEM-iSMART-A", "Trial open in NL",
								EvidenceGrade.parse("m2B").orElseThrow(), "NCT05270096", "Arm B", "Utrecht", "TRIAL-1",
								1),
								new AdviceOption(AdviceOptionType.IMMUNOTHERAPY, "Inotuzumab ozogamicin", "CD22 95 %",
										EvidenceGrade.parse("m1B Z").orElseThrow(), null, null, null, "inotuzumab", 2),
								// Given together with inotuzumab: one recommendation.
								new AdviceOption(AdviceOptionType.HSCT, "Second HSCT in remission", "Consolidation",
										null, null, null, null, null, null)
									.inRecommendation(2)),
						null,
						List.of(new org.targetboard.core.advice.Referral(
								org.targetboard.core.advice.Referral.Subject.PATIENT,
								org.targetboard.core.advice.Referral.Purpose.CAR_T, "CAR-T centre, Utrecht", null),
								new org.targetboard.core.advice.Referral(
										org.targetboard.core.advice.Referral.Subject.SAMPLE,
										org.targetboard.core.advice.Referral.Purpose.DRUG_RESPONSE_PROFILING,
										"Drug-response laboratory", "Fresh marrow"))),
				null, 1, 0, Instant.parse("2026-11-02T16:00:00Z"), "chair", Instant.parse("2026-11-03T09:00:00Z"),
				"chair", "TB-NL-2026-0007-A1", "ab", "cd", LocalDate.of(2026, 11, 2));
		FollowUpReport followUp = new FollowUpReport(LocalDate.of(2027, 2, 3), AdviceFollowed.YES,
				TherapyGiven.ADVISED_OPTION, 1, LocalDate.of(2026, 11, 10), null, null, ResponseCategory.CR, null,
				false, null, false, null, false, null, true, null, null, LocalDate.of(2027, 2, 1), false);
		return new FhirCase(boardCase, intake, consent, new RiskGroup("LATE", "S4", null, "x"), List.of(advice),
				List.of(followUp));
	}

	static CaseIntake withFunctionalData(CaseIntake i) {
		return new CaseIntake(i.diagnosis(), i.relapseNumber(), true, i.ageYears(), i.ageMonths(),
				i.ageAtDiagnosisYears(), i.diagnosisDate(), i.frontlineEndDate(), i.relapseDate(),
				org.targetboard.core.profile.RelapseSite.COMBINED, "CNS (CNS3)", i.marrowBlastsPercent(),
				i.mrdAtRelapse(), i.mrdMethod(), 0.06, org.targetboard.core.profile.MarrowStatus.M2, i.intent(),
				i.performanceScale(), i.performanceStatus(), i.questionToBoard(), i.noStandardOfCare(),
				i.noStandardOfCareReason(), i.history(), i.lesions(), i.markers(),
				List.of(new DrugResponse("venetoclax", DrugResponse.Assay.DRP, "DSS", 24.5, null, 12.0,
						DrugResponse.Call.SENSITIVE, true),
						new DrugResponse("navitoclax", DrugResponse.Assay.DYNAMIC_BH3, "DELTA_PRIMING", 31.0, "%", null,
								DrugResponse.Call.SENSITIVE, false)),
				List.of(Bh3Dependency.BCL2))
			.withSituation(new org.targetboard.core.profile.Situation(true, true,
					org.targetboard.core.profile.Situation.Refractoriness.MRD,
					List.of(org.targetboard.core.profile.Situation.ExtramedullarySite.CNS,
							org.targetboard.core.profile.Situation.ExtramedullarySite.TESTIS),
					List.of(org.targetboard.core.profile.Situation.Cytogenetics.IAMP21),
					List.of(org.targetboard.core.profile.Situation.MpalLineage.B),
					List.of(new org.targetboard.core.profile.Situation.EarlierRelapse(LocalDate.of(2024, 5, 2),
							org.targetboard.core.profile.RelapseSite.ISOLATED_EXTRAMEDULLARY))))
			.withQuestions(List.of(org.targetboard.core.intake.BoardQuestion.STANDARD_PROTOCOL_FIT));
	}

}
