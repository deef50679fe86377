package org.targetboard.web.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.InvalidAdviceException;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.advice.SignatureNotConfirmedException;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.advice.IssuedLetter;
import org.targetboard.registry.advice.StoredLetter;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.web.meeting.Rankings;

/**
 * The advice use cases, one method per operation, which the pages and the API both call:
 * starting a draft (or an amendment) from the engine's ranking, saving it, previewing its
 * letter, and signing and issuing it. Each runs in one transaction; issuing publishes
 * {@link AdviceIssued}.
 */
@Service
public class AdviceUseCases {

	private final AdviceRegistry advice;

	private final MeetingRegistry meetings;

	private final Rankings rankings;

	private final AdviceLetters letters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdviceUseCases(AdviceRegistry advice, MeetingRegistry meetings, Rankings rankings, AdviceLetters letters,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.advice = advice;
		this.meetings = meetings;
		this.rankings = rankings;
		this.letters = letters;
		this.events = events;
	}

	/**
	 * Starts the draft of the first advice, or of an amendment when issued advice exists,
	 * from the engine's options as the board saw them.
	 * @throws org.targetboard.core.meeting.MeetingNotFoundException if the case was on no
	 * agenda
	 */
	@Transactional
	public Advice start(Viewer viewer, PublicCaseId caseId, @Nullable String amendmentReason) {
		RankingSnapshot snapshot = this.meetings.latestRanking(viewer, caseId);
		AdviceDraft proposal = AdviceProposal.from(this.rankings.read(snapshot));
		return this.advice.startDraft(viewer, caseId, snapshot.id(), proposal, amendmentReason);
	}

	/** Saves the chair's changes to the draft, based on its lock version. */
	@Transactional
	public Advice save(Viewer viewer, PublicCaseId caseId, long lockVersion, AdviceDraft draft) {
		this.advice.saveDraft(viewer, caseId, lockVersion, draft);
		return current(viewer, caseId);
	}

	/**
	 * The draft's letter as it would be issued, marked as a preview; the preview is
	 * audited, not stored.
	 */
	@Transactional
	public AdviceLetter.Rendered preview(Viewer viewer, PublicCaseId caseId, Locale locale) {
		this.advice.requirePermitted(viewer, caseId, BoardAction.ISSUE_ADVICE);
		Advice draft = current(viewer, caseId);
		AdviceLetter.Rendered rendered = this.letters.render(this.letters.content(viewer, caseId, draft, today(), true),
				locale);
		this.advice.recordPreview(viewer, caseId, draft.versionNumber());
		return rendered;
	}

	/**
	 * Signs and issues the draft: renders its letter, stores both, and publishes
	 * {@link AdviceIssued}. The board gave the advice today, or, for its history
	 * registered retrospectively, on an earlier date: never in the future, and an
	 * amendment never before the version it amends. That date is time zero of follow-up
	 * and survival; the letter and every view mark advice given before it was signed
	 * here.
	 * @param advisedOn the date the board gave the advice; today when absent
	 * @throws SignatureNotConfirmedException if the chair did not confirm the signature
	 * @throws AdviceIssuedException if there is no draft (it has been issued)
	 * @throws InvalidAdviceException if the date breaks a rule
	 */
	@Transactional
	public Advice issue(Viewer viewer, PublicCaseId caseId, long lockVersion, boolean confirmed,
			@Nullable LocalDate advisedOn, Locale locale) {
		return issue(viewer, caseId, lockVersion, confirmed, advisedOn, locale, true);
	}

	/**
	 * Issues advice the board gave before it used Target Board, brought in by an import
	 * of its history: as {@link #issue}, with the board's date, but the centre is not
	 * mailed (it had the advice then; the letter stays on the case for whoever needs it).
	 */
	@Transactional
	public Advice issueImported(Viewer viewer, PublicCaseId caseId, long lockVersion, LocalDate advisedOn,
			Locale locale) {
		return issue(viewer, caseId, lockVersion, true, advisedOn, locale, false);
	}

