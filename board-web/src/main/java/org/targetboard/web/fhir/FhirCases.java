package org.targetboard.web.fhir;

import java.util.Arrays;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.fhir.BundleImport;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.fhir.FhirCase;
import org.targetboard.fhir.ImportResult;
import org.targetboard.fhir.InvalidBundleException;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.followup.FollowUpRegistry;
import org.targetboard.registry.followup.StoredFollowUp;

/**
 * Brings a case's parts together for its Bundle, and creates drafts from Bundles.
 */
@Component
class FhirCases {

	private final CaseRegistry cases;

	private final AdviceRegistry advice;

	private final FollowUpRegistry followUps;

	private final AuditLog audit;

	private final KnowledgeBase knowledgeBase;

	FhirCases(CaseRegistry cases, AdviceRegistry advice, FollowUpRegistry followUps, AuditLog audit,
			KnowledgeBase knowledgeBase) {
		this.cases = cases;
		this.advice = advice;
		this.followUps = followUps;
		this.audit = audit;
		this.knowledgeBase = knowledgeBase;
	}

	/** The case's Bundle as FHIR JSON; the read and the export are audited. */
	@Transactional
	String bundle(Viewer viewer, PublicCaseId id) {
		String json = CaseBundles.json(CaseBundles.export(fhirCase(viewer, id), this.knowledgeBase.hgncIds()));
		this.audit.recordForCase(viewer.username(), AuditAction.EXPORT, id, "FHIR Bundle");
		return json;
	}

	/**
	 * One resource of the case's Bundle, as {@code GET /fhir/{type}/{id}} serves it; the
	 * read is audited.
	 * @throws CaseNotFoundException if the case is not the viewer's to read or has no
	 * such resource
	 */
	@Transactional
	Resource resource(Viewer viewer, PublicCaseId caseId, String type, String id) {
		Resource resource = CaseBundles.export(fhirCase(viewer, caseId), this.knowledgeBase.hgncIds())
			.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter((r) -> r.fhirType().equals(type) && id.equals(r.getIdPart()))
			.findFirst()
			.orElseThrow(CaseNotFoundException::new);
		this.audit.recordForCase(viewer.username(), AuditAction.EXPORT, caseId, "FHIR " + type);
		return resource;
	}

	/** The case's parts, read as the viewer (the read is audited). */
	FhirCase fhirCase(Viewer viewer, PublicCaseId id) {
		CaseRecord record = this.cases.read(viewer, id);
		List<Advice> issued = this.advice.versions(viewer, id).stream().filter(Advice::isIssued).toList();
		return new FhirCase(record.boardCase(), record.intake(), record.consent(), record.riskGroup(), issued,
				this.followUps.reports(viewer, id).stream().map(StoredFollowUp::report).toList());
	}

	/**
	 * The case's Bundle for a bulk export, read as the viewer without one audit row per
	 * case: the export is audited once as a whole.
	 */
	@Transactional(readOnly = true)
	Bundle exportBundle(Viewer viewer, PublicCaseId id) {
		CaseRecord record = this.cases.readForExport(viewer, id);
		List<Advice> issued = this.advice.versions(viewer, id).stream().filter(Advice::isIssued).toList();
		return CaseBundles.export(
				new FhirCase(record.boardCase(), record.intake(), record.consent(), record.riskGroup(), issued,
						this.followUps.reportsForExport(viewer, id).stream().map(StoredFollowUp::report).toList()),
				this.knowledgeBase.hgncIds());
	}

	/**
	 * A draft case from a Bundle, with the import's report. The intake goes through the
	 * same draft rules as the form; nothing is stored if they fail.
	 */
	@Transactional
	Imported importBundle(Viewer viewer, String json, @Nullable String statedDiagnosis) {
		ImportResult result = BundleImport.read(json, this.knowledgeBase.hgncIds(), diagnosis(statedDiagnosis));
		BoardCase created = this.cases.createDraft(viewer, result.intake());
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, created.id(),
				"draft created from a FHIR Bundle: " + result.mapped().size() + " item(s) mapped, "
						+ result.ignored().size() + " ignored");
		return new Imported(created, result);
	}

	/**
	 * The diagnosis stated with an upload for a Bundle without a Condition; the refusal
	 * does not quote the value.
	 */
	private static @Nullable Diagnosis diagnosis(@Nullable String stated) {
		if (stated == null || stated.isBlank()) {
			return null;
		}
		return Arrays.stream(Diagnosis.values())
			.filter((d) -> d.name().equals(stated))
			.findFirst()
			.orElseThrow(() -> new InvalidBundleException(List.of("The stated diagnosis is not one of the board's")));
	}

	/**
	 * A draft created from a Bundle.
	 *
	 * @param boardCase the draft
	 * @param result what was mapped, normalised and ignored
	 */
	record Imported(BoardCase boardCase, ImportResult result) {
	}

}
