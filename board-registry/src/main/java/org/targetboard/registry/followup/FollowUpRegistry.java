package org.targetboard.registry.followup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.CaseScope;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.FollowUpSchedule;
import org.targetboard.core.followup.InvalidFollowUpException;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.MrdValue;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.mail.MailOutbox;

/**
 * Registry of follow-up. A report answers one scheduled due date; the first moves the
 * case into follow-up, a report of death or loss to follow-up closes it. The worklist
 * shows each centre its due and overdue follow-ups; overdue ones are reminded by mail
 * once, under a database lock so that several nodes never remind twice.
 */
@Service
public class FollowUpRegistry {

	/** Follow-ups due within this many days appear on the worklist. */
	static final int DUE_WINDOW_DAYS = 30;

	// One number for the advisory lock of the reminder job, the same on every node.
	private static final long REMINDER_LOCK = 0x7462_666f_6c6cL;

	private final JdbcClient jdbc;

	private final CaseRegistry cases;

	private final AccountRegistry accounts;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final FollowUpSchedule schedule;

	private final Clock clock;

	FollowUpRegistry(JdbcClient jdbc, CaseRegistry cases, AccountRegistry accounts, MailOutbox mail, AuditLog audit,
			FollowUpSchedule schedule, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.accounts = accounts;
		this.mail = mail;
		this.audit = audit;
		this.schedule = schedule;
		this.clock = clock;
	}

	/**
	 * The text of a reminder.
	 */
	@FunctionalInterface
	public interface ReminderText {

		/** Subject and body of the reminder for one overdue follow-up. */
		String[] of(Pseudonym pseudonym, PublicCaseId caseId, LocalDate dueDate);

	}

	/**
	 * The schedule in use.
	 */
	public FollowUpSchedule schedule() {
		return this.schedule;
	}

