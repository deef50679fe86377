package org.targetboard.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The published FHIR packages the tests validate against, read from the npm tarballs that
 * the build fetches into {@code target/fhir-packages} (board-fhir's pom), and the board's
 * own package from the main resources.
 */
final class PublishedPackages {

	static final Path FOLDER = Path.of("target", "fhir-packages");

	static final String GENOMICS_REPORTING = "hl7.fhir.uv.genomics-reporting-3.0.0.tgz";

	static final String EXTENSIONS = "hl7.fhir.uv.extensions.r4.tgz";

	static final String TERMINOLOGY = "hl7.terminology.r4.tgz";

	private static final Map<String, NpmPackage> PACKAGES = new ConcurrentHashMap<>();

	private PublishedPackages() {
	}

	static NpmPackage npm(String file) {
		return PACKAGES.computeIfAbsent(file, (name) -> {
			try (InputStream in = Files.newInputStream(FOLDER.resolve(name))) {
				return NpmPackage.fromPackage(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Run the build: it fetches " + name + " from the npm registry", ex);
			}
		});
	}

	/** The conformance resources of a package, ready for validation. */
	static PrePopulatedValidationSupport conformance(FhirContext context, NpmPackage npm) {
		PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(context);
		IParser parser = context.newJsonParser();
		try {
			for (String file : npm.listResources("StructureDefinition", "CodeSystem", "ValueSet")) {
				try (InputStream in = npm.loadResource(file)) {
					support.addResource(parser.parseResource(in));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return support;
	}

	/**
	 * What a terminology server would answer and no package here carries: the LOINC
	 * answer list the Variant profile binds its value to (LL1971-2, as LOINC publishes
	 * it), and HGVS, a grammar rather than a list of codes, whose codes are reported as
	 * not checked (warning) instead of wrong.
	 */
	static IValidationSupport offlineTerminology(FhirContext context) {
		PrePopulatedValidationSupport answers = new PrePopulatedValidationSupport(context);
		ValueSet presence = new ValueSet();
		presence.setUrl("http://loinc.org/vs/LL1971-2")
			.setName("LL1971-2")
			.setStatus(Enumerations.PublicationStatus.ACTIVE);
		ValueSet.ConceptSetComponent loinc = presence.getCompose().addInclude().setSystem("http://loinc.org");
		loinc.addConcept().setCode("LA9633-4").setDisplay("Present");
		loinc.addConcept().setCode("LA9634-2").setDisplay("Absent");
		loinc.addConcept().setCode("LA18198-4").setDisplay("No call");
		loinc.addConcept().setCode("LA11884-6").setDisplay("Indeterminate");
		answers.addValueSet(presence);
		UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(context);
		unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
		return new ValidationSupportChain(answers, unknown);
	}

	/**
	 * A validator over base R4, Genomics Reporting 3.0.0 with its dependencies, the
	 * offline terminology and any further packages.
	 */
	static FhirValidator genomicsReporting(boolean strict, IValidationSupport... more) {
		FhirContext context = CaseBundles.context();
		List<IValidationSupport> supports = new java.util.ArrayList<>(
				List.of(conformance(context, npm(GENOMICS_REPORTING)), conformance(context, npm(EXTENSIONS)),
						conformance(context, npm(TERMINOLOGY)), offlineTerminology(context)));
		supports.addAll(List.of(more));
		return validator(strict, supports.toArray(IValidationSupport[]::new));
	}

	/** One of the package's examples, as its JSON. */
	static String example(NpmPackage npm, String file) {
		try (InputStream in = npm.load("example", file)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A validator over base R4 and the given packages; {@code strict} refuses extensions
	 * that no loaded package defines (the default of HL7's validator).
	 */
	static FhirValidator validator(boolean strict, IValidationSupport... packages) {
		FhirContext context = CaseBundles.context();
		ValidationSupportChain chain = new ValidationSupportChain();
		chain.addValidationSupport(new DefaultProfileValidationSupport(context));
		for (IValidationSupport support : packages) {
			chain.addValidationSupport(support);
		}
		chain.addValidationSupport(new SnapshotGeneratingValidationSupport(context));
		chain.addValidationSupport(new InMemoryTerminologyServerValidationSupport(context));
		chain.addValidationSupport(new CommonCodeSystemsTerminologyService(context));
		FhirInstanceValidator module = new FhirInstanceValidator(chain);
		module.setAnyExtensionsAllowed(!strict);
		FhirValidator validator = context.newValidator();
		validator.registerValidatorModule(module);
		return validator;
	}

	static List<String> errors(ValidationResult result) {
		return result.getMessages()
			.stream()
			.filter((m) -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.map(SingleValidationMessage::toString)
			.toList();
	}

	static List<String> errors(FhirValidator validator, IBaseResource resource) {
		return errors(validator.validateWithResult(resource));
	}

}
