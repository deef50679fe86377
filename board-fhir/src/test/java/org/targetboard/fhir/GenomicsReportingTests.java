package org.targetboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.validation.FhirValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.TestIntakes;
import org.targetboard.core.profile.MolecularLesion.Type;
import org.targetboard.core.profile.MolecularLesion;

/**
 * Conformance to the Genomics Reporting IG 3.0.0 as published (the npm package the build
 * fetches), both ways: exported variants validate against its Variant profile, and its
 * published example Bundles import, read right.
 */
class GenomicsReportingTests {

	private static NpmPackage genomicsReporting;

	private static FhirValidator validator;

	@BeforeAll
	static void loadPackages() {
		genomicsReporting = PublishedPackages.npm(PublishedPackages.GENOMICS_REPORTING);
		validator = PublishedPackages.genomicsReporting(false);
	}

	/**
	 * A variant of every kind on every gene the knowledge base knows, with and without a
	 * protein change, somatic and germline.
	 */
	@Test
	void exportsVariantsThatConformToTheVariantProfile() {
		List<MolecularLesion> lesions = new ArrayList<>();
		List<String> genes = Imports.GENES.bySymbol().keySet().stream().sorted().toList();
		for (int i = 0; i < genes.size(); i++) {
			String gene = genes.get(i);
			lesions
				.add(new MolecularLesion(Type.SNV_INDEL, gene, null, (i % 3 == 0) ? "p.R" + (10 + i) + "fs" : "p.G12D",
						0.05 * (1 + i % 19), i % 7 == 0, "targeted NGS"));
		}
		lesions.add(new MolecularLesion(Type.FUSION, "BCR", "ABL1", null, null, false, "RNA-seq"));
		lesions.add(new MolecularLesion(Type.FUSION, "P2RY8", "CRLF2", null, null, false, null));
		lesions.add(new MolecularLesion(Type.FUSION, "ZEB2", "BCL11B", null, null, false, "RNA-seq"));
		lesions.add(new MolecularLesion(Type.DELETION, "IKZF1", null, null, null, false, "MLPA"));
		lesions.add(new MolecularLesion(Type.AMPLIFICATION, "ABL2", null, null, null, false, null));
		lesions.add(new MolecularLesion(Type.REARRANGEMENT, "CRLF2", null, null, null, false, "FISH"));
		lesions.add(new MolecularLesion(Type.EXPRESSION_OUTLIER, "HLF", null, null, null, false, "RNA-seq"));
		Bundle bundle = CaseBundles.export(CaseBundleTests.fhirCase(withLesions(TestIntakes.complete(), lesions)),
				Imports.GENES);

		List<Observation> variants = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Observation.class::isInstance)
			.map(Observation.class::cast)
			.filter((o) -> o.getMeta().hasProfile(Codes.GR_VARIANT))
			.toList();
		assertThat(variants).hasSize(lesions.size());
		List<String> errors = new ArrayList<>();
		for (Observation variant : variants) {
			errors.addAll(PublishedPackages.errors(validator, variant));
		}
		assertThat(errors).isEmpty();
		// The profile is applied: a variant without the genetics category breaks it.
		Observation withoutGenetics = variants.get(0).copy();
		withoutGenetics.getCategory().removeIf((c) -> c.hasCoding(Codes.V2_0074, "GE"));
		assertThat(PublishedPackages.errors(validator, withoutGenetics)).isNotEmpty();
		assertThat(CaseBundles.json(bundle)).contains("\"system\": \"http://www.genenames.org\"")
			.contains("\"code\": \"HGNC:76\"")
			.contains("\"code\": \"GE\"")
			.doesNotContain("gene-symbol");
	}

	@Test
	void importsThePublishedOncologyExampleBundles() {
		Map<String, List<String>> expected = Map.of("Bundle-bundle-oncology-diagnostic.json",
				List.of("BRAF p.Val600Glu"), "Bundle-bundle-oncology-report-example.json",
				List.of("PIK3CA p.His1047Arg", "NRAS", "FBXW7 p.Arg465His", "KMT2D", "PIK3CA", "IRS2",
						"CDKN2A p.Ala4_Pro11del", "RECQL4 p.Arg696Cys", "RYR1 p.Arg1655Leu", "SACS", "SLIT2",
						"SMARCA4 p.Ala791Val"),
				"Bundle-bundle-oncologyexamples-r4.json", List.of("JAK2 p.Val617Phe", "KDR p.Gln472His", "ERBB4"),
				"Bundle-bundle-oncologyexamples-r4-withGrouping.json",
				List.of("JAK2 p.Val617Phe", "KDR p.Gln472His", "ERBB4"));
		for (Map.Entry<String, List<String>> example : expected.entrySet()) {
			ImportResult imported = BundleImport.read(PublishedPackages.example(genomicsReporting, example.getKey()),
					Imports.GENES, Diagnosis.AML);
			assertThat(imported.intake().lesions()).as(example.getKey())
				.extracting(GenomicsReportingTests::shortLabel)
				.containsExactlyElementsOf(example.getValue());
			// Small deletions stay small variants; nothing is read as a lost gene.
			assertThat(imported.intake().lesions()).as(example.getKey())
				.allSatisfy((lesion) -> assertThat(lesion.type()).isEqualTo(Type.SNV_INDEL));
			assertThat(imported.mapped()).as(example.getKey()).contains("Diagnosis AML as stated with the upload");
			assertThat(imported.ignored()).as(example.getKey())
				.anyMatch((line) -> line.startsWith("Patient"))
				.anyMatch((line) -> line.startsWith("DiagnosticReport"));
		}
	}

	@Test
	void readsThePublishedRos1FusionAsAFusionAndNotAsASmallVariant() {
		String variant = PublishedPackages.example(genomicsReporting, "Observation-ROS1-Fusion-var.json");
		String consequence = PublishedPackages.example(genomicsReporting, "Observation-ROS1-Fusion.json");
		String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"fullUrl\": "
				+ "\"https://example.org/fhir/Observation/ROS1-Fusion-var\", \"resource\": " + variant
				+ "}, {\"resource\": " + consequence + "}]}";
		ImportResult imported = BundleImport.read(bundle, Imports.GENES, Diagnosis.ALCL);
		assertThat(imported.intake().lesions()).singleElement().satisfies((lesion) -> {
			assertThat(lesion.gene()).isEqualTo("ROS1");
			assertThat(lesion.type()).isEqualTo(Type.REARRANGEMENT);
		});
		assertThat(imported.normalised()).anyMatch((line) -> line.contains("unnamed partner"));
	}

	private static String shortLabel(MolecularLesion lesion) {
		return (lesion.proteinChange() != null) ? lesion.gene() + " " + lesion.proteinChange() : lesion.gene();
	}

	static CaseIntake withLesions(CaseIntake i, List<MolecularLesion> lesions) {
		return new CaseIntake(i.diagnosis(), i.relapseNumber(), i.refractory(), i.ageYears(), i.ageMonths(),
				i.ageAtDiagnosisYears(), i.diagnosisDate(), i.frontlineEndDate(), i.relapseDate(), i.site(),
				i.extramedullarySite(), i.marrowBlastsPercent(), i.mrdAtRelapse(), i.mrdMethod(), i.mrdEndOfInduction(),
				i.endOfInductionMarrow(), i.intent(), i.performanceScale(), i.performanceStatus(), i.questionToBoard(),
				i.noStandardOfCare(), i.noStandardOfCareReason(), i.history(), lesions, i.markers(), i.drugResponses(),
				i.bh3Dependencies());
	}

}
