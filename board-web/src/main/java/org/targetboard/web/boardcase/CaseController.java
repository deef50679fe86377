package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IdentifierOverride;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.PerformanceScale;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CasePage;
import org.targetboard.registry.boardcase.CaseSearch;
import org.targetboard.web.followup.FollowUpUseCases;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The case pages: the worklist, the case form in sections (with rows added and removed
 * without losing what is typed), the case view with its history and next steps.
 */
@Controller
class CaseController {

	static final String VIEW_LIST = "cases/case-list";

	static final String VIEW_FORM = "cases/case-form";

	static final String VIEW_DETAIL = "cases/case-detail";

	private static final Set<CaseAction> ACTIONS_ELSEWHERE = EnumSet.of(CaseAction.SCHEDULE, CaseAction.UNSCHEDULE,
			CaseAction.RECORD_DISCUSSION, CaseAction.ISSUE_ADVICE, CaseAction.START_FOLLOW_UP);

	private static final Set<CaseStatus> ADVICE_STATES = EnumSet.of(CaseStatus.DISCUSSED, CaseStatus.ADVICE_ISSUED,
			CaseStatus.FOLLOW_UP, CaseStatus.CLOSED);

	private final CaseUseCases cases;

	private final MessageSource messages;

	private final IntakeReview review;

	private final FollowUpUseCases followUps;

	CaseController(CaseUseCases cases, MessageSource messages, IntakeReview review, FollowUpUseCases followUps) {
		this.followUps = followUps;
		this.cases = cases;
		this.messages = messages;
		this.review = review;
	}

	@ModelAttribute
	void choices(Model model) {
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

	/** Rows per page of the case list. */
	static final int PAGE_SIZE = 25;

	@GetMapping("/cases")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String diagnosis,
			@RequestParam(required = false) @Nullable String centre,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") String page,
			@AuthenticationPrincipal BoardUser user, Model model) {
		// Unknown values of a filter or a page number that is not one are ignored: a list
		// link never fails.
		CaseSearch search = new CaseSearch(q, parse(CaseStatus.class, status), parse(Diagnosis.class, diagnosis),
				centre, parse(CaseSearch.Sort.class, sort), page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0,
				PAGE_SIZE);
		Role role = user.viewer().role();
		model.addAttribute("worklist",
				Worklist.of(this.cases.inStates(user.viewer(), Worklist.actionable(role)), role).needsAction());
		CasePage found = this.cases.search(user.viewer(), search);
		model.addAttribute("found", found);
		model.addAttribute("rows", Worklist.rows(found.rows(), role));
		model.addAttribute("search", search);
		model.addAttribute("statuses", CaseStatus.values());
		return VIEW_LIST;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return java.util.Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

	@GetMapping("/cases/new")
	String newCase(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("caseForm", new CaseForm());
		return form(user, model);
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
			return form(user, model);
		}
		List<CaseFormMapper.Note> notes = new ArrayList<>();
		CaseIntake intake = checked(form, result, notes, model);
		if (intake == null) {
			return form(user, model);
		}
		try {
			BoardCase created = this.cases.create(user.viewer(), intake, override(form, result),
					form.getTreatingHospital());
			saved(redirect, "case.flash.created", notes, locale);
			return "redirect:/cases/" + created.id();
		}
		catch (PossibleIdentifiersException ex) {
			model.addAttribute("identifierWarnings", ex.warnings());
			return form(user, model);
		}
		catch (IncompleteCaseException ex) {
			CaseFormMapper.reject(result, ex.problems());
			return form(user, model);
		}
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		model.addAttribute("record", record);
		model.addAttribute("boardCase", record.boardCase());
		model.addAttribute("intake", record.intake());
		model.addAttribute("history", record.history());
		model.addAttribute("hospitalName", this.cases.hospitalName(record.boardCase().hospital()));
		// A case waiting for discussion may be reviewed in writing instead of at a
		// meeting.
		model.addAttribute("reviewOpenable", user.may(BoardAction.OPEN_WRITTEN_REVIEW)
				&& record.boardCase().status() == CaseStatus.CONSENT_VERIFIED);
		model.addAttribute("hasReview",
				user.may(BoardAction.READ_WRITTEN_REVIEWS) && this.cases.hasWrittenReview(record.boardCase().id()));
		Set<CaseAction> actions = record.boardCase().actionsFor(user.viewer());
		// Scheduling, discussion, advice and follow-up have their own pages.
		actions.removeAll(ACTIONS_ELSEWHERE);
		model.addAttribute("actions", actions);
		model.addAttribute("adviceVisible", ADVICE_STATES.contains(record.boardCase().status()));
		if (ADVICE_STATES.contains(record.boardCase().status())) {
			model.addAttribute("followUps", this.followUps.reports(user.viewer(), record.boardCase().id()));
			model.addAttribute("outcomeEvents", this.followUps.events(user.viewer(), record.boardCase().id()));
			model.addAttribute("nextFollowUp", this.followUps.nextDue(user.viewer(), record.boardCase().id()));
			model.addAttribute("canReportFollowUp", user.may(BoardAction.REPORT_FOLLOW_UP));
		}
		model.addAttribute("editable",
				record.boardCase().status().isEditableByCentre() && user.may(BoardAction.EDIT_CASE));
		model.addAttribute("consentEditable",
				user.may(BoardAction.RECORD_CONSENT) && record.boardCase().status() != CaseStatus.CONSENT_WITHDRAWN);
		model.addAttribute("knowledgeWarnings", this.review.warnings(record.intake()));
		return VIEW_DETAIL;
	}