	/**
	 * Records a follow-up report.
	 * @throws InvalidFollowUpException if the report breaks a rule; nothing is stored
	 */
	@Transactional
	public void record(Viewer viewer, PublicCaseId caseId, FollowUpReport report) {
		OpenCase open = openFollowUp(viewer, caseId, "FOLLOW_UP", "dueDate");
		BoardCase boardCase = open.boardCase();
		CaseFacts facts = open.facts();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<IntakeProblem> problems = new ArrayList<>(
				report.check(facts.adviceDate(), boardCase.summary().diagnosis(), facts.components(), today));
		List<LocalDate> due = this.schedule.dueDatesUntil(facts.adviceDate(), today.plusDays(DUE_WINDOW_DAYS));
		if (!due.contains(report.dueDate()) || facts.reported().contains(report.dueDate())) {
			problems
				.add(new IntakeProblem("dueDate", "notDue", "must be a scheduled follow-up that is not yet reported"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFollowUpException(problems);
		}
		MrdValue mrd = report.mrdAfterCycle1();
		this.jdbc.sql("""
				insert into follow_up (case_id, due_date, advice_followed, therapy_given, advised_option, therapy_start,
				    reason_code, reason_text, response_cycle1, mrd_fraction, mrd_below_limit, hsct, hsct_date, car_t,
				    car_t_date, relapse, relapse_date, alive, death_date, cause_of_death, last_contact,
				    lost_to_follow_up, reported_at, reported_by, components_given)
				select c.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
				from board_case c where c.public_id = ?
				""")
			.params(report.dueDate(), name(report.adviceFollowed()), name(report.therapyGiven()),
					report.advisedOption(), report.therapyStart(), name(report.reason()),
					blankToNull(report.reasonText()), name(report.response()), (mrd != null) ? mrd.fraction() : null,
					mrd != null && mrd.belowLimit(), report.hsct(), report.hsctDate(), report.carT(), report.carTDate(),
					report.relapse(), report.relapseDate(), report.alive(), report.deathDate(),
					name(report.causeOfDeath()), report.lastContact(), report.lostToFollowUp(),
					Timestamp.from(this.clock.instant()), viewer.username(),
					report.componentsGiven().stream().map(String::valueOf).collect(Collectors.joining(",")),
					caseId.value())
			.update();
		moveCase(viewer, boardCase, report.endsFollowUp() ? (report.alive() ? "lost to follow-up" : "died") : null,
				"follow-up due " + report.dueDate() + " recorded");
	}

	/**
	 * Records an event the day the centre learns of it, at any date between the advice
	 * and today: a death or loss to follow-up ends follow-up and closes the case, like a
	 * report that says so.
	 * @throws InvalidFollowUpException if the event breaks a rule; nothing is stored
	 */
	@Transactional
	public void recordEvent(Viewer viewer, PublicCaseId caseId, OutcomeEvent event) {
		OpenCase open = openFollowUp(viewer, caseId, "OUTCOME_EVENT", "kind");
		BoardCase boardCase = open.boardCase();
		CaseFacts facts = open.facts();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<IntakeProblem> problems = event.check(facts.adviceDate(), facts.recommendations(), today);
		if (!problems.isEmpty()) {
			throw new InvalidFollowUpException(problems);
		}
		this.jdbc.sql("""
				insert into outcome_event (case_id, kind, occurred_on, cause_of_death, therapy_given, advised_option,
				    recorded_at, recorded_by)
				select c.id, ?, ?, ?, ?, ?, ?, ? from board_case c where c.public_id = ?
				""")
			.params(name(event.kind()), event.occurredOn(), name(event.causeOfDeath()), name(event.therapyGiven()),
					event.advisedOption(), Timestamp.from(this.clock.instant()), viewer.username(), caseId.value())
			.update();
		moveCase(
				viewer, boardCase, event.endsFollowUp()
						? ((event.kind() == OutcomeEvent.Kind.DEATH) ? "died" : "lost to follow-up") : null,
				"outcome event " + event.kind() + " of " + event.occurredOn() + " recorded");
	}

	/**
	 * The case a report or event is recorded for, once the viewer may report and its
	 * follow-up continues (advice issued, not closed).
	 * @param what the refused action, for the audit
	 * @param field the field a refusal is shown at
	 */
	private OpenCase openFollowUp(Viewer viewer, PublicCaseId caseId, String what, String field) {
		if (!BoardAction.REPORT_FOLLOW_UP.isPermittedFor(viewer.role())) {
			this.audit.recordRefusal(viewer.username(), caseId, what + " by " + viewer.role());
			throw new ActionNotPermittedException("RECORD_FOLLOW_UP");
		}
		BoardCase boardCase = this.cases.find(viewer, caseId);
		CaseFacts facts = facts(caseId);
		if (facts.adviceDate() == null
				|| (boardCase.status() != CaseStatus.ADVICE_ISSUED && boardCase.status() != CaseStatus.FOLLOW_UP)) {
			throw new InvalidFollowUpException(List.of(new IntakeProblem(field, "noFollowUpDue",
					"nothing can be reported: the case has no issued advice or its follow-up has ended")));
		}
		return new OpenCase(boardCase, facts);
	}

	private record OpenCase(BoardCase boardCase, CaseFacts facts) {
	}

	/**
	 * After a report or event: the first moves the case into follow-up, one that ends
	 * follow-up closes it with its reason; the change is audited.
	 */
	private void moveCase(Viewer viewer, BoardCase boardCase, @Nullable String closeReason, String audited) {
		PublicCaseId caseId = boardCase.id();
		long version = boardCase.version();
		if (boardCase.status() == CaseStatus.ADVICE_ISSUED) {
			version = this.cases.apply(viewer, caseId, CaseAction.START_FOLLOW_UP, version).version();
		}
		if (closeReason != null) {
			this.cases.apply(viewer, caseId, CaseAction.CLOSE, version, closeReason);
		}
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, caseId, audited);
	}

	/**
	 * The outcome events of a case in the order they happened; the read is audited.
	 */
	@Transactional
	public List<StoredOutcomeEvent> events(Viewer viewer, PublicCaseId caseId) {
		this.cases.find(viewer, caseId);
		List<StoredOutcomeEvent> events = this.jdbc.sql("""
				select e.* from outcome_event e join board_case c on c.id = e.case_id where c.public_id = ?
				order by e.occurred_on, e.id
				""")
			.param(caseId.value())
			.query((rs, n) -> new StoredOutcomeEvent(new OutcomeEvent(OutcomeEvent.Kind.valueOf(rs.getString("kind")),
					rs.getObject("occurred_on", LocalDate.class),
					value(CauseOfDeath.class, rs.getString("cause_of_death")),
					value(TherapyGiven.class, rs.getString("therapy_given")), (Integer) rs.getObject("advised_option")),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_READ, caseId, "outcome events");
		return events;
	}

	/**
	 * The reports of a case, oldest first; the read is audited.
	 */
	@Transactional
	public List<StoredFollowUp> reports(Viewer viewer, PublicCaseId caseId) {
		List<StoredFollowUp> reports = reportsForExport(viewer, caseId);
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_READ, caseId, "follow-up reports");
		return reports;
	}

	/**
	 * The reports of a case for a bulk export, which its caller audits once as a whole.
	 */
	@Transactional(readOnly = true)
	public List<StoredFollowUp> reportsForExport(Viewer viewer, PublicCaseId caseId) {
		this.cases.find(viewer, caseId);
		return this.jdbc.sql("""
				select f.* from follow_up f join board_case c on c.id = f.case_id where c.public_id = ?
				order by f.due_date
				""").param(caseId.value()).query((rs, n) -> stored(rs)).list();
	}

	/**
	 * The next follow-up due of a case, if follow-up continues.
	 */
	@Transactional(readOnly = true)
	public @Nullable LocalDate nextDue(Viewer viewer, PublicCaseId caseId) {
		BoardCase boardCase = this.cases.find(viewer, caseId);
		CaseFacts facts = facts(caseId);
		if (facts.adviceDate() == null) {
			return null;
		}
		return this.schedule.nextDue(facts.adviceDate(), facts.reported(),
				boardCase.status() != CaseStatus.ADVICE_ISSUED && boardCase.status() != CaseStatus.FOLLOW_UP);
	}

	/**
	 * The follow-ups due within 30 days or overdue, in the viewer's scope, most overdue
	 * first.
	 */
	@Transactional
	public List<DueFollowUp> worklist(Viewer viewer) {
		CaseScope scope = viewer.caseScope();
		if (!scope.anyCase()) {
			return List.of();
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<DueFollowUp> due = due(scope.centre(), today).stream()
			.filter((item) -> scope.includes(item.centre(), item.hospital(), CaseStatus.FOLLOW_UP))
			.filter((item) -> !item.dueDate().isAfter(today.plusDays(DUE_WINDOW_DAYS)))
			.toList();
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ, "follow-up worklist: " + due.size());
		return due;
	}

	/**
	 * Reminds each centre once of every overdue follow-up. Runs under a transaction-level
	 * advisory lock: when several nodes run the job at once, one reminds and the others
	 * return at once.
	 * @return how many follow-ups were reminded now
	 */
	@Transactional
	public int remindOverdue(ReminderText text) {
		Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(REMINDER_LOCK)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int reminded = 0;
		for (DueFollowUp item : due(null, today)) {
			if (!item.remindable()) {
				continue;
			}
			int inserted = this.jdbc.sql("""
					insert into follow_up_reminder (case_id, due_date, sent_at)
					select id, ?, ? from board_case where public_id = ? on conflict do nothing
					""").params(item.dueDate(), Timestamp.from(this.clock.instant()), item.caseId().value()).update();
			if (inserted == 1) {
				String[] mail = text.of(item.pseudonym(), item.caseId(), item.dueDate());
				for (String address : this.accounts.caseContacts(item.centre(), item.hospital())) {
					this.mail.enqueue(address, mail[0], mail[1]);
				}
				this.audit.recordForCase("follow-up-reminder", AuditAction.CASE_UPDATED, item.caseId(),
						"reminder for follow-up due " + item.dueDate());
				reminded++;
			}
		}
		return reminded;
	}

	private List<DueFollowUp> due(@Nullable CentreCode centre, LocalDate today) {
		List<DueFollowUp> items = new ArrayList<>();
		this.jdbc.sql("""
				select c.public_id, c.pseudonym, e.code, a.advised_on,
				       array(select f.due_date from follow_up f where f.case_id = c.id), a.registered_on, h.code
				from board_case c join centre e on e.id = c.centre_id left join hospital h on h.id = c.hospital_id
				left join lateral (select min(a.advised_on) as advised_on,
				                          cast(min(a.issued_at) at time zone 'UTC' as date) as registered_on
				                   from advice a where a.case_id = c.id and a.status = 'ISSUED') a on true
				where c.status in ('ADVICE_ISSUED', 'FOLLOW_UP') and (cast(? as varchar) is null or e.code = ?)
				""")
			.params((centre != null) ? centre.value() : null, (centre != null) ? centre.value() : null)
			.query((rs) -> {
				LocalDate adviceDate = rs.getObject(4, LocalDate.class);
				if (adviceDate == null) {
					return;
				}
				LocalDate next = this.schedule.nextDue(adviceDate, dates(rs.getArray(5)), false);
				if (next != null) {
					items.add(new DueFollowUp(new PublicCaseId(rs.getObject(1, UUID.class)),
							Pseudonym.parse(rs.getString(2)), new CentreCode(rs.getString(3)),
							(rs.getString(7) != null) ? new HospitalCode(rs.getString(7)) : null, next,
							next.isBefore(today), rs.getObject(6, LocalDate.class)));
				}
			});
		items.sort(java.util.Comparator.comparing(DueFollowUp::dueDate));
		return items;
	}

	/**
	 * What a report is checked against.
	 *
	 * @param components for each recommendation of the advice in force, how many
	 * components it has
	 */
	private record CaseFacts(@Nullable LocalDate adviceDate, List<Integer> components, Set<LocalDate> reported) {

		int recommendations() {
			return this.components.size();
		}

	}

	private CaseFacts facts(PublicCaseId caseId) {
		return this.jdbc.sql("""
				select (select min(a.advised_on) from advice a where a.case_id = c.id and a.status = 'ISSUED'),
				       array(select count(*) from advice_option o
				             where o.advice_id = (select a.id from advice a
				               where a.case_id = c.id and a.status = 'ISSUED' order by a.version_number desc limit 1)
				             group by coalesce(o.recommendation, o.position)
				             order by coalesce(o.recommendation, o.position)),
				       array(select f.due_date from follow_up f where f.case_id = c.id)
				from board_case c where c.public_id = ?
				""").param(caseId.value()).query((rs, n) -> {
			return new CaseFacts(rs.getObject(1, LocalDate.class),
					Arrays.stream((Object[]) rs.getArray(2).getArray())
						.map((count) -> ((Number) count).intValue())
						.toList(),
					Set.copyOf(dates(rs.getArray(3))));
		}).single();
	}

	private static List<LocalDate> dates(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map((value) -> ((java.sql.Date) value).toLocalDate()).collect(Collectors.toList());
	}

	private static StoredFollowUp stored(ResultSet rs) throws SQLException {
		Double mrd = (Double) rs.getObject("mrd_fraction");
		FollowUpReport report = new FollowUpReport(rs.getObject("due_date", LocalDate.class),
				AdviceFollowed.valueOf(rs.getString("advice_followed")),
				TherapyGiven.valueOf(rs.getString("therapy_given")), (Integer) rs.getObject("advised_option"),
				rs.getObject("therapy_start", LocalDate.class), value(ReasonCode.class, rs.getString("reason_code")),
				rs.getString("reason_text"), value(ResponseCategory.class, rs.getString("response_cycle1")),
				(mrd != null) ? new MrdValue(mrd, rs.getBoolean("mrd_below_limit")) : null, rs.getBoolean("hsct"),
				rs.getObject("hsct_date", LocalDate.class), rs.getBoolean("car_t"),
				rs.getObject("car_t_date", LocalDate.class), rs.getBoolean("relapse"),
				rs.getObject("relapse_date", LocalDate.class), rs.getBoolean("alive"),
				rs.getObject("death_date", LocalDate.class), value(CauseOfDeath.class, rs.getString("cause_of_death")),
				rs.getObject("last_contact", LocalDate.class), rs.getBoolean("lost_to_follow_up"),
				Arrays.stream(rs.getString("components_given").split(","))
					.filter((number) -> !number.isEmpty())
					.map(Integer::valueOf)
					.toList());
		return new StoredFollowUp(report, rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
