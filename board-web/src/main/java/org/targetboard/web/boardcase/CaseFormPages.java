package org.targetboard.web.boardcase;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.PerformanceScale;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.security.BoardUser;

/**
 * The case form as a page: the choices it offers, the treating hospitals of the
 * coordinator's centre, and for a stored case its pseudonym and any question from the
 * board office. Shared by the form's own actions and by a submission refused from the
 * case page.
 */
@Component
class CaseFormPages {

	static final String VIEW_FORM = "cases/case-form";

	private final CaseUseCases cases;

	CaseFormPages(CaseUseCases cases) {
		this.cases = cases;
	}

	private static void choices(Model model) {
		model.addAttribute("diagnoses", Diagnosis.values());
		model.addAttribute("sites", RelapseSite.values());
		model.addAttribute("marrowStatuses", MarrowStatus.values());
		model.addAttribute("intents", Intent.values());
		model.addAttribute("scales", PerformanceScale.values());
		model.addAttribute("lineKinds", TreatmentLine.Kind.values());
		model.addAttribute("responses", TreatmentLine.Response.values());
		model.addAttribute("lesionTypes", MolecularLesion.Type.values());
		model.addAttribute("assays", DrugResponse.Assay.values());
		model.addAttribute("calls", DrugResponse.Call.values());
		model.addAttribute("dependencies", Bh3Dependency.values());
		model.addAttribute("requiredFields", org.targetboard.core.intake.IntakeCheck.REQUIRED_FOR_SUBMISSION);
		model.addAttribute("refractorinessKinds", Situation.Refractoriness.values());
		model.addAttribute("extramedullarySiteKinds", Situation.ExtramedullarySite.values());
		model.addAttribute("cytogeneticGroups", Situation.Cytogenetics.values());
		model.addAttribute("mpalLineageKinds", Situation.MpalLineage.values());
		model.addAttribute("boardQuestions", org.targetboard.core.intake.BoardQuestion.values());
	}

	/** The form of a new case. */
	// The coordinator names the treating hospital among those the centre coordinates;
	// read only for the form, not for every page of cases.
	String render(BoardUser user, Model model) {
		choices(model);
		model.addAttribute("hospitals",
				user.may(BoardAction.CREATE_CASE) ? this.cases.hospitalChoices(user.viewer()) : Map.of());
		return VIEW_FORM;
	}

	/**
	 * The form of an existing case: its pseudonym and any question from the board office.
	 */
	String render(BoardUser user, CaseRecord record, Model model) {
		model.addAttribute("boardCase", record.boardCase());
		model.addAttribute("clarification", record.clarificationRequest());
		return render(user, model);
	}

	// The form of a stored case, with its treating hospital beside the intake.
	static CaseForm formOf(CaseRecord record) {
		CaseForm form = CaseFormMapper.toForm(record.intake(), record.boardCase().version());
		form.setTreatingHospital(
				(record.boardCase().hospital() != null) ? record.boardCase().hospital().value() : null);
		return form;
	}

	/**
	 * The stored case's form with what submission still needs beside each field.
	 */
	String submissionRefused(BoardUser user, CaseRecord record, List<IntakeProblem> problems, Model model) {
		CaseForm form = formOf(record);
		BindingResult result = new BeanPropertyBindingResult(form, "caseForm");
		CaseFormMapper.reject(result, problems);
		model.addAttribute("caseForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseForm", result);
		model.addAttribute("submissionRefused", true);
		return render(user, record, model);
	}

}
