package org.targetboard.registry.boardcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.consent.WithdrawalScope;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.TestIntakes;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.centre.CentreRegistry;
import org.targetboard.registry.testdb.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ TestDatabaseConfiguration.class, CaseRegistry.class, AuditLog.class, CentreRegistry.class })
class CaseIntakeRegistryIT {

	private static final Viewer NL = TestCases.coordinator(TestCases.NL);

	private static final Viewer CHAIR = TestCases.boardUser(Role.CHAIR);

	private static final Consent BOTH_SCOPES = new Consent(LocalDate.of(2026, 10, 20), "iLTB-NL 3.1", false, true, true,
			true, true, null);

	@Autowired
	CaseRegistry cases;

	@Autowired
	CentreRegistry centres;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void registerCentres() {
		this.centres.registerIfAbsent(new Centre(TestCases.NL, "Princess Máxima Center", "NL"));
	}

	@Test
	void keepsEveryFieldAndRowOfTheIntake() {
		CaseIntake complete = TestIntakes.complete();
		BoardCase draft = this.cases.createDraft(NL, complete);

		assertThat(this.cases.read(NL, draft.id()).intake()).isEqualTo(complete);
	}

	@Test
	void storesNothingWhenADraftBreaksARule() {
		long before = countCases();
		CaseIntake reversed = new CaseIntake(Diagnosis.AML, 1, false, 30, null, null, LocalDate.of(2024, 1, 1),
				LocalDate.of(2023, 1, 1), null, null, null, 140.0, null, null, null, null, null, null, null, null,
				false, null, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
				java.util.List.of());

		assertThatThrownBy(() -> this.cases.createDraft(NL, reversed)).isInstanceOfSatisfying(
				IncompleteCaseException.class, (ex) -> assertThat(ex.problems()).extracting(IntakeProblem::field)
					.containsExactlyInAnyOrder("ageYears", "marrowBlastsPercent", "frontlineEndDate"));
		assertThat(countCases()).isEqualTo(before);
	}

	@Test
	void refusesAnIncompleteSubmissionAndLeavesTheDraftAsItWas() {
		BoardCase draft = this.cases.createDraft(NL, TestIntakes.draft(Diagnosis.T_ALL));

		assertThatThrownBy(() -> this.cases.apply(NL, draft.id(), CaseAction.SUBMIT, draft.version()))
			.isInstanceOfSatisfying(IncompleteCaseException.class,
					(ex) -> assertThat(ex.problems()).extracting(IntakeProblem::field)
						.contains("relapseDate", "intent", "noStandardOfCare"));
		CaseRecord record = this.cases.read(NL, draft.id());
		assertThat(record.boardCase().status()).isEqualTo(CaseStatus.DRAFT);
		assertThat(record.boardCase().version()).isEqualTo(draft.version());
		assertThat(record.riskGroup()).isNull();
	}

	@Test
	void computesTheRiskGroupOnSubmission() {
		BoardCase draft = this.cases.createDraft(NL, TestIntakes.complete());
		this.cases.apply(NL, draft.id(), CaseAction.SUBMIT, draft.version());

		assertThat(this.cases.read(NL, draft.id()).riskGroup()).isNotNull()
			.satisfies((risk) -> assertThat(risk.bfmGroup()).isEqualTo("S4"));
	}

	@Test
	void keepsACaseWithoutConsentOffTheAgenda() {
		BoardCase submitted = submitted();

		assertThatThrownBy(() -> this.cases.apply(NL, submitted.id(), CaseAction.VERIFY_CONSENT, null))
			.isInstanceOf(ConsentRequiredException.class);
		assertThat(this.cases.read(NL, submitted.id()).boardCase().status()).isEqualTo(CaseStatus.SUBMITTED);

		BoardCase consented = this.cases.recordConsent(NL, submitted.id(), submitted.version(), BOTH_SCOPES);
		this.cases.apply(NL, submitted.id(), CaseAction.VERIFY_CONSENT, consented.version());
		BoardCase scheduled = this.cases.apply(CHAIR, submitted.id(), CaseAction.SCHEDULE, null);
		assertThat(scheduled.status()).isEqualTo(CaseStatus.SCHEDULED);
	}

