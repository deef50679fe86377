package org.targetboard.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.HgncIds;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * Exports a case as a FHIR R4 Bundle of type collection (domain.md 7). Resources refer to
 * each other by relative references ({@code Patient/{case id}-0}), full URLs under the
 * board's base; the Patient carries the pseudonym as its only identifier and no name,
 * birth date or address. Deterministic for the same case: the resource ids derive from
 * the case's id.
 */
public final class CaseBundles {

	private static final FhirContext CONTEXT = FhirContext.forR4Cached();

	private CaseBundles() {
	}

	/** The (expensive, thread-safe) FHIR context shared by export and import. */
	public static FhirContext context() {
		return CONTEXT;
	}

	/**
	 * The case as a Bundle; genes are coded by the HGNC ids of the knowledge base
	 * ({@code genes}), as the Genomics Reporting IG asks.
	 */
	public static Bundle export(FhirCase c, HgncIds genes) {
		Ids ids = new Ids(c.boardCase().id().value());
		CaseIntake intake = c.intake();
		Bundle bundle = new Bundle();
		bundle.setId(c.boardCase().id().toString());
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(c.boardCase().updatedAt()));
		bundle.getIdentifier().setSystem(Codes.PSEUDONYM).setValue(c.boardCase().pseudonym().toString());

		Patient patient = new Patient();
		patient.getMeta().addProfile(Codes.PATIENT_PROFILE);
		patient.addIdentifier().setSystem(Codes.PSEUDONYM).setValue(c.boardCase().pseudonym().toString());
		String patientUrl = add(bundle, ids, patient);
		Reference subject = new Reference(patientUrl);

