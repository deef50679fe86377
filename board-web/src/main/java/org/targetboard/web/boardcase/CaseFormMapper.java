package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.Fusions;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.web.system.FieldProblems;
import org.targetboard.core.intake.MrdValue;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.InvalidProfileException;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * Converts between the case form and the intake. Every value that cannot be accepted is
 * reported on its own field (e.g. {@code lesions[2].proteinChange}); rows left completely
 * empty are dropped; fusions are rewritten to {@code GENE1::GENE2} and the rewriting is
 * reported as a note.
 */
final class CaseFormMapper {

	/** A duplication written into the gene field: FLT3-ITD, FLT3 ITD, KMT2A/PTD. */
	private static final java.util.regex.Pattern DUPLICATION_IN_GENE = java.util.regex.Pattern
		.compile("([A-Za-z0-9]+)[\\s/-]+(ITD|PTD|itd|ptd)");

	private CaseFormMapper() {
	}

	/**
	 * A note for the coordinator about something the form changed.
	 *
	 * @param code message key
	 * @param arguments its arguments
	 */
	record Note(String code, List<String> arguments) {
	}

	static CaseForm toForm(CaseIntake intake, long version) {
		CaseForm form = new CaseForm();
		form.setVersion(version);
		form.setDiagnosis(intake.diagnosis());
		form.setRelapseNumber(intake.relapseNumber());
		form.setRefractory(intake.refractory());
		form.setAgeYears(intake.ageYears());
		form.setAgeMonths(intake.ageMonths());
		form.setAgeAtDiagnosisYears(intake.ageAtDiagnosisYears());
		form.setDiagnosisDate(intake.diagnosisDate());
		form.setFrontlineEndDate(intake.frontlineEndDate());
		form.setRelapseDate(intake.relapseDate());
		form.setSite(intake.site());
		form.setExtramedullarySite(intake.extramedullarySite());
		form.setMarrowBlastsPercent(intake.marrowBlastsPercent());
		form.setMrdAtRelapse((intake.mrdAtRelapse() != null) ? intake.mrdAtRelapse().toString() : null);
		form.setMrdMethod(intake.mrdMethod());
		form.setMrdEndOfInduction((intake.mrdEndOfInduction() != null)
				? new MrdValue(intake.mrdEndOfInduction(), false).toString() : null);
		form.setEndOfInductionMarrow(intake.endOfInductionMarrow());
		form.setIntent(intake.intent());
		form.setPerformanceScale(intake.performanceScale());
		form.setPerformanceStatus(intake.performanceStatus());
		form.setQuestionToBoard(intake.questionToBoard());
		form.getQuestions().addAll(intake.questions());
		form.setNoStandardOfCare(intake.noStandardOfCare());
		form.setNoStandardOfCareReason(intake.noStandardOfCareReason());
		for (TreatmentLine line : intake.history()) {
			CaseForm.HistoryRow row = new CaseForm.HistoryRow();
			row.setKind(line.kind());
			row.setAgents(String.join(", ", line.agents()));
			row.setStart(line.start());
			row.setEnd(line.end());
			row.setBestResponse(line.bestResponse());
			row.setTargetAntigen(line.targetAntigen());
			row.setSevereToxicities(String.join(", ", line.severeToxicities()));
			row.setOngoing(line.ongoing());
			form.getHistory().add(row);
		}
		for (MolecularLesion lesion : intake.lesions()) {
			CaseForm.LesionRow row = new CaseForm.LesionRow();
			row.setType(lesion.type());
			row.setGene((lesion.partner() != null) ? lesion.gene() + "::" + lesion.partner() : lesion.gene());
			row.setProteinChange(lesion.proteinChange());
			row.setVafPercent((lesion.vaf() != null) ? Math.round(lesion.vaf() * 1000) / 10.0 : null);
			row.setAssay(lesion.assay());
			row.setGermline(lesion.germline());
			form.getLesions().add(row);
		}
		for (MarkerResult marker : intake.markers()) {
			CaseForm.MarkerRow row = new CaseForm.MarkerRow();
			row.setMarker(marker.marker());
			row.setPercentPositive(marker.percentPositive());
			row.setSitesPerCell(marker.sitesPerCell());
			row.setMethod(marker.method());
			row.setDate(marker.date());
			row.setSample(marker.sample());
			form.getMarkers().add(row);
		}
		for (DrugResponse response : intake.drugResponses()) {
			CaseForm.DrugResponseRow row = new CaseForm.DrugResponseRow();
			row.setDrug(response.drug());
			row.setAssay(response.assay());
			row.setMetric(response.metric());
			row.setValue(response.value());
			row.setUnit(response.unit());
			row.setPercentile(response.percentile());
			row.setCall(response.call());
			row.setQcPassed(response.qcPassed());
			form.getDrugResponses().add(row);
		}
		form.getBh3Dependencies().addAll(intake.bh3Dependencies());
		Situation situation = intake.situation();
		form.setRelapseOnTherapy(situation.relapseOnTherapy());
		form.setMolecularRelapse(situation.molecularRelapse());
		form.setRefractoriness(situation.refractoriness());
		form.getExtramedullarySites().addAll(situation.extramedullarySites());
		form.getCytogenetics().addAll(situation.cytogenetics());
		form.getMpalLineages().addAll(situation.mpalLineages());
		for (Situation.EarlierRelapse relapse : situation.earlierRelapses()) {
			CaseForm.EarlierRelapseRow row = new CaseForm.EarlierRelapseRow();
			row.setDate(relapse.date());
			row.setSite(relapse.site());
			form.getEarlierRelapses().add(row);
		}
		return form;
	}

