package org.targetboard.web.meeting;

import java.util.Locale;

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
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.meeting.AgendaItem;
import org.targetboard.core.meeting.InvalidMeetingException;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;

/**
 * One agenda case per screen, for members' review before the meeting and for the
 * presentation during it (previous and next by keyboard): summary and risk group,
 * treatment timeline, immunophenotype and drug response, the stored ranking with its
 * reasons, trials, comments, and the chair's discussion notes.
 */
@Controller
class PresentationController {

	private final MessageSource messages;

	private final MeetingUseCases useCases;

	private final RankingPanels panels;

	PresentationController(MessageSource messages, MeetingUseCases useCases, RankingPanels panels) {
		this.useCases = useCases;
		this.messages = messages;
		this.panels = panels;
	}

	@GetMapping("/meetings/{id}/cases/{position}")
	String present(@PathVariable String id, @PathVariable int position,
			@RequestParam(defaultValue = "false") boolean projector, @RequestParam(defaultValue = "false") boolean all,
			@AuthenticationPrincipal BoardUser user, Locale locale, Model model) {
		// Large text for a projected room; kept while moving through the agenda.
		model.addAttribute("projector", projector);
		// The further options, which are otherwise rendered when they are opened.
		model.addAttribute("all", all);
		MeetingUseCases.Presentation shown = this.useCases.present(user.viewer(), MeetingIds.parse(id), position);
		Meeting meeting = shown.meeting();
		CaseRecord record = shown.record();
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", shown.item());
		model.addAttribute("record", record);
		model.addAttribute("intake", record.intake());
		model.addAttribute("snapshot", shown.snapshot());
		model.addAttribute("result", shown.result());
		model.addAttribute("panels", this.panels.of(shown.snapshot(), shown.result(), locale));
		model.addAttribute("change", shown.change());
		model.addAttribute("timeline", Timeline.of(record.intake()));
		model.addAttribute("comments", shown.comments());
		model.addAttribute("previous", (position > 1) ? position - 1 : null);
		model.addAttribute("next", (position < meeting.agenda().size()) ? position + 1 : null);
		model.addAttribute("isChair", user.may(BoardAction.RECORD_DISCUSSION));
		model.addAttribute("canRecord", user.may(BoardAction.MANAGE_MEETINGS));
		model.addAttribute("discussable", record.boardCase().status() == CaseStatus.SCHEDULED);
		return "meetings/presentation";
	}

	@ApiTwin("MeetingApiController#comment")
	@PostMapping("/meetings/{id}/cases/{position}/comments")
	String comment(@PathVariable String id, @PathVariable int position, @RequestParam String body,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		AgendaItem item = item(user, meetingId, position);
		try {
			this.useCases.comment(user.viewer(), meetingId, item.caseId(), body);
			redirect.addFlashAttribute("message", "presentation.flash.commented");
		}
		catch (InvalidMeetingException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("presentation.commentInvalid", null, locale));
		}
		return "redirect:/meetings/" + meetingId + "/cases/" + position + "#comments";
	}

	@ApiTwin("MeetingApiController#notes")
	@PostMapping("/meetings/{id}/cases/{position}/notes")
	String notes(@PathVariable String id, @PathVariable int position, @RequestParam long notesVersion,
			@RequestParam String notes, @AuthenticationPrincipal BoardUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		AgendaItem item = item(user, meetingId, position);
		try {
			this.useCases.recordNotes(user.viewer(), meetingId, item.caseId(), notesVersion, notes);
			redirect.addFlashAttribute("message", "presentation.flash.notesSaved");
		}
		catch (StaleMeetingException ex) {
			// Keep what this user typed, and show what the other person saved, side by
			// side: nothing is overwritten silently and nothing typed is lost.
			redirect.addFlashAttribute("error", this.messages.getMessage("presentation.notesConflict",
					new Object[] { item(user, meetingId, position).notesUpdatedBy() }, locale));
			redirect.addFlashAttribute("rejectedNotes", notes);
		}
		catch (InvalidMeetingException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("presentation.notesTooLong",
					new Object[] { AgendaItem.MAX_NOTES }, locale));
			redirect.addFlashAttribute("rejectedNotes", notes);
		}
		return "redirect:/meetings/" + meetingId + "/cases/" + position + "#notes";
	}

	@ApiTwin("MeetingApiController#discussed")
	@PostMapping("/meetings/{id}/cases/{position}/discussed")
	String discussed(@PathVariable String id, @PathVariable int position, @AuthenticationPrincipal BoardUser user,
			Locale locale, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		AgendaItem item = item(user, meetingId, position);
		try {
			this.useCases.markDiscussed(user.viewer(), meetingId, item.caseId());
			redirect.addFlashAttribute("message", "presentation.flash.discussed");
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("presentation.alreadyDiscussed", null, locale));
		}
		return "redirect:/meetings/" + meetingId + "/cases/" + position;
	}

	private AgendaItem item(BoardUser user, MeetingId meetingId, int position) {
		AgendaItem item = this.useCases.read(user.viewer(), meetingId).itemAt(position);
		if (item == null) {
			throw new MeetingNotFoundException();
		}
		return item;
	}

}
