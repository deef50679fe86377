package org.targetboard.web.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.review.InvalidReviewException;
import org.targetboard.core.review.Stance;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.boardcase.CaseUseCases;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.FieldProblems;

/**
 * The written review's pages: the open reviews, the chair's form that opens one, and the
 * review itself with the engine's options, the members' positions side by side, the
 * viewer's position and the chair's closing.
 */
@Controller
class WrittenReviewController {

	/** Days a member has by default: the Spanish board answers within 48 hours. */
	static final int DEFAULT_DAYS = 2;

	private final WrittenReviewUseCases reviews;

	private final CaseUseCases cases;

	private final Clock clock;

	WrittenReviewController(WrittenReviewUseCases reviews, CaseUseCases cases, Clock clock) {
		this.reviews = reviews;
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping("/reviews")
	String list(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("reviews", this.reviews.openReviews(user.viewer()));
		model.addAttribute("today", today());
		return "reviews/review-list";
	}

	@GetMapping("/cases/{id}/review/new")
	String openForm(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		WrittenReviewForm form = new WrittenReviewForm();
		form.setDeadline(today().plusDays(DEFAULT_DAYS));
		model.addAttribute("reviewForm", form);
		return openPage(user, CaseIds.parse(id), model);
	}

	@ApiTwin("WrittenReviewApiController#open")
	@PostMapping("/cases/{id}/review")
	String open(@PathVariable String id, @ModelAttribute("reviewForm") WrittenReviewForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (result.hasErrors()) {
			return openPage(user, caseId, model);
		}
		try {
			this.reviews.open(user.viewer(), caseId, form.getDeadline(), form.getQuestion());
		}
		catch (InvalidReviewException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", (field) -> field);
			return openPage(user, caseId, model);
		}
		redirect.addFlashAttribute("message", "review.flash.opened");
		return "redirect:/cases/" + caseId + "/review";
	}

	@GetMapping("/cases/{id}/review")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("reviewForm", new WrittenReviewForm());
		return reviewPage(user, CaseIds.parse(id), model);
	}

	@ApiTwin("WrittenReviewApiController#post")
	@PostMapping("/cases/{id}/review/positions")
	String post(@PathVariable String id, @ModelAttribute("reviewForm") WrittenReviewForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		if (result.hasErrors()) {
			return reviewPage(user, caseId, model);
		}
		try {
			this.reviews.post(user.viewer(), caseId, form.getStance(), form.getText());
		}
		catch (InvalidReviewException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", (field) -> field);
			return reviewPage(user, caseId, model);
		}
		redirect.addFlashAttribute("message", "review.flash.posted");
		return "redirect:/cases/" + caseId + "/review";
	}

	@ApiTwin("WrittenReviewApiController#close")
	@PostMapping("/cases/{id}/review/close")
	String close(@PathVariable String id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
		PublicCaseId caseId = CaseIds.parse(id);
		this.reviews.close(user.viewer(), caseId);
		redirect.addFlashAttribute("message", "review.flash.closed");
		return "redirect:/cases/" + caseId + "/advice";
	}

	private String openPage(BoardUser user, PublicCaseId caseId, Model model) {
		model.addAttribute("boardCase", this.cases.find(user.viewer(), caseId));
		return "reviews/review-open";
	}

	private String reviewPage(BoardUser user, PublicCaseId caseId, Model model) {
		WrittenReviewUseCases.Review review = this.reviews.read(user.viewer(), caseId);
		model.addAttribute("boardCase", this.cases.find(user.viewer(), caseId));
		model.addAttribute("review", review.review());
		model.addAttribute("options", review.ranking().options().stream().limit(5).toList());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("canPost", review.review().isOpen() && user.may(BoardAction.POST_REVIEW_POSITION));
		model.addAttribute("canClose", review.review().isOpen() && user.may(BoardAction.RECORD_DISCUSSION));
		return "reviews/review";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
