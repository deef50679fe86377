package org.targetboard.web.followup;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.InvalidFollowUpException;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The follow-up worklist and form.
 */
@Controller
class FollowUpController {

	private final FollowUpUseCases followUps;

	private final java.time.Clock clock;

	FollowUpController(FollowUpUseCases followUps, java.time.Clock clock) {
		this.clock = clock;
		this.followUps = followUps;
	}

	@GetMapping("/follow-ups")
	String worklist(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("due", this.followUps.worklist(user.viewer()));
		model.addAttribute("today", LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC));
		return "followups/follow-up-list";
	}

	@GetMapping("/cases/{id}/follow-ups/new")
	String form(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		PublicCaseId caseId = CaseIds.parse(id);
		FollowUpForm form = new FollowUpForm();
		form.setDueDate(this.followUps.nextDue(user.viewer(), caseId));
		model.addAttribute("followUpForm", form);
		return page(user, caseId, model);
	}

	@ApiTwin("FollowUpApiController#record")
	@PostMapping("/cases/{id}/follow-ups")
	String record(@PathVariable String id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		FollowUpReport report = result.hasErrors() ? null : form.toReport(result);
		if (report == null) {
			return page(user, caseId, model);
		}
		try {
			this.followUps.report(user.viewer(), caseId, report);
			redirect.addFlashAttribute("message", "followUp.flash.recorded");
			return "redirect:/cases/" + caseId + "#follow-ups";
		}
		catch (InvalidFollowUpException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", (field) -> field.equals("alive") ? "died" : field);
			return page(user, caseId, model);
		}
	}

	@GetMapping("/cases/{id}/outcome-events/new")
	String eventForm(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("outcomeEventForm", new OutcomeEventForm());
		return eventPage(user, CaseIds.parse(id), model);
	}

	@ApiTwin("OutcomeEventApiController#record")
	@PostMapping("/cases/{id}/outcome-events")
	String recordEvent(@PathVariable String id, @ModelAttribute("outcomeEventForm") OutcomeEventForm form,
			BindingResult result, @AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (result.hasErrors()) {
			return eventPage(user, caseId, model);
		}
		try {
			this.followUps.recordEvent(user.viewer(), caseId, form.toEvent());
			redirect.addFlashAttribute("message", "outcomeEvent.flash.recorded");
			return "redirect:/cases/" + caseId + "#follow-ups";
		}
		catch (InvalidFollowUpException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", (field) -> field);
			return eventPage(user, caseId, model);
		}
	}

	private String eventPage(BoardUser user, PublicCaseId caseId, Model model) {
		model.addAttribute("boardCase", this.followUps.find(user.viewer(), caseId));
		model.addAttribute("advised", this.followUps.advised(user.viewer(), caseId).recommendations());
		// The events already reported, so that none is reported twice (an audited read).
		model.addAttribute("events", this.followUps.events(user.viewer(), caseId));
		model.addAttribute("kinds", OutcomeEvent.Kind.values());
		model.addAttribute("therapies",
				java.util.Arrays.stream(TherapyGiven.values()).filter((t) -> t != TherapyGiven.NONE).toList());
		model.addAttribute("causes", CauseOfDeath.values());
		return "followups/outcome-event-form";
	}

	private String page(BoardUser user, PublicCaseId caseId, Model model) {
		model.addAttribute("boardCase", this.followUps.find(user.viewer(), caseId));
		// One read of the advice for both questions of the form.
		FollowUpUseCases.Advised advised = this.followUps.advised(user.viewer(), caseId);
		model.addAttribute("advised", advised.recommendations());
		model.addAttribute("componentChoices", advised.several());
		model.addAttribute("reports", this.followUps.reports(user.viewer(), caseId));
		model.addAttribute("followedChoices", AdviceFollowed.values());
		model.addAttribute("therapies", TherapyGiven.values());
		model.addAttribute("reasons", ReasonCode.values());
		model.addAttribute("responses", ResponseCategory.values());
		model.addAttribute("causes", CauseOfDeath.values());
		return "followups/follow-up-form";
	}

}
