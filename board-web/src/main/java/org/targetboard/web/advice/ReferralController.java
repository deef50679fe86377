package org.targetboard.web.advice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.advice.InvalidAdviceException;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * The centre reports on the advice page what became of a referral of issued advice
 * (accepted, done, declined) on the date it happened; a refusal is shown beside the
 * referral's fields.
 */
@Controller
class ReferralController {

	private final AdviceUseCases useCases;

	private final MessageSource messages;

	ReferralController(AdviceUseCases useCases, MessageSource messages) {
		this.useCases = useCases;
		this.messages = messages;
	}

	@ApiTwin("AdviceApiController#reportReferral")
	@PostMapping("/cases/{id}/advice/{version}/referrals/{position}")
	String report(@PathVariable String id, @PathVariable int version, @PathVariable int position,
			@RequestParam(required = false) @Nullable ReferralStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		String anchor = "#referral-v" + version + "-" + position;
		try {
			this.useCases.reportReferral(user.viewer(), caseId, version, position, status, date);
			redirect.addFlashAttribute("message", "referral.flash.reported");
		}
		catch (InvalidAdviceException ex) {
			// Resolved text only: flash attributes live in the session.
			Map<String, String> errors = new LinkedHashMap<>();
			for (IntakeProblem problem : ex.problems()) {
				errors.put(problem.field(), this.messages.getMessage("problem." + problem.code(),
						problem.arguments().toArray(), problem.message(), locale));
			}
			redirect.addFlashAttribute("referralErrors", errors);
			redirect.addFlashAttribute("referralRefused", "v" + version + "-" + position);
			// What was chosen stays chosen.
			redirect.addFlashAttribute("referralChosen", (status != null) ? status.name() : "");
		}
		return "redirect:/cases/" + caseId + "/advice" + anchor;
	}

}
