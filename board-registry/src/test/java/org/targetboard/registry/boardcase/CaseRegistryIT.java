package org.targetboard.registry.boardcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.TestIntakes;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.centre.Centre;
import org.targetboard.registry.audit.AuditEntry;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.centre.CentreRegistry;
import org.targetboard.registry.testdb.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ TestDatabaseConfiguration.class, CaseRegistry.class, AuditLog.class, CentreRegistry.class })
class CaseRegistryIT {

	private static final Viewer NL_COORDINATOR = TestCases.coordinator(TestCases.NL);

	private static final Viewer ES_COORDINATOR = TestCases.coordinator(TestCases.ES);

	@Autowired
	CaseRegistry cases;

	@Autowired
	CentreRegistry centres;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void registerCentres() {
		this.centres.registerIfAbsent(new Centre(TestCases.NL, "Princess Máxima Center", "NL"));
		this.centres.registerIfAbsent(new Centre(TestCases.ES, "Hospital Niño Jesús", "ES"));
	}

	@Test
	void numbersPseudonymsPerCentreAndYear() {
		BoardCase first = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		BoardCase second = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		BoardCase spanish = this.cases.createDraft(ES_COORDINATOR, TestIntakes.complete());

		int year = Year.now(ZoneOffset.UTC).getValue();
		assertThat(first.pseudonym().year()).isEqualTo(year);
		assertThat(second.pseudonym().sequence()).isEqualTo(first.pseudonym().sequence() + 1);
		assertThat(spanish.pseudonym().toString()).startsWith("ES-" + year + "-");
		assertThat(first.status()).isEqualTo(CaseStatus.DRAFT);
		assertThat(first.id()).isNotEqualTo(second.id());
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void neverHandsOutAPseudonymTwiceUnderConcurrentCreation() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<BoardCase>> tasks = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			tasks.add(() -> this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete()));
		}
		List<String> pseudonyms = new ArrayList<>();
		for (Future<BoardCase> created : pool.invokeAll(tasks)) {
			pseudonyms.add(created.get().pseudonym().toString());
		}
		pool.shutdown();
		assertThat(pseudonyms).hasSize(40).doesNotHaveDuplicates();
	}

	@Test
	void keepsOtherCentresAndDraftsOutOfScope() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		Viewer member = TestCases.boardUser(Role.BOARD_MEMBER);

		assertThatThrownBy(() -> this.cases.read(ES_COORDINATOR, draft.id())).isInstanceOf(CaseNotFoundException.class);
		assertThatThrownBy(() -> this.cases.read(member, draft.id())).isInstanceOf(CaseNotFoundException.class);
		assertThat(this.cases.list(member)).extracting(BoardCase::id).doesNotContain(draft.id());
		assertThat(this.cases.list(ES_COORDINATOR)).extracting(BoardCase::id).doesNotContain(draft.id());

		this.cases.apply(NL_COORDINATOR, draft.id(), CaseAction.SUBMIT, draft.version());

		assertThat(this.cases.list(member)).extracting(BoardCase::id).contains(draft.id());
		assertThat(this.cases.read(member, draft.id()).boardCase().status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThatThrownBy(() -> this.cases.read(ES_COORDINATOR, draft.id())).isInstanceOf(CaseNotFoundException.class);
		assertThat(this.cases.list(TestCases.boardUser(Role.STATISTICIAN))).isEmpty();
	}

	@Test
	void searchesAndPagesWithinTheScopeOnly() {
		BoardCase first = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		BoardCase second = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		String prefix = first.pseudonym().toString().substring(0, 7);

		CasePage byPseudonym = this.cases.search(NL_COORDINATOR,
				new CaseSearch(first.pseudonym().toString().toLowerCase(java.util.Locale.ROOT), null, null, null,
						CaseSearch.Sort.PSEUDONYM, 0, 10));
		CasePage pageOfOne = this.cases.search(NL_COORDINATOR,
				new CaseSearch(prefix, CaseStatus.DRAFT, null, null, CaseSearch.Sort.PSEUDONYM, 0, 1));
		CasePage foreign = this.cases.search(ES_COORDINATOR,
				new CaseSearch(prefix, null, null, "NL", CaseSearch.Sort.UPDATED, 0, 10));
		CasePage wildcard = this.cases.search(NL_COORDINATOR,
				new CaseSearch("%", null, null, null, CaseSearch.Sort.UPDATED, 0, 10));

		assertThat(byPseudonym.rows()).extracting((entry) -> entry.boardCase().id()).containsExactly(first.id());
		assertThat(pageOfOne.total()).isGreaterThanOrEqualTo(2);
		assertThat(pageOfOne.rows()).hasSize(1);
		assertThat(pageOfOne.pages()).isEqualTo((int) pageOfOne.total());
		assertThat(foreign.rows()).extracting((entry) -> entry.boardCase().id())
			.doesNotContain(first.id(), second.id());
		// A search's own "%" is not a wildcard: it is dropped, leaving an empty prefix.
		assertThat(wildcard.rows()).extracting((entry) -> entry.boardCase().id()).contains(first.id(), second.id());
	}

	@Test
	void countsALongListOnlyAThousandCasesBeyondThePage() {
		BoardCase first = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		// Copies of the draft under other pseudonyms: more cases than a list counts.
		this.jdbc.sql("""
				insert into board_case (public_id, pseudonym, centre_id, status, version, created_at, created_by,
				                        updated_at)
				select gen_random_uuid(), 'NL-2001-' || lpad(n::text, 4, '0'), c.centre_id, c.status, 0, c.created_at,
				       c.created_by, c.updated_at
				from board_case c, generate_series(1, :n) n where c.public_id = :id
				""").param("n", CasePage.COUNTED_AHEAD + 30).param("id", first.id().value()).update();

		CasePage firstPage = this.cases.search(NL_COORDINATOR,
				new CaseSearch("NL-2001", null, null, null, CaseSearch.Sort.PSEUDONYM, 0, 25));
		CasePage lastPages = this.cases.search(NL_COORDINATOR,
				new CaseSearch("NL-2001", null, null, null, CaseSearch.Sort.PSEUDONYM, 2, 25));
		CasePage beyond = this.cases.search(NL_COORDINATOR,
				new CaseSearch("NL-2001", null, null, null, CaseSearch.Sort.PSEUDONYM, 50, 25));
		CasePage narrowed = this.cases.search(NL_COORDINATOR,
				new CaseSearch("NL-2001-00", null, null, null, CaseSearch.Sort.PSEUDONYM, 0, 25));
		// The count keeps to the viewer's scope and to every criterion.
		this.cases.createDraft(ES_COORDINATOR, TestIntakes.complete());
		this.cases.createDraft(ES_COORDINATOR, TestIntakes.complete());
		long spanish = this.jdbc
			.sql("select count(*) from board_case c join centre e on e.id = c.centre_id " + "where e.code = 'ES'")
			.query(Long.class)
			.single();
		CasePage foreignCentre = this.cases.search(ES_COORDINATOR,
				new CaseSearch(null, null, null, null, CaseSearch.Sort.UPDATED, 0, 1));
		CasePage drafts = this.cases.search(NL_COORDINATOR,
				new CaseSearch("NL-2001", CaseStatus.DRAFT, null, null, CaseSearch.Sort.PSEUDONYM, 40, 25));
		CasePage otherDiagnosis = this.cases.search(NL_COORDINATOR, new CaseSearch("NL-2001", null,
				org.targetboard.core.boardcase.Diagnosis.AML, null, CaseSearch.Sort.PSEUDONYM, 1, 25));

		assertThat(firstPage.rows()).hasSize(25);
		assertThat(firstPage.total()).isEqualTo(CasePage.COUNTED_AHEAD);
		assertThat(firstPage.more()).isTrue();
		assertThat(firstPage.hasNext()).isTrue();
		// Counting starts at the page: from the third page on, every case is counted.
		assertThat(lastPages.total()).isEqualTo(CasePage.COUNTED_AHEAD + 30);
		assertThat(lastPages.more()).isFalse();
		assertThat(lastPages.pages()).isEqualTo(42);
		assertThat(beyond.rows()).isEmpty();
		assertThat(beyond.total()).isEqualTo(CasePage.COUNTED_AHEAD + 30);
		assertThat(beyond.hasNext()).isFalse();
		assertThat(narrowed.total()).isEqualTo(99);
		assertThat(narrowed.more()).isFalse();
		assertThat(narrowed.pages()).isEqualTo(4);
		assertThat(foreignCentre.total()).isEqualTo(spanish);
		assertThat(drafts.total()).isEqualTo(CasePage.COUNTED_AHEAD + 30);
		assertThat(otherDiagnosis.total()).isZero();
	}

	@Test
	void recordsEveryTransitionInHistoryAndAudit() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		this.cases.apply(NL_COORDINATOR, draft.id(), CaseAction.SUBMIT, null);
		this.cases.apply(TestCases.boardUser(Role.CHAIR), draft.id(), CaseAction.RETURN_FOR_CLARIFICATION, null,
				"Please add the CD22 density");

		CaseRecord record = this.cases.read(NL_COORDINATOR, draft.id());

		assertThat(record.history()).extracting(change -> change.from() + ">" + change.to() + " by " + change.actor())
			.containsExactly("null>DRAFT by coordinator-nl", "DRAFT>SUBMITTED by coordinator-nl",
					"SUBMITTED>RETURNED_FOR_CLARIFICATION by chair");
		assertThat(this.audit.forCase(draft.id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CASE_CREATED, AuditAction.CASE_TRANSITION, AuditAction.CASE_TRANSITION,
					AuditAction.CASE_READ);
	}

	// Committed step by step, as in the application: a refusal is audited in a
	// transaction
	// of its own, which sees only committed cases.
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void refusesAdviceForADraftWithoutChangingItAndAuditsTheRefusal() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		Viewer chair = TestCases.boardUser(Role.CHAIR);
		this.cases.apply(NL_COORDINATOR, draft.id(), CaseAction.SUBMIT, null);

		assertThatThrownBy(() -> this.cases.apply(chair, draft.id(), CaseAction.ISSUE_ADVICE, null))
			.isInstanceOf(TransitionRefusedException.class)
			.hasMessageContaining("status SUBMITTED");
		assertThatThrownBy(() -> this.cases.apply(TestCases.boardUser(Role.BOARD_MEMBER), draft.id(),
				CaseAction.ISSUE_ADVICE, null))
			.isInstanceOf(ActionNotPermittedException.class);

		assertThat(this.cases.read(chair, draft.id()).boardCase().status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.audit.forCase(draft.id())).extracting(AuditEntry::action)
			.contains(AuditAction.CASE_ACCESS_REFUSED);
	}

	@Test
	void refusesAChangeBasedOnAnOlderVersion() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		CaseIntake amended = TestIntakes.of(new CaseSummary(Diagnosis.T_ALL, 2, 15, 0, "Second relapse after HSCT"));
		BoardCase updated = this.cases.updateIntake(NL_COORDINATOR, draft.id(), draft.version(), amended);

		assertThat(updated.summary()).isEqualTo(amended.summary());
		assertThatThrownBy(
				() -> this.cases.updateIntake(NL_COORDINATOR, draft.id(), draft.version(), TestIntakes.complete()))
			.isInstanceOf(StaleCaseException.class);
		assertThat(this.cases.read(NL_COORDINATOR, draft.id()).boardCase().summary()).isEqualTo(amended.summary());
	}

	@Test
	void freezesTheContentOnceSubmitted() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		BoardCase submitted = this.cases.apply(NL_COORDINATOR, draft.id(), CaseAction.SUBMIT, null);

		assertThatThrownBy(
				() -> this.cases.updateIntake(NL_COORDINATOR, draft.id(), submitted.version(), TestIntakes.complete()))
			.isInstanceOf(CaseNotEditableException.class);
	}

	@Test
	void letsOnlyCoordinatorsCreateCases() {
		assertThatThrownBy(() -> this.cases.createDraft(TestCases.boardUser(Role.CHAIR), TestIntakes.complete()))
			.isInstanceOf(ActionNotPermittedException.class);
	}

	@Test
	void refusesToDeleteAuditEvents() {
		BoardCase draft = this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());
		this.cases.read(NL_COORDINATOR, draft.id());

		// The application's role has no right to; the trigger would refuse the owner too
		// (DatabaseRolesIT).
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update()).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void refusesToRewriteLifecycleHistory() {
		this.cases.createDraft(NL_COORDINATOR, TestIntakes.complete());

		assertThatThrownBy(() -> this.jdbc.sql("update case_status_change set actor = 'someone else'").update())
			.rootCause()
			.hasMessageContaining("permission denied");
	}

}