	@Test
	void takesAWithdrawnCaseOffTheAgendaAndOutOfTheBoardsSight() {
		BoardCase submitted = submitted();
		BoardCase consented = this.cases.recordConsent(NL, submitted.id(), submitted.version(), BOTH_SCOPES);
		this.cases.apply(NL, submitted.id(), CaseAction.VERIFY_CONSENT, consented.version());
		BoardCase scheduled = this.cases.apply(CHAIR, submitted.id(), CaseAction.SCHEDULE, null);

		BoardCase withdrawn = this.cases.withdrawConsent(NL, submitted.id(), scheduled.version(),
				LocalDate.of(2026, 11, 1), WithdrawalScope.ALL);

		assertThat(withdrawn.status()).isEqualTo(CaseStatus.CONSENT_WITHDRAWN);
		assertThat(this.cases.list(CHAIR)).extracting(BoardCase::id).doesNotContain(submitted.id());
		CaseRecord record = this.cases.read(NL, submitted.id());
		assertThat(record.consent()).isNotNull();
		assertThat(record.consent().permitsDiscussion()).isFalse();
		assertThat(record.history()).extracting((change) -> change.to())
			.containsExactly(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.CONSENT_VERIFIED, CaseStatus.SCHEDULED,
					CaseStatus.CONSENT_WITHDRAWN);
	}

	@Test
	void keepsTheCaseWithTheBoardWhenOnlyTheRegistryIsWithdrawn() {
		BoardCase submitted = submitted();
		BoardCase consented = this.cases.recordConsent(NL, submitted.id(), submitted.version(), BOTH_SCOPES);

		BoardCase withdrawn = this.cases.withdrawConsent(NL, submitted.id(), consented.version(),
				LocalDate.of(2026, 11, 1), WithdrawalScope.REGISTRY);

		assertThat(withdrawn.status()).isEqualTo(CaseStatus.SUBMITTED);
		Consent consent = this.cases.read(NL, submitted.id()).consent();
		assertThat(consent.permitsDiscussion()).isTrue();
		assertThat(consent.permitsRegistry()).isFalse();
	}

	@Test
	void refusesAWithdrawalBeforeTheConsentDate() {
		BoardCase submitted = submitted();
		BoardCase consented = this.cases.recordConsent(NL, submitted.id(), submitted.version(), BOTH_SCOPES);

		assertThatThrownBy(() -> this.cases.withdrawConsent(NL, submitted.id(), consented.version(),
				LocalDate.of(2026, 1, 1), WithdrawalScope.ALL))
			.isInstanceOfSatisfying(IncompleteCaseException.class,
					(ex) -> assertThat(ex.problems()).extracting(IntakeProblem::code).containsExactly("beforeConsent"));
		assertThat(this.cases.read(NL, submitted.id()).consent().withdrawal()).isNull();
	}

	@Test
	void carriesTheClarificationRequestBackToTheCentre() {
		BoardCase submitted = submitted();

		assertThatThrownBy(
				() -> this.cases.apply(CHAIR, submitted.id(), CaseAction.RETURN_FOR_CLARIFICATION, null, " "))
			.isInstanceOf(IncompleteCaseException.class);
		this.cases.apply(CHAIR, submitted.id(), CaseAction.RETURN_FOR_CLARIFICATION, null,
				"Please add CD22 antigen density");
		BoardCase edited = this.cases.updateIntake(NL, submitted.id(),
				this.cases.read(NL, submitted.id()).boardCase().version(), TestIntakes.complete());
		this.cases.apply(NL, submitted.id(), CaseAction.RESUBMIT, edited.version());

		CaseRecord record = this.cases.read(NL, submitted.id());
		assertThat(record.clarificationRequest()).isEqualTo("Please add CD22 antigen density");
		assertThat(record.history()).extracting((change) -> change.action())
			.containsExactly(null, CaseAction.SUBMIT, CaseAction.RETURN_FOR_CLARIFICATION, CaseAction.RESUBMIT);
	}

	private BoardCase submitted() {
		BoardCase draft = this.cases.createDraft(NL, TestIntakes.complete());
		return this.cases.apply(NL, draft.id(), CaseAction.SUBMIT, draft.version());
	}

	private long countCases() {
		return this.jdbc.sql("select count(*) from board_case").query(Long.class).single();
	}

}
