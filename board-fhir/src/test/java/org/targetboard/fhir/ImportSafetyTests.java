package org.targetboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.targetboard.core.profile.MolecularLesion;

/**
 * What other systems send is never read wrong: absent, withdrawn or refuted findings are
 * not imported as present, units are converted or refused, identifiers of genes are not
 * taken for symbols, modifier extensions refuse the resource, and refusals quote nothing
 * of the document.
 */
class ImportSafetyTests {

	private static final String CONDITION = """
			{"resource": {"resourceType": "Condition",
			  "code": {"coding": [{"system": "https://target-board.org/fhir/CodeSystem/diagnosis", "code": "BCP_ALL"}]}}}""";

	private static final String MARK = "Zq7Hostile";

	@Test
	void neverImportsAVariantReportedAbsent() {
		ImportResult imported = Imports.read(bundle(
				variant("""
						"valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9634-2", "display": "Absent"}]},""",
						gene("ABL1") + "," + protein("p.T315I"))));

		assertThat(imported.intake().lesions()).isEmpty();
		assertThat(imported.ignored()).anyMatch((line) -> line.contains("absent"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "entered-in-error", "cancelled" })
	void neverImportsAWithdrawnVariant(String status) {
		ImportResult imported = Imports.read(bundle(
				variant("", gene("ABL1") + "," + protein("p.T315I")).replace("\"final\"", "\"" + status + "\"")));

		assertThat(imported.intake().lesions()).isEmpty();
		assertThat(imported.ignored()).anyMatch((line) -> line.contains(status));
	}

	@Test
	void neverTakesARefutedConditionForTheDiagnosis() {
		String refuted = CONDITION.replace("\"code\": {",
				"""
						"verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "refuted"}]},
						"code": {""");
		assertThatThrownBy(() -> Imports
			.read("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + refuted + "]}"))
			.isInstanceOfSatisfying(InvalidBundleException.class,
					(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.startsWith("No Condition")));
	}

	@Test
	void convertsAnAlleleFrequencyInPerCentAndRefusesOtherUnits() {
		ImportResult percent = Imports.read(bundle(variant("", gene("NRAS") + "," + protein("p.G12D") + "," + vaf(
				"{\"value\": 0.8, \"unit\": \"%\", \"system\": \"http://unitsofmeasure.org\", \"code\": \"%\"}"))));
		assertThat(percent.intake().lesions().getFirst().vaf()).isEqualTo(0.008);
		ImportResult fraction = Imports
			.read(bundle(variant("", gene("NRAS") + "," + protein("p.G12D") + "," + vaf("{\"value\": 0.8}"))));
		assertThat(fraction.intake().lesions().getFirst().vaf()).isEqualTo(0.8);

		assertThatThrownBy(() -> Imports.read(
				bundle(variant("", gene("NRAS") + "," + vaf("{\"value\": 0.8, \"unit\": \"mg\", \"code\": \"mg\"}")))))
			.isInstanceOfSatisfying(InvalidBundleException.class,
					(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.contains("allele frequency")));
	}

	@Test
	void readsAnAgeInItsUnitAndRefusesAnAgeWithoutOne() {
		ImportResult years = Imports.read(bundle(age("{\"value\": 11, \"unit\": \"years\"}")));
		assertThat(years.intake().ageYears()).isEqualTo(11);
		assertThat(years.intake().ageMonths()).isZero();
		ImportResult months = Imports.read(bundle(age("{\"value\": 30, \"unit\": \"mo\", \"code\": \"mo\"}")));
		assertThat(months.intake().ageYears()).isEqualTo(2);
		assertThat(months.intake().ageMonths()).isEqualTo(6);

		assertThatThrownBy(() -> Imports.read(bundle(age("{\"value\": 11}")))).isInstanceOfSatisfying(
				InvalidBundleException.class,
				(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.contains("UCUM")));
	}

	@Test
	void resolvesAGeneGivenOnlyAsAnHgncIdAndRefusesAnIdItDoesNotKnow() {
		String hgncOnly = """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
				 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:1097"}]}}""";
		assertThat(Imports.read(bundle(variant("", hgncOnly + "," + protein("p.V600E")))).intake().lesions())
			.extracting(MolecularLesion::label)
			.containsExactly("BRAF p.V600E");
		String unknownId = hgncOnly.replace("HGNC:1097", "HGNC:999999");
		assertThatThrownBy(() -> Imports.read(bundle(variant("", unknownId + "," + protein("p.V600E")))))
			.isInstanceOfSatisfying(InvalidBundleException.class,
					(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.contains("HGNC symbol"))
						.noneMatch((issue) -> issue.contains("999999")));
	}

	@Test
	void takesTheCurrentSymbolFromAKnownIdAndNeverGuessesTheKindOfChange() {
		String renamed = """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
				 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:7132", "display": "MLL"}]}}""";
		ImportResult imported = Imports.read(bundle(variant("", renamed + "," + protein("p.R100*"))));
		assertThat(imported.intake().lesions()).extracting(MolecularLesion::label).containsExactly("KMT2A p.R100*");
		assertThat(imported.normalised()).anyMatch((line) -> line.contains("taken from its HGNC id"));
		assertThatThrownBy(() -> Imports.read(bundle(variant("", gene("NRAS"))))).isInstanceOfSatisfying(
				InvalidBundleException.class,
				(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.contains("kind of change")));
	}

	@Test
	void readsAProteinChangeWithItsReferenceSequenceAndListsWhatItDoesNotRecord() {
		String cHgvs = """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "48004-6"}]},
				 "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NM_004333.6:c.1799T>A"}]}}""";
		String significance = """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "53037-8"}]},
				 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA6668-3"}]}}""";
		ImportResult imported = Imports.read(bundle(variant("",
				gene("BRAF") + "," + protein("NP_004324.2:p.Val600Glu") + "," + cHgvs + "," + significance)));

		assertThat(imported.intake().lesions()).extracting(MolecularLesion::label).containsExactly("BRAF p.Val600Glu");
		assertThat(imported.ignored()).anyMatch((line) -> line.contains("48004-6"))
			.anyMatch((line) -> line.contains("53037-8"));
	}

	@Test
	void refusesAResourceWithAModifierExtensionItDoesNotUnderstand() {
		String modified = variant("", gene("ABL1")).replace("\"status\": \"final\",",
				"""
						"status": "final", "modifierExtension": [{"url": "https://example.org/not-really", "valueBoolean": true}],""");
		assertThatThrownBy(() -> Imports.read(bundle(modified))).isInstanceOfSatisfying(InvalidBundleException.class,
				(ex) -> assertThat(ex.issues()).anyMatch((issue) -> issue.contains("modifier extension")));
	}

	@Test
	void readsASevereToxicityGivenAsACodeableConcept() {
		ImportResult imported = Imports.read(bundle("""
				{"resource": {"resourceType": "MedicationStatement", "status": "completed",
				  "extension": [{"url": "https://target-board.org/fhir/StructureDefinition/severe-toxicity",
				                 "valueCodeableConcept": {"coding": [{"code": "VOD"}]}}],
				  "medicationCodeableConcept": {"text": "Inotuzumab"}, "subject": {"reference": "Patient/x"}}}"""));

		assertThat(imported.intake().history().getFirst().severeToxicities()).containsExactly("VOD");
	}

	@Test
	void refusesHostileDocumentsWithoutQuotingThem() {
		for (String document : List.of("{\"resourceType\": \"" + MARK + "\"}", "{\"" + MARK + "\": [",
				"{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": \"" + MARK
						+ "\"}]}",
				"{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": "
						+ "\"Observation\", \"id\": \"" + MARK + "\", \"status\": \"final\", \"code\": {\"coding\": "
						+ "[{\"system\": \"http://loinc.org\", \"code\": \"69548-6\"}]}}}, " + CONDITION.strip() + "]}",
				bundle(variant("", gene(MARK + "::"))), bundle(age("{\"value\": 11, \"unit\": \"" + MARK + "\"}")))) {
			assertThatThrownBy(() -> Imports.read(document)).isInstanceOfSatisfying(InvalidBundleException.class,
					(ex) -> assertThat(String.join(" ", ex.issues())).doesNotContainIgnoringCase(MARK)
						.doesNotContain("org.")
						.doesNotContain("java."));
		}
	}

	private static String bundle(String... entries) {
		return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + CONDITION + ", "
				+ String.join(", ", entries) + "]}";
	}

	private static String variant(String value, String components) {
		return """
				{"resource": {"resourceType": "Observation", "status": "final",
				  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]}, %s
				  "component": [%s]}}""".formatted(value, components);
	}

	private static String gene(String symbol) {
		return """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
				 "valueCodeableConcept": {"text": "%s"}}""".formatted(symbol);
	}

	private static String protein(String hgvs) {
		return """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
				 "valueCodeableConcept": {"text": "%s"}}""".formatted(hgvs);
	}

	private static String vaf(String quantity) {
		return """
				{"code": {"coding": [{"system": "http://loinc.org", "code": "81258-6"}]}, "valueQuantity": %s}"""
			.formatted(quantity);
	}

	private static String age(String quantity) {
		return """
				{"resource": {"resourceType": "Observation", "status": "final",
				  "code": {"coding": [{"system": "http://loinc.org", "code": "30525-0"}]}, "valueQuantity": %s}}"""
			.formatted(quantity);
	}

}
