package org.targetboard.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;
import org.targetboard.prioritization.knowledge.Trial;
import org.targetboard.prioritization.trial.TrialMatch;

/**
 * A ranking can be reproduced, or a past decision re-evaluated, as of any date: trial
 * status comes from the dated status history, approval modifiers from the approval dates,
 * and the result names the date and what it could not date.
 */
class AsOfDateTests {

	private static final PrioritizationEngine ENGINE = new PrioritizationEngine(
			KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES));

	private final CaseProfile tAll = TestProfiles.of(Diagnosis.T_ALL).relapse(1).marker("CD38", 90).build();

	@Test
	void aTrialIsOpenOnlyBetweenItsDatedOpeningAndClosing() {
		TrialMatch before = delphinus(ENGINE.prioritize(this.tAll, LocalDate.of(2017, 6, 1)));
		TrialMatch open = delphinus(ENGINE.prioritize(this.tAll, LocalDate.of(2020, 6, 1)));
		TrialMatch closed = delphinus(ENGINE.prioritize(this.tAll, LocalDate.of(2026, 12, 7)));

		assertThat(before.status()).isEqualTo(Trial.Status.NOT_YET_RECRUITING);
		assertThat(open.status()).isEqualTo(Trial.Status.RECRUITING);
		assertThat(closed.status()).isEqualTo(Trial.Status.COMPLETED);
		assertThat(ENGINE.prioritize(this.tAll, LocalDate.of(2020, 6, 1)).options()).extracting(RankedOption::optionId)
			.contains("DELPHINUS");
		assertThat(ENGINE.prioritize(this.tAll, LocalDate.of(2026, 12, 7)).options()).extracting(RankedOption::optionId)
			.doesNotContain("DELPHINUS");
	}

	@Test
	void anApprovalCountsFromItsDate() {
		CaseProfile kmt2a = TestProfiles.of(Diagnosis.AML).relapse(2).fusion("KMT2A::MLLT3").build();

		assertThat(revumenib(ENGINE.prioritize(kmt2a, LocalDate.of(2024, 6, 1))).evidence().dnpm()).isEqualTo("m1B");
		assertThat(revumenib(ENGINE.prioritize(kmt2a, LocalDate.of(2025, 1, 1))).evidence().dnpm())
			.isEqualTo("m1B Z(FDA)");
	}

	@Test
	void theResultNamesTheDateAndWhatItCouldNotDate() {
		PrioritizationResult past = ENGINE.prioritize(this.tAll, LocalDate.of(2020, 6, 1));
		PrioritizationResult now = ENGINE.prioritize(this.tAll, ENGINE.knowledgeBase().header().date());

		assertThat(past.assessmentDate()).isEqualTo(LocalDate.of(2020, 6, 1));
		assertThat(past.notes()).anySatisfy((note) -> {
			assertThat(note.ruleId()).isEqualTo(PrioritizationEngine.AS_OF);
			assertThat(note.text()).contains("2020-06-01").contains("no dated status history");
		});
		assertThat(now.notes()).noneSatisfy((note) -> assertThat(note.ruleId()).isEqualTo(PrioritizationEngine.AS_OF));
	}

	private static TrialMatch delphinus(PrioritizationResult result) {
		return result.trials()
			.stream()
			.filter((trial) -> trial.trialId().equals("DELPHINUS"))
			.findFirst()
			.orElseThrow();
	}

	private static RankedOption revumenib(PrioritizationResult result) {
		return result.options()
			.stream()
			.filter((option) -> option.optionId().equals("revumenib"))
			.findFirst()
			.orElseThrow();
	}

}
