package org.targetboard.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.uhn.fhir.parser.IParserErrorHandler.IParseLocation;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.MrdValue;
import org.targetboard.core.intake.PerformanceScale;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.HgncIds;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.InvalidProfileException;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * Reads a case from a FHIR R4 Bundle as centres' systems send it: the Condition gives the
 * diagnosis and relapse facts, Observations the age, marrow, MRD, performance, variants
 * and fusions (Genomics Reporting IG), antigen expression and drug response,
 * MedicationStatements and Procedures the treatment history. Patient identity is never
 * taken over; advice, consent and follow-up are recorded in the board, not imported.
 * Whatever is not mapped is reported, never dropped silently.
 */
public final class BundleImport {

	private BundleImport() {
	}

	/**
	 * Reads a Bundle in FHIR JSON.
	 * @param json the Bundle
	 * @param genes the HGNC ids of the knowledge base, to resolve genes coded by id
	 * @param statedDiagnosis the diagnosis the coordinator states for a Bundle without a
	 * Condition (a laboratory's genomic report carries none), or {@code null}
	 * @throws InvalidBundleException if it is not a readable R4 Bundle, has no diagnosis
	 * of the board, or states one that differs from the coordinator's; nothing is created
	 * then
	 */
	public static ImportResult read(String json, HgncIds genes, @Nullable Diagnosis statedDiagnosis) {
		IBaseResource parsed;
		UnknownElements unknown = new UnknownElements();
		try {
			parsed = CaseBundles.context().newJsonParser().setParserErrorHandler(unknown).parseResource(json);
		}
		catch (RuntimeException ex) {
			// The parser's message quotes the document: the refusal says only what
			// failed.
			throw new InvalidBundleException(List.of("The document is not FHIR R4 JSON"));
		}
		if (!(parsed instanceof Bundle bundle)) {
			throw new InvalidBundleException(List.of("The document is a " + parsed.fhirType() + ", not a Bundle"));
		}
		Reader reader = new Reader(genes, fusionConsequences(bundle));
		if (unknown.count > 0) {
			reader.ignored.add(unknown.count + " element(s) that FHIR R4 does not define");
		}
		int position = 0;
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			position++;
			Resource resource = entry.getResource();
			String where = "Entry " + position + ((resource != null) ? " (" + resource.fhirType() + ")" : "");
			if (resource == null) {
				reader.ignored.add(where + ": no resource");
				continue;
			}
			if (resource instanceof DomainResource domain && domain.hasModifierExtension()) {
				// FHIR: a resource with a modifier extension the reader does not know
				// must
				// not be read as if it were absent.
				reader.issues.add(where + ": carries a modifier extension the board does not understand");
				continue;
			}
			String withdrawn = withdrawnStatus(resource);
			if (withdrawn != null) {
				reader.ignored.add(where + ": status " + withdrawn + ", not imported");
				continue;
			}
			try {
				reader.read(resource);
			}
			catch (InvalidProfileException ex) {
				reader.issues.add(where + ": " + ex.getMessage());
			}
			catch (ImportRefusal ex) {
				reader.issues.add(where + ": " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				// Untrusted input: a wrong type, a missing element or an unknown code.
				// Java's
				// own message would quote the input and name our classes.
				reader.issues.add(where + ": an element is missing or has a type or code the board cannot read");
			}
		}
		if (reader.diagnosis != null && statedDiagnosis != null && reader.diagnosis != statedDiagnosis) {
			reader.issues.add("The Bundle's diagnosis " + reader.diagnosis.name()
					+ " differs from the stated diagnosis " + statedDiagnosis.name());
		}
		else if (reader.diagnosis == null && statedDiagnosis != null) {
			reader.diagnosis = statedDiagnosis;
			reader.mapped.add("Diagnosis " + statedDiagnosis.name() + " as stated with the upload");
		}
		if (reader.diagnosis == null) {
			reader.issues.add("No Condition with a diagnosis of the board ("
					+ String.join(", ", Arrays.stream(Diagnosis.values()).map(Enum::name).toList())
					+ "), and none stated with the upload");
		}
		if (!reader.issues.isEmpty()) {
			throw new InvalidBundleException(reader.issues);
		}
		CaseIntake intake = new CaseIntake(reader.diagnosis, reader.relapseNumber, reader.refractory, reader.ageYears,
				reader.ageMonths, reader.ageAtDiagnosis, reader.diagnosisDate, reader.frontlineEnd, reader.relapseDate,
				reader.site, reader.extramedullarySite, reader.marrowBlasts, reader.mrd, reader.mrdMethod,
				reader.mrdEndOfInduction, reader.endOfInductionMarrow, reader.intent, reader.performanceScale,
				reader.performanceStatus, null, reader.noStandardOfCare, null, reader.history, reader.lesions,
				reader.markers, reader.drugResponses, reader.bh3, reader.situation);
		return new ImportResult(intake, reader.mapped, reader.normalised, reader.ignored);
	}

