package org.targetboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import ca.uhn.fhir.validation.FhirValidator;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.TestIntakes;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.MolecularLesion.Type;

/**
 * The board's own package ({@code src/main/resources/fhir/package}): every extension and
 * code system an export uses is defined there, and exported Bundles and bulk resources
 * validate strictly (an extension no package defines is an error, the default of HL7's
 * validator) against it, Genomics Reporting 3.0.0 and base R4.
 */
class OwnPackageTests {

	private static final Path PACKAGE = Path.of("src", "main", "resources", "fhir", "package");

	private static final List<IBaseResource> OWN = new ArrayList<>();

	private static FhirValidator strict;

	@BeforeAll
	static void load() throws IOException {
		PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(CaseBundles.context());
		try (Stream<Path> files = Files.list(PACKAGE)) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("package.json")).toList()) {
				IBaseResource resource = CaseBundles.context().newJsonParser().parseResource(Files.readString(file));
				OWN.add(resource);
				own.addResource(resource);
			}
		}
		strict = PublishedPackages.genomicsReporting(true, own);
	}

	@Test
	void exportedBundlesValidateStrictly() {
		assertThat(PublishedPackages.errors(strict, fullBundle())).isEmpty();
	}

	/** Bulk NDJSON files hold the resources of the Bundles one by one. */
	@Test
	void everyResourceOfABulkExportValidatesStrictly() {
		List<String> errors = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : fullBundle().getEntry()) {
			errors.addAll(PublishedPackages.errors(strict, entry.getResource()));
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void strictValidationRefusesAnExtensionNoPackageDefines() {
		Observation variant = fullBundle().getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Observation.class::isInstance)
			.map(Observation.class::cast)
			.filter((o) -> o.getMeta().hasProfile(Codes.GR_VARIANT))
			.findFirst()
			.orElseThrow();
		variant.addExtension(Codes.EXTENSION + "not-defined", new StringType("x"));
		assertThat(PublishedPackages.errors(strict, variant)).isNotEmpty();
	}

	/**
	 * Every extension and code system of the board that an export uses is in the package
	 * (and nothing in the package claims another base).
	 */
	@Test
	void definesEveryExtensionAndCodeSystemAnExportUses() {
		Set<String> used = new TreeSet<>();
		for (Bundle.BundleEntryComponent entry : fullBundle().getEntry()) {
			collect(entry.getResource(), used);
		}
		Set<String> defined = new TreeSet<>();
		for (IBaseResource resource : OWN) {
			if (resource instanceof StructureDefinition definition) {
				defined.add(definition.getUrl());
			}
			else if (resource instanceof CodeSystem system) {
				defined.add(system.getUrl());
			}
		}
		assertThat(defined).allMatch((url) -> url.startsWith(Codes.BASE));
		assertThat(defined).containsAll(used);
	}

	private static void collect(Base element, Set<String> used) {
		if (element instanceof Extension extension && extension.getUrl().startsWith(Codes.BASE)) {
			used.add(extension.getUrl());
		}
		if (element instanceof Coding coding && coding.hasSystem()
				&& coding.getSystem().startsWith(Codes.CODE_SYSTEM)) {
			used.add(coding.getSystem());
		}
		if (element instanceof Resource resource && resource.hasMeta()) {
			resource.getMeta()
				.getProfile()
				.stream()
				.map((p) -> p.getValue())
				.filter((p) -> p.startsWith(Codes.BASE))
				.forEach(used::add);
		}
		element.children().forEach((property) -> property.getValues().forEach((child) -> collect(child, used)));
	}

	/**
	 * A case with every part the format has: functional data, every kind of lesion,
	 * advice, follow-up.
	 */
	private static Bundle fullBundle() {
		List<MolecularLesion> lesions = new ArrayList<>(TestIntakes.complete().lesions());
		lesions.add(new MolecularLesion(Type.FUSION, "BCR", "ABL1", null, 0.4, false, "RNA-seq"));
		lesions.add(new MolecularLesion(Type.DELETION, "IKZF1", null, null, null, false, "MLPA"));
		lesions.add(new MolecularLesion(Type.AMPLIFICATION, "ABL2", null, null, null, false, null));
		lesions.add(new MolecularLesion(Type.REARRANGEMENT, "CRLF2", null, null, null, false, "FISH"));
		lesions.add(new MolecularLesion(Type.EXPRESSION_OUTLIER, "HLF", null, null, null, false, "RNA-seq"));
		lesions.add(new MolecularLesion(Type.SNV_INDEL, "NPM1", null, "p.W288fs", 0.35, false, null));
		return CaseBundles.export(CaseBundleTests.fhirCase(GenomicsReportingTests
			.withLesions(CaseBundleTests.withFunctionalData(TestIntakes.complete()), lesions)), Imports.GENES);
	}

}
