package org.targetboard.web.boardcase;

import java.util.EnumSet;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.followup.FollowUpUseCases;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The case view with its history and next steps, and the lifecycle actions taken from it.
 */
@Controller
class CaseController {

	static final String VIEW_DETAIL = "cases/case-detail";

	private static final Set<CaseAction> ACTIONS_ELSEWHERE = EnumSet.of(CaseAction.SCHEDULE, CaseAction.UNSCHEDULE,
			CaseAction.RECORD_DISCUSSION, CaseAction.ISSUE_ADVICE, CaseAction.START_FOLLOW_UP);

	private static final Set<CaseStatus> ADVICE_STATES = EnumSet.of(CaseStatus.DISCUSSED, CaseStatus.ADVICE_ISSUED,
			CaseStatus.FOLLOW_UP, CaseStatus.CLOSED);

	private final CaseUseCases cases;

	private final MessageSource messages;

	private final IntakeReview review;

	private final FollowUpUseCases followUps;

	private final CaseFormPages pages;

	CaseController(CaseUseCases cases, MessageSource messages, IntakeReview review, FollowUpUseCases followUps,
			CaseFormPages pages) {
		this.pages = pages;
		this.followUps = followUps;
		this.cases = cases;
		this.messages = messages;
		this.review = review;
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
				return this.pages.submissionRefused(user, this.cases.read(user.viewer(), caseId), ex.problems(), model);
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