	/**
	 * The variants that another Observation of the Bundle names as the source of a fusion
	 * (Genomics Reporting: a molecular consequence {@code transcript_fusion} or
	 * {@code gene_fusion} derived from the variant), by their references.
	 */
	private static Set<String> fusionConsequences(Bundle bundle) {
		Set<String> variants = new java.util.HashSet<>();
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			if (entry.getResource() instanceof Observation observation && observation.getComponent()
				.stream()
				.anyMatch((c) -> c.getValue() instanceof CodeableConcept value && value.getCoding()
					.stream()
					.anyMatch((coding) -> FUSION_TERMS.contains(String.valueOf(coding.getCode()))))) {
				observation.getDerivedFrom()
					.stream()
					.map(Reference::getReference)
					.filter(java.util.Objects::nonNull)
					.forEach(variants::add);
			}
		}
		return variants;
	}

	/** SO gene_fusion and transcript_fusion. */
	private static final Set<String> FUSION_TERMS = Set.of("SO:0001565", "SO:0001886");

	/**
	 * The status of a resource that says it does not stand (entered in error, refuted,
	 * cancelled, not done), or {@code null}: such a finding is never imported as present.
	 */
	private static @Nullable String withdrawnStatus(Resource resource) {
		String status = switch (resource) {
			case Observation observation -> observation.hasStatus() ? observation.getStatus().toCode() : null;
			case Condition condition -> condition.hasVerificationStatus()
					? condition.getVerificationStatus().getCodingFirstRep().getCode() : null;
			case MedicationStatement statement -> statement.hasStatus() ? statement.getStatus().toCode() : null;
			case Procedure procedure -> procedure.hasStatus() ? procedure.getStatus().toCode() : null;
			default -> null;
		};
		return (status != null
				&& Set.of("entered-in-error", "cancelled", "refuted", "not-done", "not-taken").contains(status))
						? status : null;
	}

	/** A refusal of one resource, in words that quote nothing of it. */
	private static final class ImportRefusal extends RuntimeException {

		ImportRefusal(String message) {
			super(message);
		}

	}

	/** Counts elements the parser does not know, without logging or quoting them. */
	private static final class UnknownElements extends LenientErrorHandler {

		private int count;

		UnknownElements() {
			super(false);
		}

		@Override
		public void unknownElement(IParseLocation location, String elementName) {
			this.count++;
		}

		@Override
		public void unknownAttribute(IParseLocation location, String attributeName) {
			this.count++;
		}

		@Override
		public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
			this.count++;
		}

	}

	private static final class Reader {

		private final HgncIds genes;

		private final Set<String> fusionVariants;

		Reader(HgncIds genes, Set<String> fusionVariants) {
			this.genes = genes;
			this.fusionVariants = fusionVariants;
		}

		final List<String> mapped = new ArrayList<>();

		final List<String> normalised = new ArrayList<>();

		final List<String> ignored = new ArrayList<>();

		final List<String> issues = new ArrayList<>();

		@Nullable Diagnosis diagnosis;

		@Nullable Integer relapseNumber;

		boolean refractory;

		boolean noStandardOfCare;

		@Nullable Integer ageYears;

		@Nullable Integer ageMonths;

		@Nullable Integer ageAtDiagnosis;

		@Nullable LocalDate diagnosisDate;

		@Nullable LocalDate frontlineEnd;

		@Nullable LocalDate relapseDate;

		@Nullable RelapseSite site;

		@Nullable Intent intent;

		@Nullable Double marrowBlasts;

		@Nullable MrdValue mrd;

		@Nullable String mrdMethod;

		@Nullable String extramedullarySite;

		Situation situation = Situation.NONE;

		@Nullable Double mrdEndOfInduction;

		@Nullable MarrowStatus endOfInductionMarrow;

		@Nullable PerformanceScale performanceScale;

		@Nullable Integer performanceStatus;

		final List<TreatmentLine> history = new ArrayList<>();

		final List<MolecularLesion> lesions = new ArrayList<>();

		final List<MarkerResult> markers = new ArrayList<>();

		final List<DrugResponse> drugResponses = new ArrayList<>();

		final List<Bh3Dependency> bh3 = new ArrayList<>();

		void read(Resource resource) {
			switch (resource) {
				case Patient patient -> {
					if (patient.hasName() || patient.hasBirthDate() || patient.hasAddress() || patient.hasTelecom()) {
						this.ignored.add("Patient: name, birth date, address and contact details are never taken over;"
								+ " the board gives the case its own pseudonym");
					}
					else {
						this.ignored.add("Patient: the board gives the case its own pseudonym");
					}
				}
				case Condition condition -> condition(condition);
				case Observation observation -> observation(observation);
				case MedicationStatement statement -> medication(statement);
				case Procedure procedure -> procedure(procedure);
				case CarePlan plan -> this.ignored.add("CarePlan: advice is recorded in the board, not imported");
				case org.hl7.fhir.r4.model.Consent consent ->
					this.ignored.add("Consent: consent is recorded in the board, not imported");
				default ->
					this.ignored.add(resource.fhirType() + ": not part of the board's case record, not imported");
			}
		}

		private void condition(Condition condition) {
			String code = code(condition.getCode(), "diagnosis");
			Diagnosis found = (code != null)
					? Arrays.stream(Diagnosis.values()).filter((d) -> d.name().equals(code)).findFirst().orElse(null)
					: null;
			if (found == null) {
				this.ignored.add("Condition: not a diagnosis code of the board");
				return;
			}
			this.diagnosis = found;
			this.mapped.add("Diagnosis " + found.name());
			if (condition.getOnset() instanceof BaseDateTimeType onset && onset.getValue() != null) {
				this.diagnosisDate = localDate(onset);
			}
			Integer relapses = integer(condition, "relapse-number");
			if (relapses != null) {
				this.relapseNumber = relapses;
				this.mapped.add("Relapse number " + relapses);
			}
			this.refractory = Boolean.TRUE.equals(bool(condition, "refractory"));
			this.noStandardOfCare = Boolean.TRUE.equals(bool(condition, "no-standard-of-care"));
			this.extramedullarySite = string(condition, "extramedullary-site");
			this.situation = situation(condition);
			this.relapseDate = date(condition, "relapse-date");
			this.frontlineEnd = date(condition, "frontline-end-date");
			String siteCode = string(condition, "relapse-site");
			this.site = (siteCode != null) ? RelapseSite.valueOf(siteCode) : null;
			String intentCode = string(condition, "intent");
			this.intent = (intentCode != null) ? Intent.valueOf(intentCode) : null;
			if (condition.hasStage()) {
				this.ignored.add("Condition stage (risk group): the board computes the risk group at submission");
			}
		}

		private void observation(Observation observation) {
			CodeableConcept code = observation.getCode();
			if (has(code, Codes.LOINC, Codes.VARIANT)) {
				variant(observation);
				return;
			}
			if (has(code, Codes.LOINC, Codes.AGE)) {
				double months = months(observation.getValueQuantity());
				this.ageYears = (int) (months / 12);
				this.ageMonths = (int) Math.round(months - 12 * this.ageYears);
				this.mapped.add("Age " + this.ageYears + " years " + this.ageMonths + " months");
				return;
			}
			String local = kind(code);
			if (local == null) {
				this.ignored.add("Observation: not a kind of result the board records");
				return;
			}
			switch (local) {
				case "age-at-diagnosis" -> this.ageAtDiagnosis = observation.getValueQuantity().getValue().intValue();
				case "marrow-blasts" -> this.marrowBlasts = observation.getValueQuantity().getValue().doubleValue();
				case "mrd-end-of-induction" ->
					this.mrdEndOfInduction = fraction(observation.getValueQuantity(), "MRD at the end of induction");
				case "end-of-induction-marrow" -> this.endOfInductionMarrow = MarrowStatus
					.valueOf(code(observation.getValueCodeableConcept(), "marrow-status"));
				case "mrd-at-relapse" -> {
					this.mrd = MrdValue.parse(observation.getValueStringType().getValue());
					this.mrdMethod = observation.getMethod().getText();
				}
				case "performance-lansky", "performance-karnofsky" -> {
					this.performanceScale = local.endsWith("lansky") ? PerformanceScale.LANSKY
							: PerformanceScale.KARNOFSKY;
					this.performanceStatus = observation.getValueQuantity().getValue().intValue();
				}
				case "antigen-expression" -> marker(observation);
				case "drug-response" -> drugResponse(observation);
				case "bh3-dependency" ->
					this.bh3.add(Bh3Dependency.valueOf(code(observation.getValueCodeableConcept(), "bh3-dependency")));
				default -> {
					this.ignored.add("Observation " + local + ": recorded in the board, not imported");
					return;
				}
			}
			this.mapped.add("Observation " + local);
		}

		/**
		 * An age in months, from UCUM years ({@code a}) or months ({@code mo}); a unit
		 * written out without its code is read and reported, anything else refused.
		 */
		private double months(Quantity age) {
			double value = age.getValue().doubleValue();
			String code = age.hasCode() ? age.getCode() : null;
			String unit = age.hasUnit() ? age.getUnit().strip().toLowerCase(Locale.ROOT) : "";
			if ("a".equals(code)) {
				return value * 12;
			}
			if ("mo".equals(code)) {
				return value;
			}
			if (code == null && Set.of("a", "y", "yr", "year", "years").contains(unit)) {
				this.normalised.add("Age unit without UCUM code read as years");
				return value * 12;
			}
			if (code == null && Set.of("mo", "month", "months").contains(unit)) {
				this.normalised.add("Age unit without UCUM code read as months");
				return value;
			}
			throw new ImportRefusal("an age needs the UCUM unit a (years) or mo (months)");
		}

		private void variant(Observation observation) {
			// LOINC LA9634-2: the variant was looked for and not found.
			if (observation.getValue() instanceof CodeableConcept value && has(value, Codes.LOINC, "LA9634-2")) {
				this.ignored.add("A variant reported as absent (LOINC LA9634-2): not a lesion of the case");
				return;
			}
			List<String> genes = new ArrayList<>();
			String protein = null;
			Double vaf = null;
			boolean germline = false;
			boolean sequenceChange = false;
			boolean namedFusion = false;
			List<String> fusionGenes = null;
			MolecularLesion.Type type = null;
			for (Observation.ObservationComponentComponent component : observation.getComponent()) {
				CodeableConcept code = component.getCode();
				if (has(code, Codes.LOINC, Codes.GENE_STUDIED)) {
					String gene = gene(component.getValueCodeableConcept());
					if (!genes.contains(gene)) {
						genes.add(gene);
					}
				}
				else if (has(code, Codes.LOINC, Codes.GENE_FUSION)) {
					// MII: the fusion as GENE1::GENE2, beside the genes studied.
					CodeableConcept value = component.getValueCodeableConcept();
					String named = value.hasText() ? value.getText() : value.getCodingFirstRep().getDisplay();
					String[] partners = (named != null) ? named.strip().split("::") : new String[0];
					if (partners.length != 2) {
						throw new ImportRefusal("a gene fusion (LOINC 95123-6) needs both genes as GENE1::GENE2");
					}
					fusionGenes = List.of(partners[0].strip().toUpperCase(Locale.ROOT),
							partners[1].strip().toUpperCase(Locale.ROOT));
				}
				else if (has(code, Codes.LOINC, Codes.PROTEIN_HGVS)) {
					protein = text(component.getValueCodeableConcept());
					int change = protein.indexOf(":p.");
					if (change > 0) {
						// NP_004324.2:p.Val600Glu, the Genomics Reporting and MII form.
						protein = protein.substring(change + 1);
						this.normalised.add("Protein change taken without its reference sequence");
					}
				}
				else if (has(code, Codes.LOINC, Codes.SAMPLE_VAF)) {
					vaf = fraction(component.getValueQuantity(), "Allele frequency");
				}
				else if (has(code, Codes.LOINC, Codes.GENOMIC_SOURCE)) {
					germline = has(component.getValueCodeableConcept(), Codes.LOINC, "LA6683-2");
				}
				else if (has(code, Codes.LOINC, Codes.DNA_CHANGE_TYPE)) {
					type = changeType(component.getValueCodeableConcept());
				}
				else if (has(code, Codes.LOINC, Codes.C_HGVS) || has(code, Codes.LOINC, Codes.G_HGVS)) {
					// Read for the kind of change only: the board records the protein
					// change.
					sequenceChange = true;
					this.ignored.add("Variant component " + code.getCoding()
						.stream()
						.filter((c) -> Codes.LOINC.equals(c.getSystem()))
						.map(Coding::getCode)
						.findFirst()
						.orElse("") + ": not recorded by the board");
				}
				else if (has(code, Codes.LOINC, Codes.VARIATION_CODE)) {
					CodeableConcept variation = component.getValueCodeableConcept();
					namedFusion = variation.hasText()
							&& variation.getText().toLowerCase(Locale.ROOT).contains("fusion");
					this.ignored.add("Variant component 81252-9: not recorded by the board");
				}
				else {
					// c.HGVS, g.HGVS, clinical significance and others: listed, not
					// dropped.
					String loinc = code.getCoding()
						.stream()
						.filter((c) -> Codes.LOINC.equals(c.getSystem()) && c.getCode() != null
								&& c.getCode().matches("[0-9]{1,7}-[0-9]"))
						.map(Coding::getCode)
						.findFirst()
						.orElse("without a LOINC code");
					this.ignored.add("Variant component " + loinc + ": not recorded by the board");
				}
			}
			if (fusionGenes != null) {
				genes = fusionGenes;
				type = MolecularLesion.Type.FUSION;
			}
			if (genes.isEmpty()) {
				throw new ImportRefusal("a variant needs a gene studied (LOINC 48018-6)");
			}
			if (genes.size() > 2) {
				throw new ImportRefusal("a variant names more than two genes studied");
			}
			boolean fusion = namedFusion || this.fusionVariants.contains("Observation/" + observation.getIdPart())
					|| (observation.hasId() && this.fusionVariants.contains(observation.getId()));
			if (type == MolecularLesion.Type.DELETION && (protein != null || sequenceChange)) {
				// SO deletion is any deleted sequence: with an HGVS change it is a small
				// deletion, not the loss of the gene.
				type = MolecularLesion.Type.SNV_INDEL;
				this.normalised.add("Deletion in " + genes.get(0) + " with an HGVS change read as a small variant");
			}
			if (type == null && (genes.size() == 2 || fusion)) {
				type = (genes.size() == 2) ? MolecularLesion.Type.FUSION : MolecularLesion.Type.REARRANGEMENT;
				this.normalised.add("Change type of " + String.join("::", genes) + " taken as " + type.name()
						+ ((genes.size() == 1) ? " (a fusion with an unnamed partner)" : ""));
			}
			else if (type == null && (protein != null || sequenceChange)) {
				type = MolecularLesion.Type.SNV_INDEL;
				this.normalised.add("Change type of " + genes.get(0) + " taken as SNV_INDEL (an HGVS change is given)");
			}
			else if (type == null) {
				// Nothing says what changed: the board does not guess a kind of lesion.
				throw new ImportRefusal("a variant needs its kind of change (DNA change type, an HGVS change or a"
						+ " fusion partner)");
			}
			if (type != MolecularLesion.Type.FUSION && genes.size() == 2) {
				throw new ImportRefusal("a variant names two genes studied but its change is not a fusion");
			}
			MolecularLesion lesion = new MolecularLesion(type, genes.get(0), (genes.size() > 1) ? genes.get(1) : null,
					protein, vaf, germline, observation.getMethod().getText());
			this.lesions.add(lesion);
			this.mapped.add("Variant " + lesion.label());
		}

		/**
		 * A fraction (allele frequency, MRD): UCUM {@code %} is divided by 100, {@code 1}
		 * or no unit is a fraction (a unitless value above 1 is read as per cent and
		 * reported); any other unit is refused.
		 */
		private double fraction(Quantity quantity, String what) {
			double value = quantity.getValue().doubleValue();
			String unit = quantity.hasCode() ? quantity.getCode() : (quantity.hasUnit() ? quantity.getUnit() : null);
			if ("%".equals(unit)) {
				this.normalised.add(what + " in % converted to a fraction");
				return value / 100;
			}
			if (unit != null && !"1".equals(unit) && !"{fraction}".equals(unit)) {
				throw new ImportRefusal(what.toLowerCase(Locale.ROOT) + " needs the unit % or 1");
			}
			if (value > 1) {
				this.normalised.add(what + " " + value + " without a unit read as per cent");
				return value / 100;
			}
			return value;
		}

		/**
		 * The HGNC symbol of a gene studied: an HGNC id the knowledge base knows gives
		 * its current symbol; otherwise the symbol given beside the id. An id alone that
		 * the knowledge base does not know is refused rather than taken for a symbol.
		 */
		private String gene(CodeableConcept gene) {
			String given = gene.hasText() ? gene.getText() : null;
			for (Coding coding : gene.getCoding()) {
				boolean hgnc = Codes.HGNC.equals(coding.getSystem()) || Codes.HGNC_MII.equals(coding.getSystem());
				if (given == null && coding.hasDisplay()) {
					given = coding.getDisplay();
				}
				if (hgnc && coding.hasCode() && coding.getCode().matches("(HGNC:)?[0-9]{1,6}")) {
					String known = this.genes.symbol(coding.getCode()).orElse(null);
					if (known != null) {
						String shown = gene.hasText() ? gene.getText() : coding.getDisplay();
						if (shown != null && !shown.equals(known)) {
							this.normalised.add("Gene " + known + " taken from its HGNC id, not from the name given");
						}
						return known;
					}
				}
			}
			if (given == null || given.isBlank()) {
				throw new ImportRefusal(
						"a gene studied needs an HGNC id the knowledge base knows or its HGNC symbol (display or text)");
			}
			String symbol = given.strip();
			if (!symbol.equals(symbol.toUpperCase(Locale.ROOT))) {
				this.normalised.add("Gene " + symbol + " upper-cased (HGNC symbol)");
			}
			return symbol.toUpperCase(Locale.ROOT);
		}

		private static MolecularLesion.@Nullable Type changeType(CodeableConcept concept) {
			if (concept.hasText()) {
				for (MolecularLesion.Type type : MolecularLesion.Type.values()) {
					if (type.name().equals(concept.getText())) {
						return type;
					}
				}
			}
			for (Coding coding : concept.getCoding()) {
				switch (String.valueOf(coding.getCode())) {
					case "SO:0001565", "SO:0001886" -> {
						return MolecularLesion.Type.FUSION;
					}
					case "SO:0001742" -> {
						return MolecularLesion.Type.AMPLIFICATION;
					}
					case "SO:0000159", "SO:0001743" -> {
						return MolecularLesion.Type.DELETION;
					}
					case "SO:1000183" -> {
						return MolecularLesion.Type.REARRANGEMENT;
					}
					case "SO:0001059", "SO:1000002", "SO:0001483", "SO:1000032", "SO:0000667" -> {
						return MolecularLesion.Type.SNV_INDEL;
					}
					default -> {
						// Look at the next coding.
					}
				}
			}
			return null;
		}

		private void marker(Observation observation) {
			String antigen = null;
			Double sites = null;
			for (Observation.ObservationComponentComponent component : observation.getComponent()) {
				String kind = kind(component.getCode());
				if ("antigen".equals(kind)) {
					antigen = component.hasValueStringType() ? component.getValueStringType().getValue()
							: code(component.getCode(), "antigen");
				}
				else if ("sites-per-cell".equals(kind)) {
					sites = component.getValueQuantity().getValue().doubleValue();
				}
			}
			if (antigen == null) {
				throw new ImportRefusal("antigen expression needs the antigen");
			}
			this.markers.add(new MarkerResult(antigen, observation.getValueQuantity().getValue().doubleValue(), sites,
					observation.getMethod().getText(),
					(observation.getEffective() instanceof BaseDateTimeType when && when.getValue() != null)
							? localDate(when) : null,
					string(observation, "sample")));
		}

		private void drugResponse(Observation observation) {
			String drug = null;
			DrugResponse.Assay assay = DrugResponse.Assay.DRP;
			String metric = null;
			Double value = null;
			String unit = null;
			Double percentile = null;
			boolean qc = true;
			for (Observation.ObservationComponentComponent component : observation.getComponent()) {
				switch (String.valueOf(kind(component.getCode()))) {
					case "drug" -> drug = component.getValueStringType().getValue();
					case "assay" ->
						assay = DrugResponse.Assay.valueOf(code(component.getValueCodeableConcept(), "assay"));
					case "metric" -> metric = component.getValueStringType().getValue();
					case "value" -> {
						value = component.getValueQuantity().getValue().doubleValue();
						unit = component.getValueQuantity().getUnit();
					}
					case "percentile" -> percentile = component.getValueQuantity().getValue().doubleValue();
					case "qc-passed" -> qc = component.getValueBooleanType().booleanValue();
					default -> {
						// Other components are not part of the board's record.
					}
				}
			}
			String call = code(observation.getValueCodeableConcept(), "drug-response-call");
			if (drug == null || call == null) {
				throw new ImportRefusal("a drug response needs the drug and the laboratory's call");
			}
			this.drugResponses.add(new DrugResponse(drug, assay, metric, value, unit, percentile,
					DrugResponse.Call.valueOf(call), qc));
		}

		private void medication(MedicationStatement statement) {
			String kind = code(statement.getCategory(), "treatment-kind");
			List<String> agents = agents(statement.getMedicationCodeableConcept().getText());
			Period period = statement.getEffectivePeriod();
			this.history.add(new TreatmentLine(
					(kind != null) ? TreatmentLine.Kind.valueOf(kind) : TreatmentLine.Kind.CHEMOTHERAPY, agents,
					start(period), end(period), response(statement), null, toxicities(statement),
					statement.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE));
			this.mapped.add("Treatment line " + String.join(", ", agents));
		}

		private void procedure(Procedure procedure) {
			String kind = code(procedure.getCode(), "treatment-kind");
			if (kind == null && has(procedure.getCode(), Codes.SNOMED, Codes.HSCT)) {
				kind = "HSCT";
			}
			if (kind == null) {
				this.ignored.add("Procedure: not a treatment line of the board");
				return;
			}
			Period period = procedure.getPerformedPeriod();
			String antigen = string(procedure, "target-antigen");
			this.history.add(new TreatmentLine(TreatmentLine.Kind.valueOf(kind),
					procedure.hasUsedCode() ? agents(procedure.getUsedCodeFirstRep().getText()) : List.of(),
					start(period), end(period), response(procedure), antigen, toxicities(procedure),
					procedure.getStatus() == Procedure.ProcedureStatus.INPROGRESS));
			this.mapped.add("Treatment line " + kind);
		}

		private Situation situation(Condition condition) {
			List<Situation.EarlierRelapse> earlier = new ArrayList<>();
			for (org.hl7.fhir.r4.model.Extension relapse : condition
				.getExtensionsByUrl(Codes.EXTENSION + "earlier-relapse")) {
				org.hl7.fhir.r4.model.Extension date = relapse.getExtensionByUrl("date");
				org.hl7.fhir.r4.model.Extension site = relapse.getExtensionByUrl("site");
				earlier.add(new Situation.EarlierRelapse(
						(date != null && date.getValue() instanceof BaseDateTimeType value && value.getValue() != null)
								? localDate(value) : null,
						(site != null && site.getValue() instanceof PrimitiveType<?> code)
								? RelapseSite.valueOf(code.getValueAsString()) : null));
			}
			String refractoriness = string(condition, "refractoriness");
			Situation situation = new Situation(Boolean.TRUE.equals(bool(condition, "relapse-on-therapy")),
					Boolean.TRUE.equals(bool(condition, "molecular-relapse")),
					(refractoriness != null) ? Situation.Refractoriness.valueOf(refractoriness) : null,
					codes(condition, "extramedullary-involvement", Situation.ExtramedullarySite::valueOf),
					codes(condition, "cytogenetics", Situation.Cytogenetics::valueOf),
					codes(condition, "mpal-lineage", Situation.MpalLineage::valueOf), earlier);
			if (situation.recorded()) {
				this.mapped.add("Disease course (relapse on therapy, molecular relapse, refractoriness, "
						+ "extramedullary sites, karyotype, MPAL lineages, earlier relapses)");
			}
			return situation;
		}

		private static <E> List<E> codes(DomainResource resource, String name,
				java.util.function.Function<String, E> parse) {
			return resource.getExtensionsByUrl(Codes.EXTENSION + name)
				.stream()
				.filter((extension) -> extension.getValue() instanceof PrimitiveType<?>)
				.map((extension) -> parse.apply(((PrimitiveType<?>) extension.getValue()).getValueAsString()))
				.toList();
		}

		private static TreatmentLine.@Nullable Response response(DomainResource resource) {
			String code = string(resource, "best-response");
			return (code != null) ? TreatmentLine.Response.valueOf(code) : null;
		}

		private static List<String> toxicities(DomainResource resource) {
			return resource.getExtensionsByUrl(Codes.EXTENSION + "severe-toxicity").stream().map((e) -> {
				if (e.getValue() instanceof PrimitiveType<?> value) {
					return value.getValueAsString();
				}
				if (e.getValue() instanceof CodeableConcept concept && concept.hasCoding()) {
					return concept.getCodingFirstRep().getCode();
				}
				throw new ImportRefusal("a severe toxicity needs a code");
			}).toList();
		}

		private static List<String> agents(@Nullable String text) {
			return (text == null || text.isBlank()) ? List.of()
					: Arrays.stream(text.split("[,;]"))
						.map(String::strip)
						.filter((a) -> !a.isEmpty())
						.map((a) -> a.toLowerCase(Locale.ROOT))
						.toList();
		}

		private static @Nullable LocalDate start(Period period) {
			return period.hasStart() ? localDate(period.getStartElement()) : null;
		}

		private static @Nullable LocalDate end(Period period) {
			return period.hasEnd() ? localDate(period.getEndElement()) : null;
		}

		private static LocalDate localDate(BaseDateTimeType value) {
			return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
		}

		private static @Nullable Type extension(DomainResource resource, String name) {
			Extension extension = resource.getExtensionByUrl(Codes.EXTENSION + name);
			return (extension != null) ? extension.getValue() : null;
		}

		private static @Nullable Integer integer(DomainResource resource, String name) {
			return (extension(resource, name) instanceof PrimitiveType<?> value)
					? Integer.valueOf(value.getValueAsString()) : null;
		}

		private static @Nullable Boolean bool(DomainResource resource, String name) {
			return (extension(resource, name) instanceof BooleanType value) ? value.booleanValue() : null;
		}

		private static @Nullable String string(DomainResource resource, String name) {
			return (extension(resource, name) instanceof PrimitiveType<?> value) ? value.getValueAsString() : null;
		}

		private static @Nullable LocalDate date(DomainResource resource, String name) {
			return (extension(resource, name) instanceof BaseDateTimeType value && value.getValue() != null)
					? localDate(value) : null;
		}

		/** The code of the concept in one of the board's code systems. */
		private static @Nullable String code(CodeableConcept concept, String system) {
			for (Coding coding : concept.getCoding()) {
				if ((Codes.CODE_SYSTEM + system).equals(coding.getSystem())) {
					return coding.getCode();
				}
			}
			return null;
		}

		/**
		 * Which of the board's code systems the concept is coded in: the kind of result.
		 */
		private static @Nullable String kind(CodeableConcept concept) {
			for (Coding coding : concept.getCoding()) {
				if (coding.getSystem() != null && coding.getSystem().startsWith(Codes.CODE_SYSTEM)) {
					return coding.getSystem().substring(Codes.CODE_SYSTEM.length());
				}
			}
			return null;
		}

		private static boolean has(CodeableConcept concept, String system, String code) {
			return concept.getCoding()
				.stream()
				.anyMatch((c) -> system.equals(c.getSystem()) && code.equals(c.getCode()));
		}

		private static String text(CodeableConcept concept) {
			return concept.hasText() ? concept.getText()
					: concept.getCoding().stream().map(Coding::getCode).findFirst().orElse("(no code)");
		}

	}

}