	private Advice issue(Viewer viewer, PublicCaseId caseId, long lockVersion, boolean confirmed,
			@Nullable LocalDate advisedOn, Locale locale, boolean notify) {
		this.advice.requirePermitted(viewer, caseId, BoardAction.ISSUE_ADVICE);
		if (!confirmed) {
			throw new SignatureNotConfirmedException();
		}
		// One read of the versions gives the draft and the dates of those it amends.
		List<Advice> versions = this.advice.versions(viewer, caseId);
		Advice draft = versions.stream()
			.filter((a) -> !a.isIssued())
			.findFirst()
			.orElseThrow(AdviceIssuedException::new);
		LocalDate today = today();
		LocalDate date = (advisedOn != null) ? advisedOn : today;
		if (date.isAfter(today)) {
			throw new InvalidAdviceException(
					List.of(new IntakeProblem("advisedOn", "future", "cannot be in the future")));
		}
		LocalDate earlier = versions.stream()
			.filter(Advice::isIssued)
			.map(Advice::advisedOn)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
		if (earlier != null && date.isBefore(earlier)) {
			throw new InvalidAdviceException(List.of(new IntakeProblem("advisedOn", "beforeEarlierVersion",
					"cannot be before the advice it amends", List.of(earlier.toString()))));
		}
		AdviceLetter.Content content = this.letters.content(viewer, caseId, draft, date, false);
		AdviceLetter.Rendered rendered = this.letters.render(content, locale);
		Advice issued = this.advice.issue(viewer, caseId, lockVersion, new IssuedLetter(content.documentId(),
				content.issuedAt(), rendered.contentSha256(), rendered.pdf(), rendered.pdfSha256(), date));
		if (notify) {
			this.events.publishEvent(new AdviceIssued(caseId, content.record().boardCase().centre(),
					content.record().boardCase().hospital(), content.record().boardCase().pseudonym().toString(),
					issued.versionNumber(), content.documentId(), locale));
		}
		return issued;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** The draft being composed. */
	private Advice current(Viewer viewer, PublicCaseId caseId) {
		Advice draft = this.advice.draft(viewer, caseId);
		if (draft == null) {
			throw new AdviceIssuedException();
		}
		return draft;
	}

	/** Every version of the case's advice, newest first. */
	public List<Advice> versions(Viewer viewer, PublicCaseId caseId) {
		return this.advice.versions(viewer, caseId);
	}

	public @Nullable Advice draft(Viewer viewer, PublicCaseId caseId) {
		return this.advice.draft(viewer, caseId);
	}

	/** The signed letter of an issued version, as stored at issue. */
	public StoredLetter letter(Viewer viewer, PublicCaseId caseId, int versionNumber) {
		return this.advice.letter(viewer, caseId, versionNumber);
	}

	/** The ranking a draft was composed from, as the board saw it, with its result. */
	public Composition composition(Viewer viewer, PublicCaseId caseId, Advice draft) {
		RankingSnapshot snapshot = this.meetings.ranking(viewer, caseId, draft.rankingId());
		return new Composition(snapshot, this.rankings.read(snapshot));
	}

	public List<AdviceRegistry.ReferralProgress> referrals(Viewer viewer, PublicCaseId caseId, int versionNumber) {
		return this.advice.referrals(viewer, caseId, versionNumber);
	}

	/**
	 * Records what became of one referral of an issued advice, on the day it happened.
	 */
	@Transactional
	public void reportReferral(Viewer viewer, PublicCaseId caseId, int versionNumber, int position,
			@Nullable ReferralStatus status, @Nullable LocalDate date) {
		this.advice.reportReferral(viewer, caseId, versionNumber, position, status, date);
	}

	/**
	 * The engine's ranking behind a draft.
	 *
	 * @param snapshot the stored ranking
	 * @param result the ranking as read back
	 */
	public record Composition(RankingSnapshot snapshot, PrioritizationResult result) {
	}

}
