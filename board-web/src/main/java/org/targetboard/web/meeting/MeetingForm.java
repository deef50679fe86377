package org.targetboard.web.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingPlan;

/**
 * The meeting form: plan and members, bound from the page and turned into a
 * {@link MeetingPlan}, whose rules give the field errors.
 */
public class MeetingForm {

	private @Nullable String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime time;

	private @Nullable String timeZone = "Europe/Amsterdam";

	private @Nullable Integer durationMinutes = 120;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate submissionCutoff;

	private @Nullable String chair;

	private List<String> members = new ArrayList<>();

	/**
	 * A meeting held before the board used this system, registered by the board office.
	 */
	private boolean retrospective;

	private @Nullable Long version;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.title();
		form.date = meeting.localStart().toLocalDate();
		form.time = meeting.localStart().toLocalTime();
		form.timeZone = meeting.timeZone().getId();
		form.durationMinutes = meeting.durationMinutes();
		form.submissionCutoff = meeting.submissionCutoff();
		form.chair = meeting.chair();
		form.members = new ArrayList<>(meeting.members().stream().map(Meeting.Member::username).toList());
		form.version = meeting.version();
		return form;
	}

	MeetingPlan toPlan() {
		LocalDateTime start = (this.date != null && this.time != null) ? this.date.atTime(this.time) : null;
		return new MeetingPlan(this.title, start, this.timeZone, this.durationMinutes, this.submissionCutoff,
				this.chair, this.members, this.retrospective);
	}

	/** Maps a plan's field to the form's: the start is entered as a date and a time. */
	static String formField(String field) {
		return "start".equals(field) ? "date" : field;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable LocalTime getTime() {
		return this.time;
	}

	public void setTime(@Nullable LocalTime time) {
		this.time = time;
	}

	public @Nullable String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone;
	}

	public @Nullable Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(@Nullable Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public @Nullable LocalDate getSubmissionCutoff() {
		return this.submissionCutoff;
	}

	public void setSubmissionCutoff(@Nullable LocalDate submissionCutoff) {
		this.submissionCutoff = submissionCutoff;
	}

	public @Nullable String getChair() {
		return this.chair;
	}

	public void setChair(@Nullable String chair) {
		this.chair = chair;
	}

	public boolean isRetrospective() {
		return this.retrospective;
	}

	public void setRetrospective(boolean retrospective) {
		this.retrospective = retrospective;
	}

	public List<String> getMembers() {
		return this.members;
	}

	public void setMembers(List<String> members) {
		this.members = members;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
