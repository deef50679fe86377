package org.targetboard.web.boardcase;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.web.security.BoardUser;

/**
 * The case pages: the worklist, the draft form, the case view with its history and next
 * steps.
 */
@Controller
class CaseController {

	static final String VIEW_LIST = "cases/case-list";

	static final String VIEW_FORM = "cases/case-form";

	static final String VIEW_DETAIL = "cases/case-detail";

	private final CaseRegistry cases;

	private final MessageSource messages;

	CaseController(CaseRegistry cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@InitBinder("caseForm")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("diagnosis", "relapseNumber", "ageYears", "ageMonths", "questionToBoard", "version");
	}

	@ModelAttribute("diagnoses")
	Diagnosis[] diagnoses() {
		return Diagnosis.values();
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("cases", this.cases.list(user.viewer()));
		return VIEW_LIST;
	}

	@GetMapping("/cases/new")
	String newCase(Model model) {
		model.addAttribute("caseForm", new CaseForm());
		return VIEW_FORM;
	}

	@PostMapping("/cases")
	String create(@Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		BoardCase created = this.cases.createDraft(user.viewer(), form.toSummary());
		redirect.addFlashAttribute("message", "case.flash.created");
		return "redirect:/cases/" + created.id();
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		model.addAttribute("boardCase", record.boardCase());
		model.addAttribute("history", record.history());
		model.addAttribute("actions", record.boardCase().actionsFor(user.viewer()));
		model.addAttribute("editable",
				record.boardCase().status().isEditableByCentre() && user.viewer().role() == Role.COORDINATOR);
		return VIEW_DETAIL;
	}

	@GetMapping("/cases/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		BoardCase boardCase = this.cases.read(user.viewer(), CaseIds.parse(id)).boardCase();
		if (!boardCase.status().isEditableByCentre()) {
			return notEditable(boardCase.status(), boardCase.id(), locale, redirect);
		}
		model.addAttribute("boardCase", boardCase);
		model.addAttribute("caseForm", CaseForm.of(boardCase.summary(), boardCase.version()));
		return VIEW_FORM;
	}

	@PostMapping("/cases/{id}")
	String update(@PathVariable String id, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (!result.hasErrors()) {
			try {
				this.cases.updateSummary(user.viewer(), caseId, (form.getVersion() != null) ? form.getVersion() : -1,
						form.toSummary());
				redirect.addFlashAttribute("message", "case.flash.saved");
				return "redirect:/cases/" + caseId;
			}
			catch (StaleCaseException ex) {
				result.reject("case.stale");
			}
			catch (CaseNotEditableException ex) {
				return notEditable(ex.status(), caseId, locale, redirect);
			}
		}
		model.addAttribute("boardCase", this.cases.read(user.viewer(), caseId).boardCase());
		return VIEW_FORM;
	}

	@PostMapping("/cases/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable CaseAction action, @RequestParam long version,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		try {
			BoardCase changed = this.cases.apply(user.viewer(), caseId, action, version);
			redirect.addFlashAttribute("message", "case.flash.action." + action.name());
			redirect.addFlashAttribute("messageArgs", new Object[] { changed.pseudonym().toString() });
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error", refusal(ex, locale));
		}
		catch (StaleCaseException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("case.stale", null, locale));
		}
		return "redirect:/cases/" + caseId;
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