	/**
	 * The intake the form describes; problems are added to {@code errors} beside their
	 * fields and rewritings to {@code notes}.
	 */
	static CaseIntake toIntake(CaseForm form, Errors errors, List<Note> notes) {
		MrdValue mrd = mrd(form.getMrdAtRelapse(), "mrdAtRelapse", errors);
		MrdValue endOfInduction = mrd(form.getMrdEndOfInduction(), "mrdEndOfInduction", errors);
		List<TreatmentLine> history = new ArrayList<>();
		for (int i = 0; i < form.getHistory().size(); i++) {
			CaseForm.HistoryRow row = form.getHistory().get(i);
			String path = "history[" + i + "].";
			if (blank(row.getAgents()) && row.getKind() == null && row.getStart() == null && row.getEnd() == null) {
				continue;
			}
			if (row.getKind() == null) {
				errors.rejectValue(path + "kind", "profile.required");
				continue;
			}
			try {
				history.add(new TreatmentLine(row.getKind(), list(row.getAgents()), row.getStart(), row.getEnd(),
						row.getBestResponse(), row.getTargetAntigen(), list(row.getSevereToxicities()),
						row.isOngoing()));
			}
			catch (InvalidProfileException ex) {
				reject(errors, path, ex);
			}
		}
		List<MolecularLesion> lesions = new ArrayList<>();
		for (int i = 0; i < form.getLesions().size(); i++) {
			CaseForm.LesionRow row = form.getLesions().get(i);
			String path = "lesions[" + i + "].";
			if (blank(row.getGene()) && row.getType() == null && blank(row.getProteinChange())) {
				continue;
			}
			if (row.getType() == null) {
				errors.rejectValue(path + "type", "profile.required");
				continue;
			}
			String gene = (row.getGene() != null) ? row.getGene().strip() : "";
			if (row.getType() == MolecularLesion.Type.FUSION && !gene.isEmpty()) {
				String fusion = Fusions.normalise(gene).orElse(null);
				if (fusion == null) {
					errors.rejectValue(path + "gene", "profile.fusionGenes");
					continue;
				}
				if (!fusion.equals(gene)) {
					notes.add(new Note("case.note.fusionNormalised", List.of(gene, fusion)));
				}
				gene = fusion;
			}
			String proteinChange = row.getProteinChange();
			java.util.regex.Matcher duplication = DUPLICATION_IN_GENE.matcher(gene);
			if (row.getType() != MolecularLesion.Type.FUSION && blank(proteinChange) && duplication.matches()) {
				// FLT3-ITD, FLT3 ITD: the gene with the duplication as its change.
				String written = gene;
				gene = duplication.group(1);
				proteinChange = duplication.group(2).toUpperCase(java.util.Locale.ROOT);
				notes.add(new Note("case.note.duplicationNormalised", List.of(written, gene + " " + proteinChange)));
			}
			if (row.getVafPercent() != null && (row.getVafPercent() < 0 || row.getVafPercent() > 100)) {
				errors.rejectValue(path + "vafPercent", "intake.problem.percent");
				continue;
			}
			try {
				lesions.add(new MolecularLesion(row.getType(), gene, null, proteinChange,
						(row.getVafPercent() != null) ? row.getVafPercent() / 100 : null, row.isGermline(),
						row.getAssay()));
			}
			catch (InvalidProfileException ex) {
				reject(errors, path, ex);
			}
		}
		List<MarkerResult> markers = new ArrayList<>();
		for (int i = 0; i < form.getMarkers().size(); i++) {
			CaseForm.MarkerRow row = form.getMarkers().get(i);
			String path = "markers[" + i + "].";
			if (blank(row.getMarker()) && row.getPercentPositive() == null && row.getSitesPerCell() == null) {
				continue;
			}
			if (row.getPercentPositive() == null) {
				errors.rejectValue(path + "percentPositive", "profile.required");
				continue;
			}
			try {
				markers.add(new MarkerResult((row.getMarker() != null) ? row.getMarker() : "", row.getPercentPositive(),
						row.getSitesPerCell(), row.getMethod(), row.getDate(), row.getSample()));
			}
			catch (InvalidProfileException ex) {
				reject(errors, path, ex);
			}
		}
		List<DrugResponse> responses = new ArrayList<>();
		for (int i = 0; i < form.getDrugResponses().size(); i++) {
			CaseForm.DrugResponseRow row = form.getDrugResponses().get(i);
			String path = "drugResponses[" + i + "].";
			if (blank(row.getDrug()) && row.getValue() == null && row.getCall() == null) {
				continue;
			}
			if (row.getAssay() == null || row.getCall() == null) {
				errors.rejectValue(path + ((row.getAssay() == null) ? "assay" : "call"), "profile.required");
				continue;
			}
			try {
				responses
					.add(new DrugResponse((row.getDrug() != null) ? row.getDrug() : "", row.getAssay(), row.getMetric(),
							row.getValue(), row.getUnit(), row.getPercentile(), row.getCall(), row.isQcPassed()));
			}
			catch (InvalidProfileException ex) {
				reject(errors, path, ex);
			}
		}
		return new CaseIntake(form.getDiagnosis(), form.getRelapseNumber(), form.isRefractory(), form.getAgeYears(),
				form.getAgeMonths(), form.getAgeAtDiagnosisYears(), form.getDiagnosisDate(), form.getFrontlineEndDate(),
				form.getRelapseDate(), form.getSite(), form.getExtramedullarySite(), form.getMarrowBlastsPercent(), mrd,
				form.getMrdMethod(), (endOfInduction != null) ? endOfInduction.comparableFraction() : null,
				form.getEndOfInductionMarrow(), form.getIntent(), form.getPerformanceScale(),
				form.getPerformanceStatus(), form.getQuestionToBoard(), form.isNoStandardOfCare(),
				form.getNoStandardOfCareReason(), history, lesions, markers, responses, form.getBh3Dependencies(),
				situation(form, errors), form.getQuestions());
	}

