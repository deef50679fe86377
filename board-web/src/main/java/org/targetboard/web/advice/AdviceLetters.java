package org.targetboard.web.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceSignature;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.review.WrittenReview;
import org.targetboard.core.centre.Hospital;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.centre.CentreRegistry;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.registry.meeting.WrittenReviewRegistry;
import org.targetboard.web.meeting.Rankings;

/**
 * The letter of an advice version: what it says (the case, the centre, the meeting, the
 * options advised and those of the engine the panel did not advise, the document id) and
 * the rendered PDF. One place for the preview and the issue.
 */
@Component
class AdviceLetters {

	private final CaseRegistry cases;

	private final MeetingRegistry meetings;

	private final CentreRegistry centres;

	private final Rankings rankings;

	private final AdviceLetter letter;

	private final Clock clock;

	private final WrittenReviewRegistry reviews;

	AdviceLetters(CaseRegistry cases, MeetingRegistry meetings, CentreRegistry centres, Rankings rankings,
			AdviceLetter letter, Clock clock, WrittenReviewRegistry reviews) {
		this.reviews = reviews;
		this.cases = cases;
		this.meetings = meetings;
		this.centres = centres;
		this.rankings = rankings;
		this.letter = letter;
		this.clock = clock;
	}

	/**
	 * The letter's content for a draft, signed now by the viewer, for advice the board
	 * gave on a date (today, or earlier for its history).
	 */
	AdviceLetter.Content content(Viewer viewer, PublicCaseId caseId, Advice draft, LocalDate advisedOn,
			boolean preview) {
		CaseRecord record = this.cases.read(viewer, caseId);
		RankingSnapshot snapshot = this.meetings.ranking(viewer, caseId, draft.rankingId());
		PrioritizationResult result = this.rankings.read(snapshot);
		// The engine's options neither advised nor listed as considered by the panel
		// (drafts
		// from before the panel listed them) are named as not advised, without a reason.
		Set<String> advised = draft.options()
			.stream()
			.map(AdviceOption::engineOptionId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(java.util.HashSet::new));
		draft.draft().notAdvised().forEach((considered) -> advised.add(considered.engineOptionId()));
		List<String> removed = result.options()
			.stream()
			.filter((option) -> !advised.contains(option.optionId()))
			.map(RankedOption::label)
			.toList();
		String centreName = this.centres.find(record.boardCase().centre())
			.map(Centre::name)
			.orElse(record.boardCase().centre().value());
		String hospitalName = (record.boardCase().hospital() != null)
				? this.centres.findHospital(record.boardCase().hospital())
					.map(Hospital::name)
					.orElse(record.boardCase().hospital().value())
				: null;
		// The advice came from the discussion whose ranking it was composed from: a
		// written review or a meeting.
		WrittenReview review = this.reviews.latest(caseId)
			.filter((candidate) -> candidate.rankingId() == draft.rankingId())
			.orElse(null);
		return new AdviceLetter.Content(record, centreName, hospitalName,
				(review == null) ? this.meetings.meetingOf(caseId).orElse(null) : null, review, draft.versionNumber(),
				draft.draft(), draft.amendmentReason(), result.excluded(), removed,
				AdviceSignature.documentId(record.boardCase().pseudonym(), draft.versionNumber()), this.clock.instant(),
				advisedOn, viewer.username(), preview);
	}

	AdviceLetter.Rendered render(AdviceLetter.Content content, Locale locale) {
		return this.letter.render(content, locale);
	}

}
