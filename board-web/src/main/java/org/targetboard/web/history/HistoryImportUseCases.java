package org.targetboard.web.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.json.InvalidCaseException;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.history.ImportedRecords;
import org.targetboard.web.advice.AdviceUseCases;
import org.targetboard.web.boardcase.CaseUseCases;
import org.targetboard.web.boardcase.ConsentRequest;
import org.targetboard.web.followup.FollowUpRequest;
import org.targetboard.web.followup.FollowUpUseCases;
import org.targetboard.web.history.ImportMapping.Built;
import org.targetboard.web.history.ImportReport.Outcome;
import org.targetboard.web.history.ImportReport.Problem;
import org.targetboard.web.history.ImportReport.RecordResult;
import org.targetboard.web.meeting.MeetingUseCases;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a board's history from another registry (issue 13): each source record becomes
 * a case that its centre submitted with consent, that a meeting held on the record's date
 * discussed, whose advice the chair issued with the date the board gave it, and whose
 * follow-up the centre reported. Every step goes through the use case a page or the API
 * calls, with its rules, its identifier screen and its audit, taken by the board office
 * in the role whose step it was ({@link Viewer#registeringHistoryForCentre}).
 * <p>
 * All records are tried in one transaction: a dry run rolls it back and reports what
 * would happen; an import commits it only when no record is refused. A record imported
 * before (same source, same record id) is left as it is, so importing a file again
 * changes nothing.
 */
@Service
public class HistoryImportUseCases {

	private static final Logger log = LoggerFactory.getLogger(HistoryImportUseCases.class);

	// The hour of a meeting the source dates without a time.
	private static final LocalTime MEETING_TIME = LocalTime.NOON;

	private final CaseUseCases cases;

	private final MeetingUseCases meetings;

	private final AdviceUseCases advice;

	private final FollowUpUseCases followUps;

	private final ImportedRecords imported;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	HistoryImportUseCases(CaseUseCases cases, MeetingUseCases meetings, AdviceUseCases advice,
			FollowUpUseCases followUps, ImportedRecords imported, AuditLog audit, TransactionTemplate transactions,
			JsonMapper json) {
		this.cases = cases;
		this.meetings = meetings;
		this.advice = advice;
		this.followUps = followUps;
		this.imported = imported;
		this.audit = audit;
		this.transactions = transactions;
		// The formats' fields only: a mapping that names another is refused, not ignored.
		this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * Lets only the board office, which registers the board's history, go on.
	 * @throws org.targetboard.core.boardcase.ActionNotPermittedException otherwise
	 */
	public void requireOffice(Viewer viewer) {
		this.audit.require(viewer, BoardAction.REGISTER_HISTORY, "IMPORT_HISTORY");
	}

	/**
	 * Checks or imports a file with its mapping.
	 * @param commit false for a dry run
	 * @throws InvalidImportException if the file or the mapping cannot be used at all
	 */
	public ImportReport run(Viewer office, byte[] file, byte[] mappingFile, boolean commit) {
		requireOffice(office);
		SourceTable table = SourceTable.read(file);
		ImportMapping mapping = ImportMapping.read(mappingFile, table);
		List<SourceRecord> records = SourceRecord.group(table, mapping);
		ImportReport report = this.transactions.execute((status) -> {
			Map<LocalDate, MeetingId> meetingsByDay = new HashMap<>();
			List<RecordResult> results = new ArrayList<>();
			for (SourceRecord record : records) {
				results.add(importRecord(office, mapping, record, meetingsByDay));
			}
			boolean refused = results.stream().anyMatch((result) -> result.outcome() == Outcome.REFUSED);
			boolean saved = commit && !refused;
			if (!saved) {
				// A case rolled back has no pseudonym: the one it was given would be
				// another's.
				results.replaceAll((result) -> (result.outcome() == Outcome.CREATED)
						? new RecordResult(result.recordId(), result.line(), result.outcome(), null, result.advisedOn(),
								result.followUps(), result.problems())
						: result);
			}
			ImportReport done = new ImportReport(!commit, saved, mapping.source(), results);
			if (done.committed()) {
				this.audit.record(office.username(), AuditAction.HISTORY_IMPORTED, "source " + mapping.source() + ": "
						+ done.created() + " record(s) imported, " + done.unchanged() + " imported before");
			}
			else {
				status.setRollbackOnly();
			}
			return done;
		});
		return java.util.Objects.requireNonNull(report);
	}

	private RecordResult importRecord(Viewer office, ImportMapping mapping, SourceRecord record,
			Map<LocalDate, MeetingId> meetingsByDay) {
		if (!record.problems().isEmpty()) {
			return refused(record, record.problems());
		}
		String earlier = this.imported.caseOf(mapping.source(), record.id()).orElse(null);
		if (earlier != null) {
			return new RecordResult(record.id(), record.line(), Outcome.UNCHANGED, earlier, null, 0, List.of());
		}
		Step step = new Step("case", record.line(), mapping.centre(record.main()));
		try {
			CentreCode centre = centre(step.built);
			Viewer coordinator = office.registeringHistoryForCentre(centre);
			Viewer chair = office.registeringHistoryAsChair();

			Built intake = mapping.build("case", record.main());
			step.at("case", record.line(), intake);
			BoardCase boardCase = this.cases.create(coordinator, CaseJson.readIntake(step.json()), null, null);

			step.at("consent", record.line(), mapping.build("consent", record.main()));
			boardCase = this.cases.recordConsent(coordinator, boardCase.id(), boardCase.version(),
					convert(step, ConsentRequest.Given.class));
			// Submission checks the intake: its refusals name the case's columns.
			step.at("case", record.line(), intake);
			boardCase = this.cases.apply(coordinator, boardCase.id(), CaseAction.SUBMIT, boardCase.version(), null);
			this.cases.apply(coordinator, boardCase.id(), CaseAction.VERIFY_CONSENT, boardCase.version(), null);

			step.at("meeting", record.line(), mapping.build("meeting", record.main()));
			MeetingId meeting = meeting(office, step, meetingsByDay);
			this.meetings.placeOnAgenda(office, meeting, this.meetings.read(office, meeting).version(), boardCase.id(),
					15);
			this.meetings.markDiscussed(chair, meeting, boardCase.id());

			step.at("advice", record.line(), mapping.build("advice", record.main()));
			LocalDate advisedOn = date(step, "advisedOn");
			ObjectNode composed = step.built.json().deepCopy();
			composed.remove("advisedOn");
			Advice draft = this.advice.start(chair, boardCase.id(), null);
			Advice saved = this.advice.save(chair, boardCase.id(), draft.lockVersion(),
					convert(step, composed, AdviceDraft.class));
			this.advice.issueImported(chair, boardCase.id(), saved.lockVersion(), advisedOn, Locale.ENGLISH);

			int reported = 0;
			for (SourceRecord.Row row : record.followUps()) {
				step.at("follow-up " + (reported + 1), row.line(), mapping.build("followUp", row.values()));
				ObjectNode report = step.built.json();
				if (!report.has("dueDate")) {
					// Without a due date, the n-th report answers the n-th scheduled one.
					LocalDate due = this.followUps.nextDue(coordinator, boardCase.id());
					if (due != null) {
						report.put("dueDate", due.toString());
					}
				}
				this.followUps.report(coordinator, boardCase.id(),
						convert(step, report, FollowUpRequest.class).toReport());
				reported++;
			}
			this.imported.record(mapping.source(), record.id(), boardCase.id(), office.username());
			return new RecordResult(record.id(), record.line(), Outcome.CREATED, boardCase.pseudonym().toString(),
					advisedOn.toString(), reported, List.of());
		}
		catch (InvalidInputException ex) {
			return refused(record, step.problems(ex.problems()));
		}
		catch (PossibleIdentifiersException ex) {
			return refused(record,
					step.problems(ex.warnings()
						.stream()
						.map((warning) -> new IntakeProblem(warning.field(), warning.code(),
								"may hold a name, date of birth or record number: remove it in the source"))
						.toList()));
		}
		catch (InvalidCaseException ex) {
			return refused(record, step.problems(List.of(new IntakeProblem(ex.field(), "invalid", ex.problem()))));
		}
		catch (RuntimeException ex) {
			// Another rule of the lifecycle (a transition, consent): named by its kind;
			// its message may hold values of the record, so it is not shown or logged.
			log.info("Import of a record refused at step {}: {}", step.name, ex.getClass().getSimpleName());
			return refused(record, step.problems(List.of(new IntakeProblem("", "refused",
					"was refused by the board's rules (" + ex.getClass().getSimpleName() + ")"))));
		}
	}

	private static RecordResult refused(SourceRecord record, List<Problem> problems) {
		return new RecordResult(record.id(), record.line(), Outcome.REFUSED, null, null, 0, problems);
	}

	private static CentreCode centre(Built built) {
		if (!built.problems().isEmpty()) {
			throw new InvalidImportException(built.problems());
		}
		String code = built.text("centre");
		if (code == null) {
			throw new InvalidImportException(List.of(new IntakeProblem("centre", "required", "is required")));
		}
		try {
			return new CentreCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidImportException(
					List.of(new IntakeProblem("centre", "centre", "must translate to a centre's code such as NL")));
		}
	}

	// The meeting held on the record's day, registered once per day and import.
	private MeetingId meeting(Viewer office, Step step, Map<LocalDate, MeetingId> meetingsByDay) {
		LocalDate day = date(step, "date");
		MeetingId known = meetingsByDay.get(day);
		if (known != null) {
			return known;
		}
		String title = step.built.text("title");
		String zone = step.built.text("timeZone");
		String chair = step.built.text("chair");
		if (chair == null) {
			chair = this.meetings.chairs().stream().findFirst().orElse(null);
		}
		MeetingId planned = this.meetings.plan(office,
				new MeetingPlan(((title != null) ? title : "Board meeting") + ", " + day,
						LocalDateTime.of(day, MEETING_TIME), (zone != null) ? zone : "UTC", 60, day, chair, List.of(),
						true));
		meetingsByDay.put(day, planned);
		return planned;
	}

	private LocalDate date(Step step, String field) {
		if (!step.built.problems().isEmpty()) {
			throw new InvalidImportException(step.built.problems());
		}
		String text = step.built.text(field);
		if (text == null) {
			throw new InvalidImportException(List.of(new IntakeProblem(field, "required", "is required")));
		}
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidImportException(
					List.of(new IntakeProblem(field, "date", "must be a date written as YYYY-MM-DD")));
		}
	}

	private <T> T convert(Step step, Class<T> type) {
		return convert(step, step.built.json(), type);
	}

	private <T> T convert(Step step, ObjectNode value, Class<T> type) {
		if (!step.built.problems().isEmpty()) {
			throw new InvalidImportException(step.built.problems());
		}
		try {
			return this.json.treeToValue(value, type);
		}
		catch (DatabindException ex) {
			throw new InvalidImportException(
					List.of(new IntakeProblem(path(ex), "format", ex.getMessage().contains("Unrecognized")
							? "is not a field of Target Board's format" : "has the wrong type or format")));
		}
		catch (JacksonException ex) {
			throw new InvalidImportException(List.of(new IntakeProblem("", "format", "cannot be read")));
		}
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Where in a record the import is, for tying a refusal to its source column. */
	private static final class Step {

		private String name;

		private int line;

		private Built built;

		Step(String name, int line, Built built) {
			this.name = name;
			this.line = line;
			this.built = built;
		}

		void at(String name, int line, Built built) {
			this.name = name;
			this.line = line;
			this.built = built;
		}

		String json() {
			if (!this.built.problems().isEmpty()) {
				throw new InvalidImportException(this.built.problems());
			}
			return this.built.json().toString();
		}

		List<Problem> problems(List<IntakeProblem> problems) {
			Map<String, Problem> distinct = new LinkedHashMap<>();
			for (IntakeProblem problem : problems) {
				String field = problem.field();
				distinct.putIfAbsent(field + problem.message(),
						new Problem(this.name, field, field.isEmpty() ? null : this.built.columnOf(field), this.line,
								problem.code(), problem.arguments(), problem.message()));
			}
			return List.copyOf(distinct.values());
		}

	}

}
