package org.targetboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.MolecularLesion;

/**
 * Bundles as other systems send them, written from their documentation: the MII molecular
 * genetics variant (HGNC ids in {@code genenames.org/geneId}, a fusion as LOINC 95123-6,
 * DNA region, p.HGVS with its reference sequence, VAF in per cent) and cBioPortal's
 * FhirSpark (Genomics Reporting variants with coordinates, alleles and a cytogenetic
 * location); and a corpus of hostile variants, none of which may fail other than with a
 * refusal that quotes nothing.
 */
class ExchangeFormatsTests {

	@Test
	void readsAMiiMolecularGeneticsReport() {
		String bundle = bundle(
				variant("""
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:1014", "display": "BCR"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:76", "display": "ABL1"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "95123-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "display": "BCR::ABL1"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "47999-8"}]}, "valueString": "Exon 14"}"""),
				variant("""
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:76", "display": "ABL1"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NP_005148.2:p.Thr315Ile"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48004-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NM_005157.6:c.944C>T"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "81258-6"}]},
						 "valueQuantity": {"value": 42, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48002-0"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA6684-0", "display": "Somatic"}]}}"""));
		ImportResult imported = BundleImport.read(bundle, Imports.GENES, Diagnosis.BCP_ALL);
		assertThat(imported.intake().lesions()).extracting(MolecularLesion::label)
			.containsExactly("BCR::ABL1", "ABL1 p.Thr315Ile");
		assertThat(imported.intake().lesions().get(1).vaf()).isEqualTo(0.42);
		assertThat(imported.ignored()).anyMatch((line) -> line.contains("47999-8"))
			.anyMatch((line) -> line.contains("48004-6"));
	}

	@Test
	void readsACbioportalFhirSparkVariant() {
		String bundle = bundle(
				variant("""
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:1097", "display": "BRAF"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48001-2"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "7q34"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "62374-4"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA14029-5", "display": "GRCh37"}]}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "81254-5"}]},
						 "valueRange": {"low": {"value": 140453136}, "high": {"value": 140453136}}},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "69547-8"}]}, "valueString": "A"},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "69551-0"}]}, "valueString": "T"},
						{"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
						 "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "p.V600E"}]}}"""));
		ImportResult imported = BundleImport.read(bundle, Imports.GENES, Diagnosis.OTHER_NHL);
		assertThat(imported.intake().lesions()).extracting(MolecularLesion::label).containsExactly("BRAF p.V600E");
		assertThat(imported.ignored()).anyMatch((line) -> line.contains("81254-5"))
			.anyMatch((line) -> line.contains("69551-0"));
	}

	/**
	 * Variants assembled from hostile parts (wrong types, missing values, impossible
	 * numbers and units, three genes, markup): each is read or refused, never fails
	 * otherwise, and no refusal quotes the input.
	 */
	@Test
	void aCorpusOfHostileVariantsIsReadOrRefusedWithoutQuotingIt() {
		String[] parts = { gene("\"valueCodeableConcept\": {\"text\": \"NRAS\"}"),
				gene("\"valueCodeableConcept\": {\"text\": \"<script>MARK</script>\"}"),
				gene("\"valueString\": \"KRAS\""), gene("\"valueCodeableConcept\": {}"),
				gene("\"valueCodeableConcept\": {\"coding\": [{\"system\": \"http://www.genenames.org\", \"code\": \"HGNC:-1\"}]}"),
				gene("\"valueCodeableConcept\": {\"coding\": [{\"system\": \"http://www.genenames.org\", \"code\": \"MARK\"}]}"),
				component("48005-3", "\"valueCodeableConcept\": {\"text\": \"p.G12D\"}"),
				component("48005-3", "\"valueCodeableConcept\": {\"text\": \"NP_1:p.MARK\"}"),
				component("48005-3", "\"valueString\": \"p.G12D\""),
				component("48005-3", "\"valueQuantity\": {\"value\": 3}"),
				component("81258-6", "\"valueQuantity\": {\"value\": 1e308}"),
				component("81258-6", "\"valueQuantity\": {\"value\": -0.5}"),
				component("81258-6", "\"valueQuantity\": {\"value\": 80, \"code\": \"MARK\"}"),
				component("81258-6", "\"valueQuantity\": {}"), component("81258-6", "\"valueString\": \"MARK\""),
				component("48019-4", "\"valueCodeableConcept\": {\"coding\": [{\"code\": \"SO:MARK\"}]}"),
				component("48019-4", "\"valueCodeableConcept\": {\"text\": \"FUSION\"}"),
				component("48019-4", "\"valueBoolean\": true"),
				component("95123-6", "\"valueCodeableConcept\": {\"text\": \"MARK\"}"),
				component("95123-6", "\"valueCodeableConcept\": {\"text\": \"A::B::C\"}"),
				component("48002-0", "\"valueCodeableConcept\": {\"coding\": [{\"system\": \"http://loinc.org\"}]}"),
				component("MARK", "\"valueString\": \"MARK\""), "{\"code\": {}}", "{}" };
		Random random = new Random(17);
		int read = 0;
		int refused = 0;
		for (int i = 0; i < 3000; i++) {
			List<String> chosen = new ArrayList<>();
			int size = 1 + random.nextInt(5);
			for (int j = 0; j < size; j++) {
				chosen.add(parts[random.nextInt(parts.length)]);
			}
			String bundle = bundle(variant(String.join(",", chosen)));
			try {
				BundleImport.read(bundle, Imports.GENES, Diagnosis.AML);
				read++;
			}
			catch (InvalidBundleException ex) {
				refused++;
				assertThat(ex.issues()).as(bundle).noneMatch((issue) -> issue.contains("MARK") || issue.contains("<"));
			}
		}
		assertThat(read).isPositive();
		assertThat(refused).isPositive();
		assertThatThrownBy(() -> BundleImport.read(bundle(variant(gene("\"valueCodeableConcept\": {\"text\": \"A\"}")
				+ "," + gene("\"valueCodeableConcept\": {\"text\": \"B\"}") + ","
				+ gene("\"valueCodeableConcept\": {\"text\": \"C\"}"))), Imports.GENES, Diagnosis.AML))
			.isInstanceOf(InvalidBundleException.class);
	}

	private static String gene(String value) {
		return component("48018-6", value);
	}

	private static String component(String loinc, String value) {
		return "{\"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"" + loinc + "\"}]}, " + value
				+ "}";
	}

	private static String variant(String components) {
		return """
				{"resource": {"resourceType": "Observation", "status": "final",
				 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
				 "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
				 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4"}]},
				 "component": [%s]}}"""
			.formatted(components);
	}

	private static String bundle(String... entries) {
		return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + String.join(",", entries)
				+ "]}";
	}

}
