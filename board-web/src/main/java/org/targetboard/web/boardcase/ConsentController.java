package org.targetboard.web.boardcase;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.consent.WithdrawalScope;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * The consent page of a case: record the consent form as signed, or record its
 * withdrawal. No case reaches an agenda without consent for discussion.
 */
@Controller
class ConsentController {

	static final String VIEW_CONSENT = "cases/consent-form";

	private final CaseUseCases cases;

	ConsentController(CaseUseCases cases) {
		this.cases = cases;
	}

	@ModelAttribute("scopes")
	WithdrawalScope[] scopes() {
		return WithdrawalScope.values();
	}

	@GetMapping("/cases/{id}/consent")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		CaseRecord record = this.cases.read(user.viewer(), CaseIds.parse(id));
		ConsentForm form = new ConsentForm();
		form.setVersion(record.boardCase().version());
		model.addAttribute("consentForm", form);
		return page(record, model);
	}

	@ApiTwin("CaseApiController#recordConsent")
	@PostMapping("/cases/{id}/consent")
	String record(@PathVariable String id, @ModelAttribute("consentForm") ConsentForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (result.hasErrors()) {
			return page(this.cases.read(user.viewer(), caseId), model);
		}
		try {
			BoardCase changed = this.cases.recordConsent(user.viewer(), caseId,
					(form.getVersion() != null) ? form.getVersion() : -1,
					new ConsentRequest.Given(form.getDate(), form.getFormVersion(), form.isSignedByPatient(),
							form.isSignedByParent(), form.isChildAssent(), form.isDiscussion(), form.isRegistry()));
			redirect.addFlashAttribute("message", "consent.flash.recorded");
			redirect.addFlashAttribute("messageArgs", new Object[] { changed.pseudonym().toString() });
			return "redirect:/cases/" + caseId;
		}
		catch (IncompleteCaseException ex) {
			CaseFormMapper.reject(result, ex.problems());
		}
		catch (StaleCaseException ex) {
			result.reject("case.stale");
		}
		return page(this.cases.read(user.viewer(), caseId), model);
	}

	@ApiTwin("CaseApiController#withdrawConsent")
	@PostMapping("/cases/{id}/consent/withdrawal")
	String withdraw(@PathVariable String id, @ModelAttribute("consentForm") ConsentForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		// Withdrawal of everything takes the case off the board for good: it is confirmed
		// on the form, not one click away.
		if (form.getScope() == WithdrawalScope.ALL && !form.isConfirmWithdrawal()) {
			result.rejectValue("confirmWithdrawal", "consent.confirmWithdrawal.required");
			return page(this.cases.read(user.viewer(), caseId), model);
		}
		try {
			BoardCase changed = this.cases.withdrawConsent(user.viewer(), caseId,
					(form.getVersion() != null) ? form.getVersion() : -1, form.getWithdrawalDate(), form.getScope());
			redirect.addFlashAttribute("message", "consent.flash.withdrawn." + form.getScope());
			redirect.addFlashAttribute("messageArgs", new Object[] { changed.pseudonym().toString() });
			return "redirect:/cases/" + caseId;
		}
		catch (IncompleteCaseException ex) {
			for (IntakeProblem problem : ex.problems()) {
				String field = problem.field().equals("date") ? "withdrawalDate" : problem.field();
				result.rejectValue(field, "intake.problem." + problem.code(), problem.arguments().toArray(),
						problem.message());
			}
		}
		catch (StaleCaseException ex) {
			result.reject("case.stale");
		}
		return page(this.cases.read(user.viewer(), caseId), model);
	}

	private static String page(CaseRecord record, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("boardCase", record.boardCase());
		return VIEW_CONSENT;
	}

}
