package org.targetboard.web.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.meeting.InvalidMeetingException;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.ApiTwin;
import org.targetboard.web.system.FieldProblems;

/**
 * The meeting pages: the list, the plan form, the meeting with its agenda, attendance and
 * agenda mail, and the printable agenda.
 */
@Controller
class MeetingController {

	static final List<String> TIME_ZONES = List.of("Europe/Amsterdam", "Europe/Athens", "Europe/Berlin",
			"Europe/Brussels", "Europe/Copenhagen", "Europe/Dublin", "Europe/Helsinki", "Europe/Lisbon",
			"Europe/London", "Europe/Madrid", "Europe/Oslo", "Europe/Paris", "Europe/Prague", "Europe/Rome",
			"Europe/Stockholm", "Europe/Vienna", "Europe/Warsaw", "Europe/Zurich", "UTC");

	private final MeetingUseCases useCases;

	private final MessageSource messages;

	MeetingController(MeetingUseCases useCases, MessageSource messages) {
		this.useCases = useCases;
		this.messages = messages;
	}

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal BoardUser user, Model model) {
		model.addAttribute("meetings", this.useCases.list(user.viewer()));
		model.addAttribute("canManage", canManage(user));
		return "meetings/meeting-list";
	}

	@GetMapping("/meetings/new")
	String newMeeting(@AuthenticationPrincipal BoardUser user, Model model) {
		// The form lists the accounts that can be invited: only those who plan meetings
		// see them.
		this.useCases.requirePlanner(user.viewer());
		MeetingForm form = new MeetingForm();
		if (user.viewer().role() == Role.CHAIR) {
			form.setChair(user.viewer().username());
		}
		model.addAttribute("meetingForm", form);
		return formPage(model, null);
	}

	@ApiTwin("MeetingApiController#plan")
	@PostMapping("/meetings")
	String create(@ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(model, null);
		}
		try {
			MeetingId id = this.useCases.plan(user.viewer(), form.toPlan());
			redirect.addFlashAttribute("message", "meeting.flash.created");
			return "redirect:/meetings/" + id;
		}
		catch (InvalidMeetingException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", MeetingForm::formField);
			return formPage(model, null);
		}
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		Meeting meeting = this.useCases.read(user.viewer(), MeetingIds.parse(id));
		model.addAttribute("meeting", meeting);
		model.addAttribute("canManage", canManage(user));
		if (canManage(user)) {
			model.addAttribute("schedulable", this.useCases.schedulable(user.viewer()));
		}
		return "meetings/meeting-detail";
	}

	@GetMapping("/meetings/{id}/print")
	String print(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		MeetingUseCases.PrintedAgenda agenda = this.useCases.printable(user.viewer(), MeetingIds.parse(id));
		model.addAttribute("meeting", agenda.meeting());
		model.addAttribute("intakes", agenda.intakes());
		return "meetings/agenda-print";
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable String id, @AuthenticationPrincipal BoardUser user, Model model) {
		this.useCases.requirePlanner(user.viewer());
		Meeting meeting = this.useCases.read(user.viewer(), MeetingIds.parse(id));
		model.addAttribute("meetingForm", MeetingForm.of(meeting));
		return formPage(model, meeting);
	}

	@ApiTwin("MeetingApiController#replan")
	@PostMapping("/meetings/{id}")
	String update(@PathVariable String id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal BoardUser user, Model model, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		Meeting meeting = this.useCases.read(user.viewer(), meetingId);
		if (result.hasErrors()) {
			return formPage(model, meeting);
		}
		try {
			this.useCases.replan(user.viewer(), meetingId, (form.getVersion() != null) ? form.getVersion() : -1,
					form.toPlan());
			redirect.addFlashAttribute("message", "meeting.flash.saved");
			return "redirect:/meetings/" + meetingId;
		}
		catch (InvalidMeetingException ex) {
			FieldProblems.reject(result, ex.problems(), "problem.", MeetingForm::formField);
		}
		catch (StaleMeetingException ex) {
			result.reject("meeting.stale");
		}
		return formPage(model, meeting);
	}

	@ApiTwin("MeetingApiController#placeOnAgenda")
	@PostMapping("/meetings/{id}/agenda")
	String addToAgenda(@PathVariable String id, @RequestParam long version, @RequestParam String caseId,
			@RequestParam(defaultValue = "10") int minutes, @AuthenticationPrincipal BoardUser user, Locale locale,
			RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		PublicCaseId publicCaseId = CaseIds.parse(caseId);
		agendaChange(redirect, locale, "meeting.flash.added",
				() -> this.useCases.placeOnAgenda(user.viewer(), meetingId, version, publicCaseId, minutes));
		return "redirect:/meetings/" + meetingId + "#agenda";
	}

	@ApiTwin("MeetingApiController#takeOffAgenda")
	@PostMapping("/meetings/{id}/agenda/{caseId}/remove")
	String removeFromAgenda(@PathVariable String id, @PathVariable String caseId, @RequestParam long version,
			@AuthenticationPrincipal BoardUser user, Locale locale, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		agendaChange(redirect, locale, "meeting.flash.removed",
				() -> this.useCases.takeOffAgenda(user.viewer(), meetingId, version, CaseIds.parse(caseId)));
		return "redirect:/meetings/" + meetingId + "#agenda";
	}

	@ApiTwin("MeetingApiController#move")
	@PostMapping("/meetings/{id}/agenda/{caseId}/move")
	String move(@PathVariable String id, @PathVariable String caseId, @RequestParam long version,
			@RequestParam int direction, @AuthenticationPrincipal BoardUser user, Locale locale,
			RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		agendaChange(redirect, locale, null,
				() -> this.useCases.move(user.viewer(), meetingId, version, CaseIds.parse(caseId), direction));
		return "redirect:/meetings/" + meetingId + "#agenda";
	}

	@ApiTwin("MeetingApiController#attendance")
	@PostMapping("/meetings/{id}/attendance")
	String attendance(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Set<String> present,
			@RequestParam(required = false) @Nullable Integer presenting, @AuthenticationPrincipal BoardUser user,
			Locale locale, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		agendaChange(redirect, locale, "meeting.flash.attendance", () -> this.useCases.recordAttendance(user.viewer(),
				meetingId, version, (present != null) ? present : Set.of()));
		// Recorded from the presentation view: back to the case being presented.
		return (presenting != null) ? "redirect:/meetings/" + meetingId + "/cases/" + presenting + "#case-clock"
				: "redirect:/meetings/" + meetingId + "#attendance";
	}

	@ApiTwin("MeetingApiController#sendAgenda")
	@PostMapping("/meetings/{id}/send")
	String sendAgenda(@PathVariable String id, @RequestParam long version, @AuthenticationPrincipal BoardUser user,
			Locale locale, RedirectAttributes redirect) {
		MeetingId meetingId = MeetingIds.parse(id);
		agendaChange(redirect, locale, "meeting.flash.sent",
				() -> this.useCases.sendAgenda(user.viewer(), meetingId, version, locale));
		return "redirect:/meetings/" + meetingId;
	}

	/**
	 * Runs an agenda change and turns its refusals into a message at the top of the
	 * meeting page.
	 */
	private void agendaChange(RedirectAttributes redirect, Locale locale, @Nullable String success, Runnable change) {
		try {
			change.run();
			if (success != null) {
				redirect.addFlashAttribute("message", success);
			}
		}
		catch (StaleMeetingException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("meeting.stale", null, locale));
		}
		catch (InvalidMeetingException ex) {
			redirect.addFlashAttribute("error", FieldProblems.text(this.messages, ex.problems(), "problem.", locale));
		}
		catch (ConsentRequiredException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("consent.required", null, locale));
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("meeting.caseNotSchedulable", null, locale));
		}
	}

	/** The board office registers meetings held before the board used this system. */
	@org.springframework.web.bind.annotation.ModelAttribute("canRegisterHistory")
	boolean canRegisterHistory(@AuthenticationPrincipal @Nullable BoardUser user) {
		return user != null && user.may(org.targetboard.core.access.BoardAction.REGISTER_HISTORY);
	}

	private String formPage(Model model, @Nullable Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("timeZones", asIs(TIME_ZONES));
		model.addAttribute("chairs", asIs(this.useCases.chairs()));
		model.addAttribute("invitable", this.useCases.invitable());
		return "meetings/meeting-form";
	}

	private static java.util.Map<String, String> asIs(List<String> values) {
		java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
		values.forEach((value) -> options.put(value, value));
		return options;
	}

	private static boolean canManage(BoardUser user) {
		return user.may(BoardAction.MANAGE_MEETINGS);
	}

}
