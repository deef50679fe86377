package org.targetboard.web.meeting;

import org.targetboard.core.intake.CaseIntake;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.meeting.AgendaItem;
import org.targetboard.core.meeting.Comment;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.core.meeting.MeetingSummary;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.web.system.BoardProperties;

/**
 * The meeting use cases, one method per operation, which the meeting pages and the
 * meeting API both call: planning, the agenda (placing a case ranks it as the board will
 * see it), attendance, the agenda mail, and in the meeting the comments, notes and the
 * recorded discussion. Each runs in one transaction.
 */
@Service
public class MeetingUseCases {

	private final MeetingRegistry meetings;

	private final CaseRegistry cases;

	private final Rankings rankings;

	private final MessageSource messages;

	private final BoardProperties properties;

	private final AccountRegistry accounts;

	MeetingUseCases(MeetingRegistry meetings, CaseRegistry cases, Rankings rankings, MessageSource messages,
			BoardProperties properties, AccountRegistry accounts) {
		this.accounts = accounts;
		this.meetings = meetings;
		this.cases = cases;
		this.rankings = rankings;
		this.messages = messages;
		this.properties = properties;
	}

	@Transactional
	public MeetingId plan(Viewer viewer, MeetingPlan plan) {
		return this.meetings.create(viewer, plan);
	}

	@Transactional
	public void replan(Viewer viewer, MeetingId id, long version, MeetingPlan plan) {
		this.meetings.update(viewer, id, version, plan);
	}

	/**
	 * Places a case on the agenda with the engine's ranking of it now, stored with the
	 * engine and knowledge-base versions, so the board discusses what it was shown. A
	 * meeting held before the board used Target Board has the ranking as of its day
	 * (issue 13: the engine as it could have ranked then, never with later knowledge).
	 */
	@Transactional
	public void placeOnAgenda(Viewer viewer, MeetingId id, long version, PublicCaseId caseId, int minutes) {
		CaseRecord record = this.cases.read(viewer, caseId);
		RankingSnapshot ranking = this.meetings.heldBeforeRegistration(id)
			.map((day) -> this.rankings.rank(record, day))
			.orElseGet(() -> this.rankings.rank(record));
		this.meetings.addToAgenda(viewer, id, version, caseId, minutes, ranking);
	}

	@Transactional
	public void takeOffAgenda(Viewer viewer, MeetingId id, long version, PublicCaseId caseId) {
		this.meetings.removeFromAgenda(viewer, id, version, caseId);
	}

	/** Moves a case one place up (-1) or down (+1). */
	@Transactional
	public void move(Viewer viewer, MeetingId id, long version, PublicCaseId caseId, int direction) {
		this.meetings.move(viewer, id, version, caseId, direction);
	}

	@Transactional
	public void recordAttendance(Viewer viewer, MeetingId id, long version, Set<String> present) {
		this.meetings.recordAttendance(viewer, id, version, present);
	}

	/**
	 * Mails the agenda to the members (title, time, number of cases and a link; no
	 * clinical data).
	 * @return how many members were sent it
	 */
	@Transactional
	public int sendAgenda(Viewer viewer, MeetingId id, long version, Locale locale) {
		Meeting meeting = this.meetings.read(viewer, id);
		String link = this.properties.link("/meetings/{id}", id);
		String subject = this.messages.getMessage("mail.agenda.subject", new Object[] { meeting.title() }, locale);
		String body = this.messages.getMessage("mail.agenda.body",
				new Object[] { meeting.title(), meeting.localStart().toLocalDateTime().toString().replace('T', ' '),
						meeting.timeZone().getId(), meeting.agenda().size(), link },
				locale);
		return this.meetings.sendAgenda(viewer, id, version, subject, body);
	}

	@Transactional
	public void comment(Viewer viewer, MeetingId id, PublicCaseId caseId, @Nullable String body) {
		this.meetings.addComment(viewer, id, caseId, body);
	}