	private static @Nullable Situation situation(CaseForm form, Errors errors) {
		List<Situation.EarlierRelapse> earlier = new ArrayList<>();
		for (CaseForm.EarlierRelapseRow row : form.getEarlierRelapses()) {
			if (row.getDate() != null || row.getSite() != null) {
				earlier.add(new Situation.EarlierRelapse(row.getDate(), row.getSite()));
			}
		}
		try {
			return new Situation(form.isRelapseOnTherapy(), form.isMolecularRelapse(), form.getRefractoriness(),
					form.getExtramedullarySites(), form.getCytogenetics(), form.getMpalLineages(), earlier);
		}
		catch (InvalidProfileException ex) {
			errors.rejectValue("earlierRelapses", "profile." + ex.code(), ex.arguments(), ex.getMessage());
			return null;
		}
	}

	/**
	 * Puts problems found by the intake rules beside their fields, where the form has
	 * such a field.
	 */
	static void reject(Errors errors, List<IntakeProblem> problems) {
		FieldProblems.reject(errors, problems, "intake.problem.", CaseFormMapper::formField);
	}

	private static String formField(String field) {
		String inForm = field.startsWith("situation.") ? field.substring("situation.".length()) : field;
		return inForm.endsWith(".vaf") ? inForm + "Percent" : inForm;
	}

	private static void reject(Errors errors, String path, InvalidProfileException ex) {
		String leaf = ex.field().substring(ex.field().lastIndexOf('.') + 1);
		String field = path + (leaf.equals("vaf") ? "vafPercent" : leaf);
		errors.rejectValue(field, "profile." + ex.code(), ex.arguments(), ex.getMessage());
	}

	private static @Nullable MrdValue mrd(@Nullable String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return MrdValue.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "profile.mrd");
			return null;
		}
	}

	private static List<String> list(@Nullable String text) {
		return blank(text) ? List.of()
				: Arrays.stream(text.split("[,;]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
