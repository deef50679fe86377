package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IdentifierOverride;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * The case form in sections: a new draft, and a stored case edited and submitted (rows
 * added and removed without losing what is typed; possible identifiers confirmed with a
 * reason).
 */
@Controller
class CaseFormController {

	private final CaseUseCases cases;

	private final CaseFormPages pages;

	private final MessageSource messages;

	CaseFormController(CaseUseCases cases, CaseFormPages pages, MessageSource messages) {
		this.cases = cases;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/cases/new")
	String newCase(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("caseForm", new CaseForm());
		return this.pages.render(user, model);
	}

	@ApiTwin("CaseApiController#create")
	@PostMapping("/cases")
	String create(@ModelAttribute("caseForm") CaseForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable String removeRow, @AuthenticationPrincipal BoardUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (CaseFormRows.change(form, addRow, removeRow)) {
			model.addAttribute("focusAfterRows", CaseFormRows.focusAfter(form, addRow, removeRow));
			formAgain(result, model);
			return this.pages.render(user, model);
		}
		List<CaseFormMapper.Note> notes = new ArrayList<>();
		CaseIntake intake = checked(form, result, notes, model);
		if (intake == null) {
			return this.pages.render(user, model);
		}
		try {
			BoardCase created = this.cases.create(user.viewer(), intake, override(form, result),
					form.getTreatingHospital());
			saved(redirect, "case.flash.created", notes, locale);
			return "redirect:/cases/" + created.id();
		}
		catch (PossibleIdentifiersException ex) {
			model.addAttribute("identifierWarnings", ex.warnings());
			return this.pages.render(user, model);
		}
		catch (IncompleteCaseException ex) {
			CaseFormMapper.reject(result, ex.problems());
			return this.pages.render(user, model);
		}
	}

	@GetMapping("/cases/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		if (!record.boardCase().status().isEditableByCentre()) {
			return notEditable(record.boardCase().status(), record.boardCase().id(), locale, redirect);
		}
		model.addAttribute("caseForm", CaseFormPages.formOf(record));
		return this.pages.render(user, record, model);
	}

	@ApiTwin("CaseApiController#update")
	@PostMapping("/cases/{id}")
	String update(@PathVariable String id, @ModelAttribute("caseForm") CaseForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable String removeRow,
			@RequestParam(required = false) @Nullable String submit, @AuthenticationPrincipal BoardUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (CaseFormRows.change(form, addRow, removeRow)) {
			model.addAttribute("focusAfterRows", CaseFormRows.focusAfter(form, addRow, removeRow));
			formAgain(result, model);
			return this.pages.render(user, this.cases.read(user.viewer(), caseId), model);
		}
		List<CaseFormMapper.Note> notes = new ArrayList<>();
		CaseIntake intake = checked(form, result, notes, model);
		if (intake == null) {
			return this.pages.render(user, this.cases.read(user.viewer(), caseId), model);
		}
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		try {
			if (submit == null) {
				this.cases.save(user.viewer(), caseId, version, intake, override(form, result),
						form.getTreatingHospital());
				saved(redirect, "case.flash.saved", notes, locale);
				return "redirect:/cases/" + caseId;
			}
			CaseUseCases.Submission submission = this.cases.saveAndSubmit(user.viewer(), caseId, version, intake,
					override(form, result), form.getTreatingHospital());
			if (!submission.submitted()) {
				// The draft is saved; what submission still needs is shown beside the
				// fields.
				form.setVersion(submission.boardCase().version());
				model.addAttribute("submissionRefused", true);
				CaseFormMapper.reject(result, submission.problems());
				return this.pages.render(user, this.cases.read(user.viewer(), caseId), model);
			}
			redirect.addFlashAttribute("message", "case.flash.action." + submission.action().name());
			redirect.addFlashAttribute("messageArgs", new Object[] { submission.boardCase().pseudonym().toString() });
			return "redirect:/cases/" + caseId;
		}
		catch (StaleCaseException ex) {
			result.reject("case.stale");
		}
		catch (PossibleIdentifiersException ex) {
			model.addAttribute("identifierWarnings", ex.warnings());
		}
		catch (IncompleteCaseException ex) {
			CaseFormMapper.reject(result, ex.problems());
		}
		catch (CaseNotEditableException ex) {
			return notEditable(ex.status(), caseId, locale, redirect);
		}
		return this.pages.render(user, this.cases.read(user.viewer(), caseId), model);
	}

	/**
	 * Converts and checks the form; returns the intake, or {@code null} when the form
	 * must be shown again (errors, or possible identifiers not yet confirmed).
	 */
	private @Nullable CaseIntake checked(CaseForm form, BindingResult result, List<CaseFormMapper.Note> notes,
			Model model) {
		CaseIntake intake = CaseFormMapper.toIntake(form, result, notes);
		return result.hasErrors() ? null : intake;
	}

	// A confirmation without a valid reason is no override: the registry then refuses the
	// flagged text, and the form shows the warnings with the reason's error beside it.
	private static @Nullable IdentifierOverride override(CaseForm form, BindingResult result) {
		try {
			return IdentifierOverride.of(form.isIdentifiersChecked(), form.getIdentifierOverrideReason());
		}
		catch (IncompleteCaseException ex) {
			CaseFormMapper.reject(result, ex.problems());
			return null;
		}
	}

	private void saved(RedirectAttributes redirect, String message, List<CaseFormMapper.Note> notes, Locale locale) {
		redirect.addFlashAttribute("message", message);
		// Flash attributes live in the (JDBC) session: resolved text only, never objects.
		redirect.addFlashAttribute("notes",
				new ArrayList<>(notes.stream()
					.map((note) -> this.messages.getMessage(note.code(), note.arguments().toArray(), locale))
					.toList()));
	}

	private static void formAgain(BindingResult result, Model model) {
		// Adding or removing a row is not a save: nothing is checked yet.
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseForm",
				new BeanPropertyBindingResult(result.getTarget(), "caseForm"));
	}

	private String notEditable(CaseStatus status, PublicCaseId caseId, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error",
				this.messages.getMessage("case.notEditable", new Object[] { status(status, locale) }, locale));
		return "redirect:/cases/" + caseId;
	}

	private String status(CaseStatus status, Locale locale) {
		return this.messages.getMessage("case.status." + status.name(), null, locale);
	}

}
