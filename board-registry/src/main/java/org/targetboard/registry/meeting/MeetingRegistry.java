package org.targetboard.registry.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.meeting.AgendaItem;
import org.targetboard.core.meeting.AgendaPolicy;
import org.targetboard.core.meeting.Comment;
import org.targetboard.core.meeting.InvalidMeetingException;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.core.meeting.MeetingSummary;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.boardcase.CaseListEntry;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.mail.MailOutbox;

/**
 * Registry of board meetings: plans, agendas (placing a case on an agenda schedules it
 * and stores the ranking the board will see), attendance, discussion notes and comments.
 * The board office (administrator) and the chair manage meetings; members read them and
 * comment. Every change of a meeting checks its version, so that two people editing the
 * same meeting never silently overwrite each other.
 */
@Service
public class MeetingRegistry {

	/** Roles invited to meetings. */
	public static final Set<Role> MEMBER_ROLES = Set.of(Role.CHAIR, Role.BOARD_MEMBER);

	private final JdbcClient jdbc;

	private final CaseRegistry cases;

	private final AccountRegistry accounts;

	private final AuditLog audit;

	private final MailOutbox mail;

	private final Clock clock;

	MeetingRegistry(JdbcClient jdbc, CaseRegistry cases, AccountRegistry accounts, AuditLog audit, MailOutbox mail,
			Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
		this.audit = audit;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Plans a meeting. The chair is always a member.
	 * @throws InvalidMeetingException if the plan breaks a rule; nothing is stored
	 */
	@Transactional
	public MeetingId create(Viewer viewer, MeetingPlan plan) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "CREATE_MEETING");
		if (plan.retrospective()) {
			require(viewer, BoardAction.REGISTER_HISTORY, "REGISTER_PAST_MEETING");
		}
		Instant now = this.clock.instant();
		List<String> members = checked(plan, now);
		MeetingId id = MeetingId.random();
		long key = this.jdbc.sql("""
				insert into meeting (public_id, title, starts_at, time_zone, duration_minutes, submission_cutoff,
				                     chair, version, created_at, created_by, updated_at, retrospective)
				values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) returning id
				""")
			.params(id.value(), Objects.requireNonNull(plan.title()).strip(), Timestamp.from(plan.startsAt()),
					Objects.requireNonNull(plan.zone()).getId(), plan.durationMinutes(), plan.submissionCutoff(),
					plan.chair(), Timestamp.from(now), viewer.username(), Timestamp.from(now), plan.retrospective())
			.query(Long.class)
			.single();
		for (String member : members) {
			this.jdbc.sql("insert into meeting_member (meeting_id, username) values (?, ?)")
				.params(key, member)
				.update();
		}
		this.audit.record(viewer.username(), AuditAction.MEETING_CHANGED, "meeting created " + id);
		return id;
	}

	/**
	 * Changes a meeting's plan and members; recorded attendance of remaining members is
	 * kept.
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 * @throws InvalidMeetingException if the plan breaks a rule; nothing is changed
	 */
	@Transactional
	public void update(Viewer viewer, MeetingId id, long version, MeetingPlan plan) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "UPDATE_MEETING");
		long key = keyOf(id);
		// Whether the meeting was held before it was registered is decided when it is
		// registered, not by a later change.
		boolean retrospective = this.jdbc.sql("select retrospective from meeting where id = ?")
			.param(key)
			.query(Boolean.class)
			.single();
		List<String> members = checked(new MeetingPlan(plan.title(), plan.start(), plan.timeZone(),
				plan.durationMinutes(), plan.submissionCutoff(), plan.chair(), plan.members(), retrospective),
				this.clock.instant());
		int changed = this.jdbc.sql("""
				update meeting set title = ?, starts_at = ?, time_zone = ?, duration_minutes = ?, submission_cutoff = ?,
				       chair = ?, version = version + 1, updated_at = ?
				where id = ? and version = ?
				""")
			.params(Objects.requireNonNull(plan.title()).strip(), Timestamp.from(plan.startsAt()),
					Objects.requireNonNull(plan.zone()).getId(), plan.durationMinutes(), plan.submissionCutoff(),
					plan.chair(), Timestamp.from(this.clock.instant()), key, version)
			.update();
		if (changed == 0) {
			throw new StaleMeetingException();
		}
		this.jdbc.sql("delete from meeting_member where meeting_id = ? and not (username = any (?))")
			.params(key, members.toArray(String[]::new))
			.update();
		for (String member : members) {
			this.jdbc.sql("insert into meeting_member (meeting_id, username) values (?, ?) on conflict do nothing")
				.params(key, member)
				.update();
		}
		this.audit.record(viewer.username(), AuditAction.MEETING_CHANGED, "meeting updated " + id);
	}

	/**
	 * Meetings, upcoming first then past ones, newest first.
	 */
	@Transactional(readOnly = true)
	public List<MeetingSummary> list(Viewer viewer) {
		require(viewer, BoardAction.READ_MEETINGS, "LIST_MEETINGS");
		// One query for the list, however many meetings there are.
		return this.jdbc.sql("""
				select m.public_id, m.title, m.starts_at, m.time_zone, m.chair,
				       (select count(*) from agenda_item a where a.meeting_id = m.id)
				from meeting m
				order by (m.starts_at < :recent), case when m.starts_at >= :recent then m.starts_at end,
				         m.starts_at desc
				""")
			.param("recent", Timestamp.from(this.clock.instant().minus(java.time.Duration.ofDays(1))))
			.query((rs, n) -> new MeetingSummary(new MeetingId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), ZoneId.of(rs.getString(4)), rs.getString(5), rs.getInt(6)))
			.list();
	}

	/**
	 * Checks that the viewer plans meetings, before a planning form lists the accounts
	 * that can be invited.
	 * @throws ActionNotPermittedException otherwise; the refusal is audited
	 */
	public void requirePlanner(Viewer viewer) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "PLAN_MEETING");
	}

	/**
	 * A meeting with its agenda and members.
	 * @throws MeetingNotFoundException if there is no such meeting
	 */
	@Transactional
	public Meeting read(Viewer viewer, MeetingId id) {
		require(viewer, BoardAction.READ_MEETINGS, "READ_MEETING");
		Meeting meeting = load(id);
		// The agenda lists cases (pseudonym, diagnosis, question): a read of each.
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ,
				"meeting " + id + " agenda read: " + meeting.agenda().size() + " case(s)");
		return meeting;
	}

	/**
	 * The day a meeting registered retrospectively was held (empty for a meeting planned
	 * here): the meeting's own facts, not its agenda, so not a read of cases.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<java.time.LocalDate> heldBeforeRegistration(MeetingId id) {
		Meeting meeting = load(id);
		return meeting.retrospective() ? java.util.Optional.of(meeting.localStart().toLocalDate())
				: java.util.Optional.empty();
	}

	/**
	 * The cases that can be placed on an agenda: consent verified, not yet scheduled.
	 */
	@Transactional
	public List<BoardCase> schedulable(Viewer viewer) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "BUILD_AGENDA");
		// Only the cases in that state are read: reading every case in sight to keep
		// a few took the meeting page 1.2 s on a registry of 10,000 cases.
		List<BoardCase> schedulable = this.cases.inStates(viewer, List.of(CaseStatus.CONSENT_VERIFIED))
			.stream()
			.map(CaseListEntry::boardCase)
			.toList();
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ,
				"cases listed for an agenda: " + schedulable.size());
		return schedulable;
	}

	/**
	 * Places a case at the end of the agenda and schedules it, storing the ranking the
	 * board will see. The case must have been submitted by the meeting's cut-off and have
	 * consent for discussion in force (checked by the case registry on scheduling).
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 * @throws InvalidMeetingException if the case was submitted after the cut-off
	 */
	@Transactional
	public void addToAgenda(Viewer viewer, MeetingId id, long version, PublicCaseId caseId, int minutes,
			RankingSnapshot ranking) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "BUILD_AGENDA");
		long key = keyOf(id);
		bump(key, version);
		record Admission(LocalDate cutoff, boolean retrospective) {
		}
		Admission meeting = this.jdbc.sql("select submission_cutoff, retrospective from meeting where id = ?")
			.param(key)
			.query((rs, n) -> new Admission(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
			.single();
		BoardCase boardCase = this.cases.find(viewer, caseId);
		LocalDate submitted = this.jdbc.sql("""
				select max(h.occurred_at) from case_status_change h join board_case c on c.id = h.case_id
				where c.public_id = ? and h.to_status = 'SUBMITTED'
				""")
			.param(caseId.value())
			.query(Timestamp.class)
			.optional()
			.map((at) -> LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC))
			.orElse(null);
		List<IntakeProblem> refusals = AgendaPolicy.refusals(meeting.cutoff(), submitted, minutes,
				meeting.retrospective());
		if (!refusals.isEmpty()) {
			throw new InvalidMeetingException(refusals);
		}
		this.cases.apply(viewer, caseId, CaseAction.SCHEDULE, boardCase.version());
		long caseKey = caseKeyOf(caseId);
		long rankingId = storeRanking(this.jdbc, caseKey, ranking);
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?")
			.param(key)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into agenda_item (meeting_id, case_id, position, minutes, ranking_id) values (?, ?, ?, ?, ?)
				""").params(key, caseKey, position, minutes, rankingId).update();
		this.audit.recordForCase(viewer.username(), AuditAction.MEETING_CHANGED, caseId, "added to agenda " + id);
	}

	/**
	 * Takes a case off the agenda (before it was discussed) and unschedules it.
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 */
	@Transactional
	public void removeFromAgenda(Viewer viewer, MeetingId id, long version, PublicCaseId caseId) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "BUILD_AGENDA");
		long key = keyOf(id);
		bump(key, version);
		BoardCase boardCase = this.cases.find(viewer, caseId);
		this.cases.apply(viewer, caseId, CaseAction.UNSCHEDULE, boardCase.version());
		this.jdbc.sql("delete from agenda_item where meeting_id = ? and case_id = ?")
			.params(key, caseKeyOf(caseId))
			.update();
		this.jdbc.sql("""
				update agenda_item a set position = n.rn from (
				  select id, row_number() over (order by position) rn from agenda_item where meeting_id = ?) n
				where a.id = n.id
				""").param(key).update();
		this.audit.recordForCase(viewer.username(), AuditAction.MEETING_CHANGED, caseId, "removed from agenda " + id);
	}

	/**
	 * Moves a case one place up ({@code -1}) or down ({@code +1}) on the agenda.
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 */
	@Transactional
	public void move(Viewer viewer, MeetingId id, long version, PublicCaseId caseId, int direction) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "BUILD_AGENDA");
		long key = keyOf(id);
		bump(key, version);
		long caseKey = caseKeyOf(caseId);
		Integer position = this.jdbc.sql("select position from agenda_item where meeting_id = ? and case_id = ?")
			.params(key, caseKey)
			.query(Integer.class)
			.optional()
			.orElseThrow(MeetingNotFoundException::new);
		int target = position + Integer.signum(direction);
		// Positions are unique per meeting, checked at commit: swap the two rows.
		int swapped = this.jdbc.sql("update agenda_item set position = ? where meeting_id = ? and position = ?")
			.params(position, key, target)
			.update();
		if (swapped == 1) {
			this.jdbc.sql("update agenda_item set position = ? where meeting_id = ? and case_id = ?")
				.params(target, key, caseKey)
				.update();
		}
	}

	/**
	 * Records who attended.
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 */
	@Transactional
	public void recordAttendance(Viewer viewer, MeetingId id, long version, Set<String> present) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "RECORD_ATTENDANCE");
		long key = keyOf(id);
		bump(key, version);
		this.jdbc.sql("update meeting_member set attended = (username = any (?)) where meeting_id = ?")
			.params(present.toArray(String[]::new), key)
			.update();
		this.audit.record(viewer.username(), AuditAction.MEETING_CHANGED,
				"attendance recorded " + id + ": " + present.size() + " present");
	}

	/**
	 * Saves the discussion notes of a case on the agenda.
	 * @param notesVersion the version of the notes the change is based on
	 * @throws StaleMeetingException if someone else saved the notes since
	 * @throws InvalidMeetingException if the notes are too long
	 */
	@Transactional
	public void saveNotes(Viewer viewer, MeetingId id, PublicCaseId caseId, long notesVersion, @Nullable String notes) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "RECORD_NOTES");
		if (notes == null) {
			throw new InvalidMeetingException(List.of(new IntakeProblem("notes", "required", "is required")));
		}
		if (notes.length() > AgendaItem.MAX_NOTES) {
			throw new InvalidMeetingException(List
				.of(new IntakeProblem("notes", "tooLong", "must be at most " + AgendaItem.MAX_NOTES + " characters",
						List.of(Integer.toString(AgendaItem.MAX_NOTES)))));
		}
		this.cases.find(viewer, caseId);
		int changed = this.jdbc.sql("""
				update agenda_item set discussion_notes = ?, notes_version = notes_version + 1, notes_updated_by = ?,
				       notes_updated_at = ?
				where meeting_id = ? and case_id = ? and notes_version = ?
				""")
			.params(notes.isBlank() ? null : notes, viewer.username(), Timestamp.from(this.clock.instant()), keyOf(id),
					caseKeyOf(caseId), notesVersion)
			.update();
		if (changed == 0) {
			throw new StaleMeetingException();
		}
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, caseId, "discussion notes saved " + id);
	}

	/**
	 * Records that the board discussed the case, which opens the advice.
	 */
	@Transactional
	public void markDiscussed(Viewer viewer, MeetingId id, PublicCaseId caseId) {
		requireOnAgenda(id, caseId);
		BoardCase boardCase = this.cases.find(viewer, caseId);
		this.cases.apply(viewer, caseId, CaseAction.RECORD_DISCUSSION, boardCase.version());
	}

	/**
	 * A member's comment on a case on the agenda.
	 * @throws InvalidMeetingException if the comment is empty or too long
	 */
	@Transactional
	public void addComment(Viewer viewer, MeetingId id, PublicCaseId caseId, @Nullable String body) {
		require(viewer, BoardAction.COMMENT_ON_CASE, "COMMENT");
		if (body == null || body.isBlank() || body.length() > Comment.MAX_BODY) {
			throw new InvalidMeetingException(
					List.of((body == null || body.isBlank()) ? new IntakeProblem("body", "required", "is required")
							: new IntakeProblem("body", "tooLong",
									"must be at most " + Comment.MAX_BODY + " characters",
									List.of(Integer.toString(Comment.MAX_BODY)))));
		}
		this.cases.find(viewer, caseId);
		this.jdbc.sql("insert into case_comment (case_id, meeting_id, author, body, created_at) values (?, ?, ?, ?, ?)")
			.params(caseKeyOf(caseId), keyOf(id), viewer.username(), body.strip(), Timestamp.from(this.clock.instant()))
			.update();
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, caseId, "comment added");
	}

	/**
	 * The members' comments on a case, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Comment> comments(Viewer viewer, PublicCaseId caseId) {
		require(viewer, BoardAction.READ_MEETINGS, "READ_COMMENTS");
		return this.jdbc.sql("""
				select m.author, m.body, m.created_at from case_comment m join board_case c on c.id = m.case_id
				where c.public_id = ? order by m.id
				""")
			.param(caseId.value())
			.query((rs, row) -> new Comment(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/**
	 * A stored ranking of a case the viewer can see.
	 * @throws MeetingNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public RankingSnapshot ranking(Viewer viewer, PublicCaseId caseId, long rankingId) {
		this.cases.find(viewer, caseId);
		return this.jdbc.sql("""
				select r.id, r.engine_version, r.knowledge_base_version, r.knowledge_base_hash, r.assessment_date,
				       r.result::text, r.ranked_at
				from case_ranking r join board_case c on c.id = r.case_id where c.public_id = ? and r.id = ?
				""")
			.params(caseId.value(), rankingId)
			.query((rs, row) -> new RankingSnapshot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getTimestamp(7).toInstant(), List.of()))
			.optional()
			.orElseThrow(MeetingNotFoundException::new);
	}

	/**
	 * The ranking the board saw when it last discussed the case: on a meeting's agenda or
	 * in a written review.
	 * @throws MeetingNotFoundException if the case was never on an agenda or in review
	 */
	@Transactional(readOnly = true)
	public RankingSnapshot latestRanking(Viewer viewer, PublicCaseId caseId) {
		long rankingId = this.jdbc
			.sql("""
					select max(ranking_id) from (
					    select a.ranking_id from agenda_item a join board_case c on c.id = a.case_id where c.public_id = ?
					    union all
					    select w.ranking_id from written_review w join board_case c on c.id = w.case_id where c.public_id = ?
					) seen
					""")
			.params(caseId.value(), caseId.value())
			.query(Long.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(MeetingNotFoundException::new);
		return ranking(viewer, caseId, rankingId);
	}

	/**
	 * The meeting that last had the case on its agenda, if any, for the case's letter:
	 * not a member's read of the agenda, so not audited as one (the letter's own read
	 * is).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Meeting> meetingOf(PublicCaseId caseId) {
		return this.jdbc.sql("""
				select m.public_id from agenda_item a join meeting m on m.id = a.meeting_id
				join board_case c on c.id = a.case_id where c.public_id = ? order by a.id desc limit 1
				""").param(caseId.value()).query(java.util.UUID.class).optional().map((id) -> load(new MeetingId(id)));
	}

	/**
	 * Sends every member the agenda's link (pseudonyms only, no clinical data) and
	 * records when it was sent.
	 * @param link the meeting's address
	 * @throws StaleMeetingException if the meeting changed since {@code version}
	 */
	@Transactional
	public int sendAgenda(Viewer viewer, MeetingId id, long version, String subject, String body) {
		require(viewer, BoardAction.MANAGE_MEETINGS, "SEND_AGENDA");
		long key = keyOf(id);
		bump(key, version);
		List<String> members = this.jdbc.sql("select username from meeting_member where meeting_id = ?")
			.param(key)
			.query(String.class)
			.list();
		List<String> addresses = this.accounts.emailsOf(members);
		for (String address : addresses) {
			this.mail.enqueue(address, subject, body);
		}
		this.jdbc.sql("update meeting set agenda_sent_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), key)
			.update();
		this.audit.record(viewer.username(), AuditAction.MEETING_CHANGED,
				"agenda sent " + id + " to " + addresses.size() + " member(s)");
		return addresses.size();
	}

	// What the board saw, stored for a meeting's agenda or a written review.
	static long storeRanking(JdbcClient jdbc, long caseKey, RankingSnapshot ranking) {
		long id = jdbc.sql("""
				insert into case_ranking (case_id, engine_version, knowledge_base_version, knowledge_base_hash,
				                          assessment_date, result, ranked_at)
				values (?, ?, ?, ?, ?, ?::jsonb, ?) returning id
				""")
			.params(caseKey, ranking.engineVersion(), ranking.knowledgeBaseVersion(), ranking.knowledgeBaseHash(),
					ranking.assessmentDate(), ranking.resultJson(), Timestamp.from(ranking.rankedAt()))
			.query(Long.class)
			.single();
		for (RankingSnapshot.Event event : ranking.events()) {
			jdbc.sql("""
					insert into case_ranking_event (ranking_id, rank, event_id, name, tier, best_evidence,
					    without_open_trial) values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, event.rank(), event.eventId(), event.name(), event.tier(), event.bestEvidence(),
						event.withoutOpenTrial())
				.update();
		}
		return id;
	}

	private List<String> checked(MeetingPlan plan, Instant now) {
		List<IntakeProblem> problems = new ArrayList<>(plan.check(now));
		Set<String> invitable = new LinkedHashSet<>(this.accounts.usernamesWithRoles(MEMBER_ROLES));
		if (plan.chair() != null && !plan.chair().isBlank()
				&& !this.accounts.usernamesWithRoles(Set.of(Role.CHAIR)).contains(plan.chair())) {
			problems.add(new IntakeProblem("chair", "notAChair", "must be a board chair"));
		}
		for (String member : plan.members()) {
			if (!invitable.contains(member)) {
				problems.add(new IntakeProblem("members", "notAMember", "may only name board members and chairs"));
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidMeetingException(problems);
		}
		Set<String> members = new LinkedHashSet<>(plan.members());
		members.add(Objects.requireNonNull(plan.chair()));
		return List.copyOf(members);
	}

	private Meeting load(MeetingId id) {
		record Row(long key, String title, Instant startsAt, String zone, int duration, LocalDate cutoff, String chair,
				long version, @Nullable Instant sentAt, boolean retrospective) {
		}
		Row row = this.jdbc.sql("""
				select id, title, starts_at, time_zone, duration_minutes, submission_cutoff, chair, version,
				       agenda_sent_at, retrospective from meeting where public_id = ?
				""")
			.param(id.value())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8),
					(rs.getTimestamp(9) != null) ? rs.getTimestamp(9).toInstant() : null, rs.getBoolean(10)))
			.optional()
			.orElseThrow(MeetingNotFoundException::new);
		List<Meeting.Member> members = this.jdbc
			.sql("select username, attended from meeting_member where meeting_id = ? order by username")
			.param(row.key())
			.query((rs, n) -> new Meeting.Member(rs.getString(1), (Boolean) rs.getObject(2)))
			.list();
		List<AgendaItem> agenda = this.jdbc.sql("""
				select c.public_id, c.pseudonym, e.code, c.diagnosis, c.status, a.position, a.minutes, a.ranking_id,
				       a.discussion_notes, a.notes_version, a.notes_updated_by, a.notes_updated_at
				from agenda_item a join board_case c on c.id = a.case_id join centre e on e.id = c.centre_id
				where a.meeting_id = ? order by a.position
				""")
			.param(row.key())
			.query((rs, n) -> new AgendaItem(new PublicCaseId(rs.getObject(1, UUID.class)),
					Pseudonym.parse(rs.getString(2)), new CentreCode(rs.getString(3)),
					(rs.getString(4) != null) ? Diagnosis.valueOf(rs.getString(4)) : null,
					CaseStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getString(9),
					rs.getLong(10), rs.getString(11),
					(rs.getTimestamp(12) != null) ? rs.getTimestamp(12).toInstant() : null))
			.list();
		return new Meeting(id, row.title(), row.startsAt(), ZoneId.of(row.zone()), row.duration(), row.cutoff(),
				row.chair(), members, agenda, row.version(), row.sentAt(), row.retrospective());
	}

	private void requireOnAgenda(MeetingId id, PublicCaseId caseId) {
		boolean onAgenda = this.jdbc.sql("""
				select exists (select 1 from agenda_item a join meeting m on m.id = a.meeting_id
				               join board_case c on c.id = a.case_id where m.public_id = ? and c.public_id = ?)
				""").params(id.value(), caseId.value()).query(Boolean.class).single();
		if (!onAgenda) {
			throw new MeetingNotFoundException();
		}
	}

	private void bump(long key, long version) {
		int changed = this.jdbc
			.sql("update meeting set version = version + 1, updated_at = ? where id = ? and version = ?")
			.params(Timestamp.from(this.clock.instant()), key, version)
			.update();
		if (changed == 0) {
			throw new StaleMeetingException();
		}
	}

	private long keyOf(MeetingId id) {
		return this.jdbc.sql("select id from meeting where public_id = ?")
			.param(id.value())
			.query(Long.class)
			.optional()
			.orElseThrow(MeetingNotFoundException::new);
	}

	private long caseKeyOf(PublicCaseId id) {
		return caseKeyOf(this.jdbc, id);
	}

	// The database key of a case, for the board's discussion tables (agenda, review).
	static long caseKeyOf(JdbcClient jdbc, PublicCaseId id) {
		return jdbc.sql("select id from board_case where public_id = ?").param(id.value()).query(Long.class).single();
	}

	private void require(Viewer viewer, BoardAction action, String what) {
		this.audit.require(viewer, action, what);
	}

}
