package org.targetboard.web.meeting;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.meeting.Comment;
import org.targetboard.core.meeting.InvalidMeetingException;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.web.boardcase.CaseIds;
import org.targetboard.web.security.BoardUser;
import org.targetboard.web.system.IfMatch;

/**
 * The JSON API of meetings, the twin of the meeting pages and the presentation view, on
 * the same use cases ({@link MeetingUseCases}): plan and replan, the agenda, attendance,
 * the agenda mail, and per case the members' comments, the discussion notes and the
 * recorded discussion. A meeting carries its version as {@code ETag}; changes of the
 * meeting send it back in {@code If-Match}, notes their own version.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

	private final MeetingUseCases useCases;

	MeetingApiController(MeetingUseCases useCases) {
		this.useCases = useCases;
	}

	@GetMapping
	List<ListedMeeting> list(@AuthenticationPrincipal BoardUser user) {
		return this.useCases.list(user.viewer()).stream().map(ListedMeeting::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> plan(@RequestBody MeetingPlan plan, @AuthenticationPrincipal BoardUser user) {
		MeetingId id = this.useCases.plan(user.viewer(), plan);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(read(user, id).getBody());
	}

	@GetMapping("/{id}")
	ResponseEntity<MeetingResponse> read(@PathVariable String id, @AuthenticationPrincipal BoardUser user) {
		return read(user, MeetingIds.parse(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> replan(@PathVariable String id, @RequestBody MeetingPlan plan,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.replan(user.viewer(), meetingId, version(ifMatch), plan);
		return read(user, meetingId);
	}

	@PostMapping(path = "/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> placeOnAgenda(@PathVariable String id, @RequestBody AgendaRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		if (request.caseId() == null) {
			throw new InvalidMeetingException(List.of(new IntakeProblem("caseId", "required", "is required")));
		}
		this.useCases.placeOnAgenda(user.viewer(), meetingId, version(ifMatch), CaseIds.parse(request.caseId()),
				(request.minutes() != null) ? request.minutes() : 10);
		return read(user, meetingId);
	}

	@DeleteMapping("/{id}/agenda/{caseId}")
	ResponseEntity<MeetingResponse> takeOffAgenda(@PathVariable String id, @PathVariable String caseId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.takeOffAgenda(user.viewer(), meetingId, version(ifMatch), CaseIds.parse(caseId));
		return read(user, meetingId);
	}

	@PostMapping(path = "/{id}/agenda/{caseId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> move(@PathVariable String id, @PathVariable String caseId,
			@RequestBody MoveRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.move(user.viewer(), meetingId, version(ifMatch), CaseIds.parse(caseId), request.direction());
		return read(user, meetingId);
	}

	@PutMapping(path = "/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> attendance(@PathVariable String id, @RequestBody AttendanceRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.recordAttendance(user.viewer(), meetingId, version(ifMatch),
				(request.present() != null) ? request.present() : Set.of());
		return read(user, meetingId);
	}

	@PostMapping("/{id}/send")
	ResponseEntity<MeetingResponse> sendAgenda(@PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user, Locale locale) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.sendAgenda(user.viewer(), meetingId, version(ifMatch), locale);
		return read(user, meetingId);
	}

	@GetMapping("/{id}/cases/{caseId}/comments")
	List<Comment> comments(@PathVariable String id, @PathVariable String caseId,
			@AuthenticationPrincipal BoardUser user) {
		MeetingIds.parse(id);
		return this.useCases.comments(user.viewer(), CaseIds.parse(caseId));
	}

	@PostMapping(path = "/{id}/cases/{caseId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<Comment>> comment(@PathVariable String id, @PathVariable String caseId,
			@RequestBody TextRequest request, @AuthenticationPrincipal BoardUser user) {
		this.useCases.comment(user.viewer(), MeetingIds.parse(id), CaseIds.parse(caseId), request.text());
		return ResponseEntity.status(201).body(this.useCases.comments(user.viewer(), CaseIds.parse(caseId)));
	}

	/** Saves the notes, based on the notes' version sent in {@code If-Match}. */
	@PutMapping(path = "/{id}/cases/{caseId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<MeetingResponse> notes(@PathVariable String id, @PathVariable String caseId,
			@RequestBody TextRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.recordNotes(user.viewer(), meetingId, CaseIds.parse(caseId), version(ifMatch), request.text());
		return read(user, meetingId);
	}

	@PostMapping("/{id}/cases/{caseId}/discussed")
	ResponseEntity<MeetingResponse> discussed(@PathVariable String id, @PathVariable String caseId,
			@AuthenticationPrincipal BoardUser user) {
		MeetingId meetingId = MeetingIds.parse(id);
		this.useCases.markDiscussed(user.viewer(), meetingId, CaseIds.parse(caseId));
		return read(user, meetingId);
	}

	private ResponseEntity<MeetingResponse> read(BoardUser user, MeetingId id) {
		Meeting meeting = this.useCases.read(user.viewer(), id);
		return ResponseEntity.ok().eTag(IfMatch.etag(meeting.version())).body(MeetingResponse.of(meeting));
	}

	private static long version(@Nullable String ifMatch) {
		return IfMatch.required(ifMatch, StaleMeetingException::new);
	}

}
