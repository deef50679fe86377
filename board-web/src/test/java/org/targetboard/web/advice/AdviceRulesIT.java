package org.targetboard.web.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.InvalidAdviceException;
import org.targetboard.core.advice.StaleAdviceException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.web.meeting.Rankings;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.advice.TestBoard;

/**
 * The rules of advice and meetings on the real database: issued advice is immutable (also
 * against SQL), an amendment is a new version with a reason, concurrent edits of a draft
 * or a meeting never overwrite each other, and no case becomes "advice issued" without a
 * signed letter.
 */
@BoardIntegrationTest
class AdviceRulesIT {

	private static final Viewer CHAIR = new Viewer("chair", Role.CHAIR, null);

	@LocalServerPort
	int port;

	@Autowired
	AdviceRegistry advice;

	@Autowired
	MeetingRegistry meetings;

	@Autowired
	CaseRegistry cases;

	@Autowired
	Rankings rankings;

	@Autowired
	AdviceLetter letters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestBoard board;

	@Test
	void keepsIssuedAdviceImmutableAndAmendsItAsANewVersionWithAReason() throws IOException {
		PublicCaseId caseId = discussedCase();
		RankingSnapshot ranking = this.meetings.latestRanking(CHAIR, caseId);
		Advice draft = this.advice.startDraft(CHAIR, caseId, ranking.id(), proposal(ranking), null);
		issue(caseId, draft);
		assertThat(this.cases.find(CHAIR, caseId).status()).isEqualTo(CaseStatus.ADVICE_ISSUED);

		assertThatThrownBy(() -> this.advice.saveDraft(CHAIR, caseId, draft.lockVersion(), draft.draft()))
			.isInstanceOf(AdviceIssuedException.class);
		assertThatThrownBy(() -> this.jdbc.sql("update advice set summary = 'changed' where public_id = ?")
			.param(draft.id())
			.update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("issued advice is immutable");
		assertThatThrownBy(() -> this.jdbc
			.sql("delete from advice_option where advice_id = " + "(select id from advice where public_id = ?)")
			.param(draft.id())
			.update()).isInstanceOf(DataAccessException.class);

		assertThatThrownBy(() -> this.advice.startDraft(CHAIR, caseId, ranking.id(), proposal(ranking), " "))
			.isInstanceOfSatisfying(InvalidAdviceException.class,
					(ex) -> assertThat(ex.problems()).extracting(IntakeProblem::field)
						.containsExactly("amendmentReason"));
		Advice amendment = this.advice.startDraft(CHAIR, caseId, ranking.id(), proposal(ranking),
				"New MRD result changes the bridging plan");
		assertThat(amendment.versionNumber()).isEqualTo(2);
		byte[] pdf = issue(caseId, amendment);

		List<Advice> versions = this.advice.versions(CHAIR, caseId);
		assertThat(versions).extracting(Advice::versionNumber).containsExactly(2, 1);
		assertThat(versions).allMatch(Advice::isIssued);
		assertThat(this.cases.find(CHAIR, caseId).status()).isEqualTo(CaseStatus.ADVICE_ISSUED);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("This version amends version 1. Reason: New MRD result changes the bridging plan");
		}
		// The centre sees issued versions; a statistician sees no case at all.
		Viewer physician = new Viewer("physician-nl", Role.PHYSICIAN, new org.targetboard.core.centre.CentreCode("NL"));
		assertThat(this.advice.versions(physician, caseId)).hasSize(2);
	}

	@Test
	void refusesTheSecondOfTwoConcurrentEditsOfADraftOrAMeeting() {
		PublicCaseId caseId = discussedCase();
		RankingSnapshot ranking = this.meetings.latestRanking(CHAIR, caseId);
		AdviceDraft proposal = proposal(ranking);
		Advice draft = this.advice.startDraft(CHAIR, caseId, ranking.id(), proposal, null);
		AdviceDraft first = new AdviceDraft("First chair's summary", proposal.options(), null);
		AdviceDraft second = new AdviceDraft("Second tab's summary", proposal.options(), null);
		this.advice.saveDraft(CHAIR, caseId, draft.lockVersion(), first);
		assertThatThrownBy(() -> this.advice.saveDraft(CHAIR, caseId, draft.lockVersion(), second))
			.isInstanceOf(StaleAdviceException.class);
		assertThat(this.advice.draft(CHAIR, caseId).draft().summary()).isEqualTo("First chair's summary");

		MeetingId meeting = newMeeting();
		long version = this.meetings.read(CHAIR, meeting).version();
		this.meetings.update(CHAIR, meeting, version, plan("Renamed once"));
		assertThatThrownBy(() -> this.meetings.update(CHAIR, meeting, version, plan("Renamed twice")))
			.isInstanceOf(StaleMeetingException.class);
		assertThat(this.meetings.read(CHAIR, meeting).title()).isEqualTo("Renamed once");
	}

	@Test
	void refusesTheBareIssueTransitionWithoutSignedAdvice() {
		PublicCaseId caseId = discussedCase();
		ApiClient.Response refused = ApiClient.as(this.port, "chair", "demo")
			.transition(caseId, "{\"action\": \"ISSUE_ADVICE\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw().body()).contains("advice");
		assertThat(this.cases.find(CHAIR, caseId).status()).isEqualTo(CaseStatus.DISCUSSED);
	}

	@Test
	void saysWhatWouldChangeWhenTheKnowledgeBaseChangedSinceTheStoredRanking() {
		PublicCaseId caseId = discussedCase();
		RankingSnapshot stored = this.meetings.latestRanking(CHAIR, caseId);
		var record = this.cases.read(CHAIR, caseId);
		assertThat(this.rankings.changeSince(stored, record)).isNull();

		// A ranking made under an older knowledge base that did not yet know the top
		// option.
		var result = this.rankings.read(stored);
		var older = new org.targetboard.prioritization.PrioritizationResult(result.engineVersion(), "2026.10.0",
				"0".repeat(64), result.assessmentDate(), result.risk(), result.standardOfCare(), result.events(),
				result.options().subList(1, result.options().size()), result.alongside(), result.excluded(),
				result.trials(), result.notInKnowledgeBase(), result.notes(), result.citations(),
				result.evidenceLegend());
		RankingSnapshot old = new RankingSnapshot(0, stored.engineVersion(), "2026.10.0", "0".repeat(64),
				stored.assessmentDate(), org.targetboard.prioritization.json.CaseJson.write(older), stored.rankedAt(),
				List.of());
		Rankings.KnowledgeChange change = this.rankings.changeSince(old, record);
		assertThat(change).isNotNull();
		assertThat(change.storedVersion()).isEqualTo("2026.10.0");
		assertThat(change.changesOptions()).isTrue();
		assertThat(change.optionsNow().get(0)).isEqualTo(result.options().get(0).label());
		assertThat(change.optionsBefore()).doesNotContain(result.options().get(0).label());
	}

	private PublicCaseId discussedCase() {
		return this.board.discussedCase();
	}

	private AdviceDraft proposal(RankingSnapshot ranking) {
		return AdviceProposal.from(this.rankings.read(ranking));
	}

	private MeetingId newMeeting() {
		return this.board.newMeeting();
	}

	private static MeetingPlan plan(String title) {
		return TestBoard.plan(title);
	}

	private byte[] issue(PublicCaseId caseId, Advice draft) {
		return this.board.issue(caseId, draft);
	}

}
