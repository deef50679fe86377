package org.targetboard.web.advice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.web.meeting.Rankings;
import org.targetboard.web.support.TestCasesApi;

/**
 * Brings cases through the board for tests that start later in the lifecycle: on an
 * agenda and discussed, or with advice issued (letter rendered for real).
 */
@Component
public class TestBoard {

	static final Viewer CHAIR = new Viewer("chair", Role.CHAIR, null);

	private final MeetingRegistry meetings;

	private final CaseRegistry cases;

	private final AdviceRegistry advice;

	private final Rankings rankings;

	private final AdviceUseCases useCases;

	private final org.springframework.core.env.Environment environment;

	TestBoard(MeetingRegistry meetings, CaseRegistry cases, AdviceRegistry advice, Rankings rankings,
			AdviceUseCases useCases, org.springframework.core.env.Environment environment) {
		this.meetings = meetings;
		this.cases = cases;
		this.advice = advice;
		this.rankings = rankings;
		this.useCases = useCases;
		this.environment = environment;
	}

	/** A new case discussed at a new meeting. */
	public PublicCaseId discussedCase() {
		int port = Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
		return discussed(PublicCaseId.parse(TestCasesApi.readyForAgenda(port)));
	}

	/** The case, ready for the agenda, discussed at a new meeting. */
	public PublicCaseId discussed(PublicCaseId caseId) {
		MeetingId meeting = newMeeting();
		this.meetings.addToAgenda(CHAIR, meeting, this.meetings.read(CHAIR, meeting).version(), caseId, 10,
				this.rankings.rank(this.cases.read(CHAIR, caseId)));
		this.meetings.markDiscussed(CHAIR, meeting, caseId);
		return caseId;
	}

	/** A new case with its first advice issued from the engine's options. */
	public PublicCaseId caseWithAdvice() {
		PublicCaseId caseId = discussedCase();
		issue(caseId, this.useCases.start(CHAIR, caseId, null));
		return caseId;
	}

	/** A new case whose first advice also refers the patient to a CAR-T centre. */
	public PublicCaseId caseWithReferral() {
		PublicCaseId caseId = discussedCase();
		Advice draft = this.useCases.start(CHAIR, caseId, null);
		AdviceDraft composed = draft.draft();
		issue(caseId, this.useCases.save(CHAIR, caseId, draft.lockVersion(),
				new AdviceDraft(composed.summary(), composed.options(), composed.overrideReason(), List
					.of(new Referral(Referral.Subject.PATIENT, Referral.Purpose.CAR_T, "CAR-T centre, Utrecht", null)),
						composed.notAdvised())));
		return caseId;
	}

	MeetingId newMeeting() {
		return this.meetings.create(CHAIR, plan("Rules meeting"));
	}

	static MeetingPlan plan(String title) {
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(10);
		return new MeetingPlan(title, LocalDateTime.of(day, LocalTime.of(15, 0)), "Europe/Berlin", 60, day.minusDays(3),
				"chair", List.of("member"));
	}

	/** Issues the engine's options as the case's first advice; returns the letter. */
	public byte[] issueFirstAdvice(PublicCaseId caseId) {
		return issue(caseId, this.useCases.start(CHAIR, caseId, null));
	}

	byte[] issue(PublicCaseId caseId, Advice draft) {
		Advice issued = this.useCases.issue(CHAIR, caseId, draft.lockVersion(), true, null, Locale.ENGLISH);
		return this.advice.letter(CHAIR, caseId, issued.versionNumber()).pdf();
	}

}
