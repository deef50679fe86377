package org.targetboard.web.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.InvalidAdviceException;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.advice.SignatureNotConfirmedException;
import org.targetboard.core.advice.StaleAdviceException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.registry.advice.StoredLetter;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.boardcase.CaseUseCases;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The advice pages: the versions of a case's advice with their letters, the chair's
 * composer (starting from the engine's ranked options), the preview, signing and
 * amendment.
 */
@Controller
class AdviceController {

	static final String VIEW = "advice/advice";

	private final AdviceUseCases useCases;

	private final CaseUseCases cases;

	private final MessageSource messages;

	private final java.time.Clock clock;

	AdviceController(AdviceUseCases useCases, CaseUseCases cases, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.useCases = useCases;
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping("/cases/{id}/advice")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		PublicCaseId caseId = CaseIds.parse(id);
		List<Advice> versions = this.useCases.versions(user.viewer(), caseId);
		Advice draft = versions.stream().filter((a) -> !a.isIssued()).findFirst().orElse(null);
		if (draft != null && !model.containsAttribute("adviceForm")) {
			model.addAttribute("adviceForm", AdviceForm.of(draft));
		}
		return page(user, caseId, versions, draft, model);
	}

	@ApiTwin("AdviceApiController#start")
	@PostMapping("/cases/{id}/advice/start")
	String start(@PathVariable String id, @RequestParam(required = false) @Nullable String amendmentReason,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		try {
			this.useCases.start(user.viewer(), caseId, amendmentReason);
		}
		catch (InvalidAdviceException ex) {
			redirect.addFlashAttribute("error", text(ex, locale));
		}
		catch (MeetingNotFoundException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("advice.notOnAgenda", null, locale));
		}
		return "redirect:/cases/" + caseId + "/advice#composer";
	}

	@ApiTwin("AdviceApiController#save")
	@PostMapping("/cases/{id}/advice")
	String save(@PathVariable String id, @ModelAttribute("adviceForm") AdviceForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable String addRowType,
			@RequestParam(required = false) @Nullable Integer removeRow,
			@RequestParam(required = false) @Nullable Integer moveUp,
			@RequestParam(required = false) @Nullable Integer moveDown,
			@RequestParam(required = false) @Nullable Integer moveTop,
			@RequestParam(required = false) @Nullable Integer notAdvise,
			@RequestParam(required = false) @Nullable Integer advise, @AuthenticationPrincipal BoardUser user,
			Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		List<Advice> versions = this.useCases.versions(user.viewer(), caseId);
		Advice draft = versions.stream().filter((a) -> !a.isIssued()).findFirst().orElse(null);
		ComposerRows rows = new ComposerRows((addRow != null && addRowType != null) ? addRowType : addRow, removeRow,
				moveUp, moveDown, moveTop, notAdvise, advise);
		if (draft != null && rows.applyTo(form, (optionId) -> AdviceProposal
			.engineOption(this.useCases.composition(user.viewer(), caseId, draft).result(), optionId))) {
			model.addAttribute("rowsChanged", true);
			return page(user, caseId, versions, draft, model);
		}
		if (result.hasErrors()) {
			// A value that is not of its field's kind (a grade, a number) is shown beside
			// the field; nothing is saved without it.
			return page(user, caseId, versions, draft, model);
		}
		try {
			this.useCases.save(user.viewer(), caseId, (form.getLockVersion() != null) ? form.getLockVersion() : -1,
					form.toDraft());
			redirect.addFlashAttribute("message", "advice.flash.saved");
			return "redirect:/cases/" + caseId + "/advice#composer";
		}
		catch (InvalidAdviceException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", (field) -> field);
		}
		catch (StaleAdviceException ex) {
			result.reject("advice.stale");
		}
		catch (AdviceIssuedException ex) {
			result.reject("advice.alreadyIssued");
		}
		return page(user, caseId, versions, draft, model);
	}

	@GetMapping("/cases/{id}/advice/preview.pdf")
	ResponseEntity<byte[]> preview(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Locale locale) {
		AdviceLetter.Rendered rendered = this.useCases.preview(user.viewer(), CaseIds.parse(id), locale);
		return LetterResponses.pdf(rendered.pdf(), "advice-preview.pdf", rendered.pdfSha256());
	}

	@ApiTwin("AdviceApiController#issue")
	@PostMapping("/cases/{id}/advice/issue")
	String issue(@PathVariable String id, @RequestParam long lockVersion,
			@RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate advisedOn,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		try {
			this.useCases.issue(user.viewer(), caseId, lockVersion, confirmed, advisedOn, locale);
			redirect.addFlashAttribute("message", "advice.flash.issued");
		}
		catch (SignatureNotConfirmedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("advice.confirmRequired", null, locale));
			return "redirect:/cases/" + caseId + "/advice#sign";
		}
		catch (AdviceIssuedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("advice.alreadyIssued", null, locale));
		}
		catch (InvalidAdviceException ex) {
			redirect.addFlashAttribute("error", text(ex, locale));
		}
		catch (StaleAdviceException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("advice.stale", null, locale));
		}
		return "redirect:/cases/" + caseId + "/advice";
	}

	@GetMapping("/cases/{id}/advice/{version}.pdf")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable int version,
			@AuthenticationPrincipal BoardUser user) {
		StoredLetter letter = this.useCases.letter(user.viewer(), CaseIds.parse(id), version);
		return LetterResponses.pdf(letter.pdf(),
				"advice-" + letter.pseudonym() + "-v" + letter.versionNumber() + ".pdf", letter.pdfSha256());
	}

	private String page(BoardUser user, PublicCaseId caseId, List<Advice> versions, @Nullable Advice draft,
			Model model) {
		CaseRecord record = this.cases.read(user.viewer(), caseId);
		boolean chair = user.may(BoardAction.DRAFT_ADVICE);
		model.addAttribute("record", record);
		model.addAttribute("boardCase", record.boardCase());
		List<Advice> issued = versions.stream().filter(Advice::isIssued).toList();
		model.addAttribute("versions", issued);
		// What became of each issued version's referrals, reported by the centre here.
		model.addAttribute("referrals",
				issued.stream()
					.collect(java.util.stream.Collectors.toMap(Advice::versionNumber,
							(a) -> this.useCases.referrals(user.viewer(), caseId, a.versionNumber()))));
		model.addAttribute("canReportReferrals", user.may(BoardAction.REPORT_FOLLOW_UP));
		model.addAttribute("referralStatuses",
				List.of(ReferralStatus.ACCEPTED, ReferralStatus.DONE, ReferralStatus.DECLINED));
		model.addAttribute("draft", draft);
		model.addAttribute("isChair", chair);
		model.addAttribute("today", LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC));
		model.addAttribute("optionTypes", AdviceOptionType.values());
		model.addAttribute("referralSubjects", Referral.Subject.values());
		model.addAttribute("referralPurposes", Referral.Purpose.values());
		boolean anyIssued = versions.stream().anyMatch(Advice::isIssued);
		model.addAttribute("canStart",
				chair && draft == null && !anyIssued && record.boardCase().status() == CaseStatus.DISCUSSED);
		model.addAttribute("canAmend", chair && draft == null && anyIssued);
		if (draft != null) {
			AdviceUseCases.Composition composition = this.useCases.composition(user.viewer(), caseId, draft);
			model.addAttribute("result", composition.result());
			model.addAttribute("snapshot", composition.snapshot());
			model.addAttribute("departs", draft.draft().departsFromEngine(composition.result().options().size()));
		}
		return VIEW;
	}

	private String text(InvalidAdviceException ex, Locale locale) {
		return FieldProblems.text(this.messages, ex.problems(), "problem.", locale);
	}

}