	/** Saves the discussion notes of a case, based on the version the writer read. */
	@Transactional
	public void recordNotes(Viewer viewer, MeetingId id, PublicCaseId caseId, long notesVersion,
			@Nullable String notes) {
		this.meetings.saveNotes(viewer, id, caseId, notesVersion, notes);
	}

	@Transactional
	public void markDiscussed(Viewer viewer, MeetingId id, PublicCaseId caseId) {
		this.meetings.markDiscussed(viewer, id, caseId);
	}

	public List<MeetingSummary> list(Viewer viewer) {
		return this.meetings.list(viewer);
	}

	public Meeting read(Viewer viewer, MeetingId id) {
		return this.meetings.read(viewer, id);
	}

	/** Refuses a viewer who may not plan meetings, before a planning form is shown. */
	public void requirePlanner(Viewer viewer) {
		this.meetings.requirePlanner(viewer);
	}

	/** Cases waiting for a place on an agenda. */
	public List<BoardCase> schedulable(Viewer viewer) {
		return this.meetings.schedulable(viewer);
	}

	public List<Comment> comments(Viewer viewer, PublicCaseId caseId) {
		return this.meetings.comments(viewer, caseId);
	}

	/** Accounts that may chair a meeting. */
	public List<String> chairs() {
		return this.accounts.usernamesWithRoles(Set.of(Role.CHAIR));
	}

	/** Accounts that may be invited as members. */
	public List<String> invitable() {
		return this.accounts.usernamesWithRoles(MeetingRegistry.MEMBER_ROLES);
	}

	/**
	 * The agenda as printed for the members: the meeting and, per case, what the board
	 * reads before it (the summary and the centre's question). Each case is read, and
	 * audited as read, as on its own page.
	 */
	public PrintedAgenda printable(Viewer viewer, MeetingId id) {
		Meeting meeting = this.meetings.read(viewer, id);
		Map<PublicCaseId, CaseIntake> intakes = new LinkedHashMap<>();
		for (AgendaItem item : meeting.agenda()) {
			intakes.put(item.caseId(), this.cases.read(viewer, item.caseId()).intake());
		}
		return new PrintedAgenda(meeting, intakes);
	}

	/**
	 * A printed agenda.
	 *
	 * @param meeting the meeting with its agenda
	 * @param intakes each case's intake, by case
	 */
	public record PrintedAgenda(Meeting meeting, Map<PublicCaseId, CaseIntake> intakes) {
	}

	/**
	 * One agenda item as the board presents it: the case as it is now, the ranking stored
	 * when it was placed on the agenda, and what changed in the knowledge base since.
	 * Read in one transaction: one connection and one commit for its reads and their
	 * audit.
	 * @throws MeetingNotFoundException if the meeting has no such item
	 */
	@Transactional
	public Presentation present(Viewer viewer, MeetingId id, int position) {
		Meeting meeting = this.meetings.read(viewer, id);
		AgendaItem item = meeting.itemAt(position);
		if (item == null) {
			throw new MeetingNotFoundException();
		}
		CaseRecord record = this.cases.read(viewer, item.caseId());
		RankingSnapshot snapshot = this.meetings.ranking(viewer, item.caseId(), item.rankingId());
		return new Presentation(meeting, item, record, snapshot, this.rankings.read(snapshot),
				this.rankings.changeSince(snapshot, record), this.meetings.comments(viewer, item.caseId()));
	}

	/**
	 * An agenda item as presented.
	 *
	 * @param meeting the meeting
	 * @param item the agenda item
	 * @param record the case now
	 * @param snapshot the ranking stored with the item
	 * @param result that ranking as read back
	 * @param change what changed in the knowledge base since, or nothing
	 * @param comments the members' comments before the meeting
	 */
	public record Presentation(Meeting meeting, AgendaItem item, CaseRecord record, RankingSnapshot snapshot,
			PrioritizationResult result, Rankings.@Nullable KnowledgeChange change, List<Comment> comments) {
	}

}