	@GetMapping("/cases/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		if (!record.boardCase().status().isEditableByCentre()) {
			return notEditable(record.boardCase().status(), record.boardCase().id(), locale, redirect);
		}
		model.addAttribute("caseForm", formOf(record));
		return formPage(user, record, model);
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
			return formPage(user, this.cases.read(user.viewer(), caseId), model);
		}
		List<CaseFormMapper.Note> notes = new ArrayList<>();
		CaseIntake intake = checked(form, result, notes, model);
		if (intake == null) {
			return formPage(user, this.cases.read(user.viewer(), caseId), model);
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
				return formPage(user, this.cases.read(user.viewer(), caseId), model);
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
		return formPage(user, this.cases.read(user.viewer(), caseId), model);
	}

	@ApiTwin("CaseApiController#releaseIdentifiers")
	@PostMapping("/cases/{id}/identifier-release")
	String releaseIdentifiers(@PathVariable String id, @RequestParam long version,
			@AuthenticationPrincipal BoardUser user, RedirectAttributes redirect, Locale locale) {
		PublicCaseId caseId = CaseIds.parse(id);
		try {
			BoardCase released = this.cases.releaseIdentifiers(user.viewer(), caseId, version);
			redirect.addFlashAttribute("message", "case.flash.identifiersReleased");
			redirect.addFlashAttribute("messageArgs", new Object[] { released.pseudonym().toString() });
		}
		catch (StaleCaseException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("case.stale", null, locale));
		}
		return "redirect:/cases/" + caseId;
	}

	@ApiTwin("CaseApiController#transition")
	@PostMapping("/cases/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable CaseAction action, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal BoardUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		// Closing ends follow-up for good: confirmed on the page, never one click away.
		if (action == CaseAction.CLOSE && !confirm) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("case.action.CLOSE.confirmRequired", null, locale));
			return "redirect:/cases/" + caseId;
		}
		try {
			BoardCase changed = this.cases.apply(user.viewer(), caseId, action, version, note);
			redirect.addFlashAttribute("message", "case.flash.action." + action.name());
			redirect.addFlashAttribute("messageArgs", new Object[] { changed.pseudonym().toString() });
		}
		catch (IncompleteCaseException ex) {
			if (action == CaseAction.SUBMIT || action == CaseAction.RESUBMIT) {
				// Show the form with what submission still needs beside each field.
				CaseRecord record = this.cases.read(user.viewer(), caseId);
				CaseForm form = formOf(record);
				BindingResult result = new BeanPropertyBindingResult(form, "caseForm");
				CaseFormMapper.reject(result, ex.problems());
				model.addAttribute("caseForm", form);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseForm", result);
				model.addAttribute("submissionRefused", true);
				return formPage(user, record, model);
			}
			redirect.addFlashAttribute("error",
					FieldProblems.text(this.messages, ex.problems(), "intake.problem.", locale));
		}
		catch (ConsentRequiredException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("consent.required", null, locale));
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error", refusal(ex, locale));
		}
		catch (StaleCaseException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("case.stale", null, locale));
		}
		return "redirect:/cases/" + caseId;
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

	/**
	 * The form of an existing case: its pseudonym and any question from the board office.
	 */
	private String formPage(BoardUser user, CaseRecord record, Model model) {
		model.addAttribute("boardCase", record.boardCase());
		model.addAttribute("clarification", record.clarificationRequest());
		return form(user, model);
	}

	// The coordinator names the treating hospital among those the centre coordinates;
	// read only for the form, not for every page of cases.
	private String form(BoardUser user, Model model) {
		model.addAttribute("hospitals",
				user.may(BoardAction.CREATE_CASE) ? this.cases.hospitalChoices(user.viewer()) : Map.of());
		return VIEW_FORM;
	}

	// The form of a stored case, with its treating hospital beside the intake.
	private static CaseForm formOf(CaseRecord record) {
		CaseForm form = CaseFormMapper.toForm(record.intake(), record.boardCase().version());
		form.setTreatingHospital(
				(record.boardCase().hospital() != null) ? record.boardCase().hospital().value() : null);
		return form;
	}

	private String notEditable(CaseStatus status, PublicCaseId caseId, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error",
				this.messages.getMessage("case.notEditable", new Object[] { status(status, locale) }, locale));
		return "redirect:/cases/" + caseId;
	}

	private String refusal(TransitionRefusedException ex, Locale locale) {
		String allowed = ex.refusal()
			.allowedFrom()
			.stream()
			.sorted()
			.map((status) -> status(status, locale))
			.collect(Collectors.joining(this.messages.getMessage("list.or", null, locale)));
		return this.messages.getMessage("case.transition.refused",
				new Object[] { this.messages.getMessage("case.action." + ex.refusal().action(), null, locale),
						status(ex.refusal().from(), locale), allowed },
				locale);
	}

	private String status(CaseStatus status, Locale locale) {
		return this.messages.getMessage("case.status." + status.name(), null, locale);
	}

}