		Condition condition = new Condition();
		condition.getMeta().addProfile(Codes.RELAPSE_PROFILE);
		condition.setSubject(subject);
		condition.getClinicalStatus()
			.addCoding(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "relapse", "Relapse"));
		condition.getCategory()
			.add(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
					"encounter-diagnosis", "Encounter Diagnosis")));
		if (intake.diagnosis() != null) {
			condition.setCode(local("diagnosis", intake.diagnosis().name()));
		}
		if (intake.diagnosisDate() != null) {
			condition.setOnset(
					new DateTimeType(date(intake.diagnosisDate()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
		}
		extension(condition, "relapse-number",
				(intake.relapseNumber() != null) ? new IntegerType(intake.relapseNumber()) : null);
		extension(condition, "refractory", new BooleanType(intake.refractory()));
		extension(condition, "relapse-date", dateType(intake.relapseDate()));
		extension(condition, "frontline-end-date", dateType(intake.frontlineEndDate()));
		extension(condition, "relapse-site", (intake.site() != null) ? new CodeType(intake.site().name()) : null);
		extension(condition, "intent", (intake.intent() != null) ? new CodeType(intake.intent().name()) : null);
		extension(condition, "no-standard-of-care", new BooleanType(intake.noStandardOfCare()));
		extension(condition, "extramedullary-site",
				(intake.extramedullarySite() != null) ? new StringType(intake.extramedullarySite()) : null);
		situation(condition, intake.situation());
		if (c.riskGroup() != null && c.riskGroup().bfmGroup() != null) {
			condition.addStage().setSummary(local("risk-group", c.riskGroup().bfmGroup()));
		}
		String conditionUrl = add(bundle, ids, condition);

		if (intake.ageYears() != null) {
			int months = intake.ageYears() * 12 + ((intake.ageMonths() != null) ? intake.ageMonths() : 0);
			add(bundle, ids, quantity(subject, loinc(Codes.AGE, "Age"), months, "mo", "mo"));
		}
		if (intake.ageAtDiagnosisYears() != null) {
			add(bundle, ids, quantity(subject, local("age-at-diagnosis", "age-at-diagnosis"),
					intake.ageAtDiagnosisYears(), "a", "a"));
		}
		if (intake.marrowBlastsPercent() != null) {
			add(bundle, ids,
					quantity(subject, local("marrow-blasts", "marrow-blasts"), intake.marrowBlastsPercent(), "%", "%"));
		}
		if (intake.mrdAtRelapse() != null) {
			Observation mrd = observation(subject, local("mrd-at-relapse", "mrd-at-relapse"), "laboratory");
			mrd.setValue(new StringType(intake.mrdAtRelapse().toString()));
			if (intake.mrdMethod() != null) {
				mrd.getMethod().setText(intake.mrdMethod());
			}
			add(bundle, ids, mrd);
		}
		if (intake.mrdEndOfInduction() != null) {
			add(bundle, ids, quantity(subject, local("mrd-end-of-induction", "mrd-end-of-induction"),
					intake.mrdEndOfInduction(), "fraction", "1"));
		}
		if (intake.endOfInductionMarrow() != null) {
			Observation marrow = observation(subject, local("end-of-induction-marrow", "end-of-induction-marrow"),
					"laboratory");
			marrow.setValue(local("marrow-status", intake.endOfInductionMarrow().name()));
			add(bundle, ids, marrow);
		}
		if (intake.performanceStatus() != null && intake.performanceScale() != null) {
			Observation performance = quantity(subject,
					local("performance-" + intake.performanceScale().name().toLowerCase(Locale.ROOT),
							intake.performanceScale().name()),
					intake.performanceStatus(), "{score}", "{score}");
			performance.getCategory().clear();
			performance.addCategory(category("survey"));
			add(bundle, ids, performance);
		}
		for (MolecularLesion lesion : intake.lesions()) {
			add(bundle, ids, variant(subject, conditionUrl, lesion, genes));
		}
		for (MarkerResult marker : intake.markers()) {
			Observation observation = quantity(subject, local("antigen-expression", "antigen-expression"),
					marker.percentPositive(), "%", "%");
			observation.addComponent()
				.setCode(local("antigen", marker.marker()))
				.setValue(new StringType(marker.marker()));
			if (marker.sitesPerCell() != null) {
				observation.addComponent()
					.setCode(local("sites-per-cell", "sites-per-cell"))
					.setValue(new Quantity().setValue(decimal(marker.sitesPerCell())).setUnit("/cell"));
			}
			if (marker.method() != null) {
				observation.getMethod().setText(marker.method());
			}
			extension(observation, "sample", (marker.sample() != null) ? new StringType(marker.sample()) : null);
			if (marker.date() != null) {
				observation.setEffective(
						new DateTimeType(date(marker.date()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
			}
			add(bundle, ids, observation);
		}
		for (DrugResponse response : intake.drugResponses()) {
			Observation observation = observation(subject, local("drug-response", "drug-response"), "laboratory");
			observation.setValue(local("drug-response-call", response.call().name()));
			observation.addComponent().setCode(local("drug", "drug")).setValue(new StringType(response.drug()));
			observation.addComponent()
				.setCode(local("assay", "assay"))
				.setValue(local("assay", response.assay().name()));
			if (response.metric() != null) {
				observation.addComponent()
					.setCode(local("metric", "metric"))
					.setValue(new StringType(response.metric()));
			}
			if (response.value() != null) {
				Quantity value = new Quantity().setValue(decimal(response.value()));
				if (response.unit() != null) {
					value.setUnit(response.unit());
				}
				observation.addComponent().setCode(local("value", "value")).setValue(value);
			}
			if (response.percentile() != null) {
				observation.addComponent()
					.setCode(local("percentile", "percentile"))
					.setValue(new Quantity().setValue(decimal(response.percentile())).setUnit("%"));
			}
			observation.addComponent()
				.setCode(local("qc-passed", "qc-passed"))
				.setValue(new BooleanType(response.qcPassed()));
			add(bundle, ids, observation);
		}
		for (var dependency : intake.bh3Dependencies()) {
			Observation observation = observation(subject, local("bh3-dependency", "bh3-dependency"), "laboratory");
			observation.setValue(local("bh3-dependency", dependency.name()));
			add(bundle, ids, observation);
		}
		for (TreatmentLine line : intake.history()) {
			add(bundle, ids, treatment(subject, line));
		}
		if (c.consent() != null) {
			add(bundle, ids, consent(subject, c.consent(), "patient-privacy", c.consent().discussion()));
			add(bundle, ids, consent(subject, c.consent(), "research", c.consent().registry()));
		}
		boolean newest = true;
		for (Advice advice : c.advice()) {
			addAdvice(bundle, ids, subject, conditionUrl, advice, newest);
			newest = false;
		}
		for (FollowUpReport report : c.followUps()) {
			add(bundle, ids, followUp(subject, report));
		}
		return bundle;
	}

	/** The Bundle as FHIR JSON. */
	public static String json(Bundle bundle) {
		return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
	}

	private static Observation variant(Reference subject, String conditionUrl, MolecularLesion lesion, HgncIds genes) {
		Observation variant = observation(subject, loinc(Codes.VARIANT, "Genetic variant assessment"), "laboratory");
		// Genomics Reporting IG 3.0.0 Variant: laboratory and genetics categories.
		variant.getMeta().addProfile(Codes.GR_VARIANT);
		variant.addCategory(new CodeableConcept(new Coding(Codes.V2_0074, "GE", "Genetics")));
		variant.setValue(new CodeableConcept(new Coding(Codes.LOINC, "LA9633-4", "Present")));
		variant.addComponent()
			.setCode(loinc(Codes.GENE_STUDIED, "Gene studied [ID]"))
			.setValue(gene(lesion.gene(), genes));
		if (lesion.partner() != null) {
			variant.addComponent()
				.setCode(loinc(Codes.GENE_STUDIED, "Gene studied [ID]"))
				.setValue(gene(lesion.partner(), genes));
		}
		variant.addComponent()
			.setCode(loinc(Codes.DNA_CHANGE_TYPE, "DNA change type"))
			.setValue(new CodeableConcept(changeType(lesion.type())).setText(lesion.type().name()));
		if (lesion.proteinChange() != null) {
			// ITD and PTD are clinical names, not HGVS: text only, never an HGVS code.
			variant.addComponent()
				.setCode(loinc(Codes.PROTEIN_HGVS, "Amino acid change (pHGVS)"))
				.setValue(
						lesion.hgvs()
								? new CodeableConcept(new Coding(Codes.HGVS, lesion.proteinChange(), null))
									.setText(lesion.proteinChange())
								: new CodeableConcept().setText(lesion.proteinChange()));
			if (lesion.proteinChange().contains("fs")) {
				// The consequence a frameshift has, beside the unspecified change type.
				variant.addComponent()
					.setCode(loinc(Codes.MOLECULAR_CONSEQUENCE, "Molecular consequence"))
					.setValue(new CodeableConcept(
							new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:0001589", "frameshift_variant")));
			}
		}
		if (lesion.vaf() != null) {
			variant.addComponent()
				.setCode(loinc(Codes.SAMPLE_VAF, "Sample variant allelic frequency [NFr]"))
				.setValue(new Quantity().setValue(decimal(lesion.vaf()))
					.setSystem(Codes.UCUM)
					.setCode("1")
					.setUnit("relative frequency"));
		}
		variant.addComponent()
			.setCode(loinc(Codes.GENOMIC_SOURCE, "Genomic source class [Type]"))
			.setValue(lesion.germline() ? new CodeableConcept(new Coding(Codes.LOINC, "LA6683-2", "Germline"))
					: new CodeableConcept(new Coding(Codes.LOINC, "LA6684-0", "Somatic")));
		if (lesion.assay() != null) {
			variant.getMethod().setText(lesion.assay());
		}
		variant.addFocus(new Reference(conditionUrl));
		return variant;
	}

	private static Coding changeType(MolecularLesion.Type type) {
		return switch (type) {
			// A small variant of unknown kind (substitution, insertion, deletion or
			// frameshift):
			// only the general term is true of all of them.
			case SNV_INDEL -> new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:0001059", "sequence_alteration");
			case FUSION -> new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:0001565", "gene_fusion");
			case AMPLIFICATION -> new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:0001742", "copy_number_gain");
			// A deleted gene (IKZF1, CDKN2A): a copy-number loss; SO deletion would also
			// name a small deletion.
			case DELETION -> new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:0001743", "copy_number_loss");
			case REARRANGEMENT -> new Coding(Codes.SEQUENCE_ONTOLOGY, "SO:1000183", "chromosome_structure_variation");
			case EXPRESSION_OUTLIER -> new Coding(Codes.CODE_SYSTEM + "lesion-type", type.name(), "expression outlier");
		};
	}

	/** The disease course as extensions of the relapse (board-relapse profile). */
	private static void situation(Condition condition, Situation situation) {
		if (situation.relapseOnTherapy()) {
			extension(condition, "relapse-on-therapy", new BooleanType(true));
		}
		if (situation.molecularRelapse()) {
			extension(condition, "molecular-relapse", new BooleanType(true));
		}
		extension(condition, "refractoriness",
				(situation.refractoriness() != null) ? new CodeType(situation.refractoriness().name()) : null);
		situation.extramedullarySites()
			.forEach((site) -> extension(condition, "extramedullary-involvement", new CodeType(site.name())));
		situation.cytogenetics().forEach((group) -> extension(condition, "cytogenetics", new CodeType(group.name())));
		situation.mpalLineages()
			.forEach((lineage) -> extension(condition, "mpal-lineage", new CodeType(lineage.name())));
		for (Situation.EarlierRelapse relapse : situation.earlierRelapses()) {
			org.hl7.fhir.r4.model.Extension earlier = condition.addExtension()
				.setUrl(Codes.EXTENSION + "earlier-relapse");
			if (relapse.date() != null) {
				earlier.addExtension("date", dateType(relapse.date()));
			}
			if (relapse.site() != null) {
				earlier.addExtension("site", new CodeType(relapse.site().name()));
			}
		}
	}

	private static DomainResource treatment(Reference subject, TreatmentLine line) {
		DomainResource resource;
		if (line.kind() == TreatmentLine.Kind.HSCT || line.kind() == TreatmentLine.Kind.CAR_T) {
			Procedure procedure = new Procedure();
			procedure
				.setStatus(line.ongoing() ? Procedure.ProcedureStatus.INPROGRESS : Procedure.ProcedureStatus.COMPLETED);
			procedure.setSubject(subject);
			procedure.setCode((line.kind() == TreatmentLine.Kind.HSCT)
					? new CodeableConcept(new Coding(Codes.SNOMED, Codes.HSCT, "Hemopoietic stem cell transplant"))
						.addCoding(localCoding("treatment-kind", line.kind().name()))
					: local("treatment-kind", line.kind().name()).setText("CAR-T cell therapy"));
			procedure.setPerformed(period(line.start(), line.end()));
			if (!line.agents().isEmpty()) {
				procedure.addUsedCode().setText(String.join(", ", line.agents()));
			}
			extension(procedure, "target-antigen",
					(line.targetAntigen() != null) ? new StringType(line.targetAntigen()) : null);
			resource = procedure;
		}
		else {
			MedicationStatement statement = new MedicationStatement();
			statement.setStatus(line.ongoing() ? MedicationStatement.MedicationStatementStatus.ACTIVE
					: MedicationStatement.MedicationStatementStatus.COMPLETED);
			statement.setSubject(subject);
			statement.setCategory(local("treatment-kind", line.kind().name()));
			CodeableConcept medication = new CodeableConcept().setText(String.join(", ", line.agents()));
			statement.setMedication(medication);
			statement.setEffective(period(line.start(), line.end()));
			resource = statement;
		}
		extension(resource, "best-response",
				(line.bestResponse() != null) ? new CodeType(line.bestResponse().name()) : null);
		for (String toxicity : line.severeToxicities()) {
			extension(resource, "severe-toxicity", new CodeType(toxicity));
		}
		return resource;
	}

	private static Consent consent(Reference subject, org.targetboard.core.consent.Consent consent, String scope,
			boolean given) {
		Consent resource = new Consent();
		boolean withdrawn = consent.withdrawal() != null
				&& (consent.withdrawal().scope() == org.targetboard.core.consent.WithdrawalScope.ALL
						|| "research".equals(scope));
		resource.setStatus(!given ? Consent.ConsentState.REJECTED
				: withdrawn ? Consent.ConsentState.INACTIVE : Consent.ConsentState.ACTIVE);
		resource.setScope(new CodeableConcept(
				new Coding(Codes.CONSENT_SCOPE, scope, "research".equals(scope) ? "Research" : "Privacy Consent")));
		resource.addCategory(loinc(Codes.PATIENT_CONSENT, "Patient Consent"));
		resource.setPatient(subject);
		resource.setDateTime(date(consent.date()));
		resource.addPolicy().setUri(Codes.BASE + "consent-form/" + consent.formVersion().replace(' ', '_'));
		resource.getProvision()
			.setType(given ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
		if (consent.withdrawal() != null) {
			resource.getProvision().setPeriod(new Period().setEnd(date(consent.withdrawal().date())));
		}
		extension(resource, "child-assent", new BooleanType(consent.childAssent()));
		return resource;
	}

	private static void addAdvice(Bundle bundle, Ids ids, Reference subject, String conditionUrl, Advice advice,
			boolean newest) {
		CarePlan plan = new CarePlan();
		plan.setStatus(newest ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.setSubject(subject);
		plan.addAddresses(new Reference(conditionUrl));
		plan.setTitle("Target board advice, version " + advice.versionNumber());
		plan.addIdentifier().setSystem(Codes.BASE + "advice-document").setValue(advice.documentId());
		if (advice.issuedAt() != null) {
			plan.setCreated(Date.from(advice.issuedAt()));
		}
		// The plan holds from the day the board gave the advice, which lies before its
		// creation here for advice registered retrospectively.
		if (advice.advisedOn() != null) {
			plan.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(advice.advisedOn().toString()));
		}
		if (advice.draft().summary() != null) {
			plan.setDescription(advice.draft().summary());
		}
		extension(plan, "panel-override",
				(advice.draft().overrideReason() != null) ? new StringType(advice.draft().overrideReason()) : null);
		extension(plan, "amendment-reason",
				(advice.amendmentReason() != null) ? new StringType(advice.amendmentReason()) : null);
		int priority = 1;
		java.util.Map<Integer, Integer> componentCounts = new java.util.HashMap<>();
		int position = 1;
		for (AdviceOption option : advice.options()) {
			componentCounts.merge((option.recommendation() != null) ? option.recommendation() : position, 1,
					Integer::sum);
			position++;
		}
		java.util.Map<Integer, RequestGroup> groups = new java.util.LinkedHashMap<>();
		for (AdviceOption option : advice.options()) {
			DomainResource request = (option.type() == AdviceOptionType.TRIAL)
					? trialRequest(bundle, ids, subject, conditionUrl, option)
					: drugLike(option.type()) ? medicationRequest(subject, option) : serviceRequest(subject, option);
			extension(request, "recommendation-priority", new PositiveIntType(priority++));
			// Components of one recommendation share its number: given together.
			extension(request, "recommendation-number",
					(option.recommendation() != null) ? new PositiveIntType(option.recommendation()) : null);
			if (option.evidence() != null) {
				extension(request, "evidence-grade",
						new CodeableConcept(new Coding(Codes.EVIDENCE, option.evidence().level().code(), null))
							.setText(option.evidence().dnpm()));
			}
			extension(request, "option-type", new CodeType(option.type().name()));
			extension(request, "rationale", new StringType(option.rationale()));
			String url = add(bundle, ids, request);
			int number = (option.recommendation() != null) ? option.recommendation() : priority - 1;
			if (componentCounts.getOrDefault(number, 1) == 1) {
				plan.addActivity().setReference(new Reference(url));
			}
			else {
				// Components given together are one RequestGroup: all of them, as one
				// activity of the plan.
				// The group stands in the plan where its first component does.
				RequestGroup group = groups.computeIfAbsent(number, (n) -> {
					RequestGroup created = new RequestGroup();
					created.setStatus(newest ? RequestGroup.RequestStatus.ACTIVE : RequestGroup.RequestStatus.REVOKED);
					created.setIntent(RequestGroup.RequestIntent.PROPOSAL);
					created.setSubject(subject);
					created.addAction()
						.setTitle("Recommendation " + n)
						.setSelectionBehavior(RequestGroup.ActionSelectionBehavior.ALL)
						.setGroupingBehavior(RequestGroup.ActionGroupingBehavior.LOGICALGROUP);
					plan.addActivity().setReference(new Reference(add(bundle, ids, created)));
					return created;
				});
				group.getActionFirstRep().addAction().setTitle(option.label()).setResource(new Reference(url));
			}
		}
		for (Referral referral : advice.draft().referrals()) {
			plan.addActivity().setReference(new Reference(add(bundle, ids, referral(subject, referral))));
		}
		add(bundle, ids, plan);
	}

	/**
	 * A referral as a ServiceRequest: SNOMED CT 3457005 Patient referral for the patient,
	 * the board's code for a sample; the purpose as reason, the centre or laboratory as
	 * the performer, named.
	 */
	private static ServiceRequest referral(Reference subject, Referral referral) {
		ServiceRequest request = new ServiceRequest();
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
		request.setSubject(subject);
		CodeableConcept code = local("referral-subject", String.valueOf(referral.subject()));
		if (referral.subject() == Referral.Subject.PATIENT) {
			code.addCoding(new Coding(Codes.SNOMED, "3457005", "Patient referral"));
		}
		request.setCode(code);
		request.addReasonCode(local("referral-purpose", String.valueOf(referral.purpose())));
		request.addPerformer().setDisplay(referral.destination());
		if (referral.note() != null) {
			request.addNote().setText(referral.note());
		}
		return request;
	}

	private static boolean drugLike(AdviceOptionType type) {
		return type == AdviceOptionType.OFF_LABEL_TARGETED || type == AdviceOptionType.COMPASSIONATE_USE
				|| type == AdviceOptionType.IMMUNOTHERAPY || type == AdviceOptionType.CHEMOTHERAPY_REGIMEN;
	}

	private static MedicationRequest medicationRequest(Reference subject, AdviceOption option) {
		MedicationRequest request = new MedicationRequest();
		request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
		request.setIntent(MedicationRequest.MedicationRequestIntent.PROPOSAL);
		request.setSubject(subject);
		request.setMedication(new CodeableConcept().setText(option.label()));
		return request;
	}

	private static ServiceRequest serviceRequest(Reference subject, AdviceOption option) {
		ServiceRequest request = new ServiceRequest();
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
		request.setSubject(subject);
		request.setCode(
				new CodeableConcept(localCoding("advice-option-type", option.type().name())).setText(option.label()));
		return request;
	}

	private static ServiceRequest trialRequest(Bundle bundle, Ids ids, Reference subject, String conditionUrl,
			AdviceOption option) {
		ResearchStudy study = new ResearchStudy();
		study.setStatus(ResearchStudy.ResearchStudyStatus.ACTIVE);
		study.setTitle(option.label());
		if (option.trialId() != null && !option.trialNumberToBeConfirmed()) {
			study.addIdentifier()
				.setSystem(option.trialId().startsWith("NCT") ? "https://clinicaltrials.gov"
						: "https://euclinicaltrials.eu")
				.setValue(option.trialId());
		}
		if (option.trialArm() != null) {
			study.addArm().setName(option.trialArm());
		}
		String studyUrl = add(bundle, ids, study);
		ServiceRequest request = new ServiceRequest();
		request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
		request.setSubject(subject);
		request.addCategory(new CodeableConcept(new Coding(Codes.SNOMED, Codes.CLINICAL_TRIAL, "Clinical trial")));
		request.setCode(
				new CodeableConcept(new Coding(Codes.SNOMED, Codes.TRIAL_ENROLMENT, "Enrollment in clinical trial"))
					.setText(option.label()));
		request.addSupportingInfo(new Reference(studyUrl));
		request.addReasonReference(new Reference(conditionUrl));
		if (option.trialSites() != null) {
			request.addNote().setText("Sites in the patient's country: " + option.trialSites());
		}
		return request;
	}

	private static Observation followUp(Reference subject, FollowUpReport report) {
		Observation observation = observation(subject, local("follow-up", "follow-up"), "survey");
		observation
			.setEffective(new DateTimeType(date(report.dueDate()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
		component(observation, "advice-followed",
				(report.adviceFollowed() != null) ? report.adviceFollowed().name() : null);
		component(observation, "therapy-given", (report.therapyGiven() != null) ? report.therapyGiven().name() : null);
		component(observation, "response-cycle-1", (report.response() != null) ? report.response().name() : null);
		component(observation, "reason", (report.reason() != null) ? report.reason().name() : null);
		component(observation, "vital-status", report.alive() ? "ALIVE" : "DEAD");
		if (report.therapyStart() != null) {
			observation.addComponent()
				.setCode(local("therapy-start", "therapy-start"))
				.setValue(dateTime(report.therapyStart()));
		}
		if (report.lastContact() != null) {
			observation.addComponent()
				.setCode(local("last-contact", "last-contact"))
				.setValue(dateTime(report.lastContact()));
		}
		if (report.deathDate() != null) {
			observation.addComponent()
				.setCode(local("death-date", "death-date"))
				.setValue(dateTime(report.deathDate()));
		}
		return observation;
	}

	private static void component(Observation observation, String code, @Nullable String value) {
		if (value != null) {
			observation.addComponent().setCode(local(code, code)).setValue(local(code, value));
		}
	}

	private static Observation quantity(Reference subject, CodeableConcept code, double value, String unit,
			String ucum) {
		Observation observation = observation(subject, code, "laboratory");
		observation.setValue(new Quantity().setValue(decimal(value)).setUnit(unit).setSystem(Codes.UCUM).setCode(ucum));
		return observation;
	}

	// Values as entered: a fraction computed from a percentage (0.06 from 6 %) must not
	// carry floating-point noise such as 0.060000000000000005.
	private static BigDecimal decimal(double value) {
		BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0) : rounded;
	}

	private static Observation observation(Reference subject, CodeableConcept code, String category) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(category(category));
		observation.setCode(code);
		observation.setSubject(subject);
		return observation;
	}

	private static CodeableConcept category(String code) {
		return new CodeableConcept(new Coding(Codes.OBSERVATION_CATEGORY, code, null));
	}

	// A gene the knowledge base does not know keeps its symbol as text: no private code
	// system.
	private static CodeableConcept gene(String symbol, HgncIds genes) {
		CodeableConcept gene = new CodeableConcept().setText(symbol);
		genes.id(symbol).ifPresent((id) -> gene.addCoding(new Coding(Codes.HGNC, id, symbol)));
		return gene;
	}

	static CodeableConcept loinc(String code, String display) {
		return new CodeableConcept(new Coding(Codes.LOINC, code, display));
	}

	static CodeableConcept local(String system, String code) {
		return new CodeableConcept(localCoding(system, code));
	}

	static Coding localCoding(String system, String code) {
		return new Coding(Codes.CODE_SYSTEM + system, code, null);
	}

	private static void extension(DomainResource resource, String name, org.hl7.fhir.r4.model.@Nullable Type value) {
		if (value != null) {
			resource.addExtension(Codes.EXTENSION + name, value);
		}
	}

	private static @Nullable DateType dateType(@Nullable LocalDate date) {
		return (date != null) ? new DateType(date.toString()) : null;
	}

	private static DateTimeType dateTime(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	private static Period period(@Nullable LocalDate start, @Nullable LocalDate end) {
		Period period = new Period();
		if (start != null) {
			period.setStartElement(new DateTimeType(start.toString()));
		}
		if (end != null) {
			period.setEndElement(new DateTimeType(end.toString()));
		}
		return period;
	}

	private static Date date(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	// Entries are addressed as the board's FHIR API serves them (GET /fhir/{type}/{id}),
	// and reference each other relatively, so references in a Bundle and in bulk NDJSON
	// resolve on any installation.
	private static String add(Bundle bundle, Ids ids, Resource resource) {
		String id = ids.next();
		resource.setId(id);
		String relative = resource.fhirType() + "/" + id;
		bundle.addEntry().setFullUrl(Codes.BASE + relative).setResource(resource);
		return relative;
	}

	/**
	 * The case a resource id of an exported Bundle belongs to, or {@code null} when the
	 * id is not one the board gives.
	 */
	public static @Nullable UUID caseOf(String resourceId) {
		if (!resourceId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9]{1,4}")) {
			return null;
		}
		return UUID.fromString(resourceId.substring(0, 36));
	}

	/** Resource ids derived from the case id, so that one case always exports alike. */
	private static final class Ids {

		private final UUID base;

		private int next;

		Ids(UUID base) {
			this.base = base;
		}

		// The case's id and the entry's number: stable for the same case, and the case
		// can
		// be found from the id.
		String next() {
			return this.base + "-" + this.next++;
		}

	}

}
