package org.targetboard.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.TestCases;

class ViewerTests {

	@Test
	void confinesCoordinatorsToTheirCentreIncludingDrafts() {
		CaseScope scope = TestCases.coordinator(TestCases.NL).caseScope();
		assertThat(scope.includes(TestCases.NL, CaseStatus.DRAFT)).isTrue();
		assertThat(scope.includes(TestCases.ES, CaseStatus.SUBMITTED)).isFalse();
	}

	@Test
	void showsTheBoardEveryCentresSubmittedCasesButNoDrafts() {
		CaseScope scope = TestCases.boardUser(Role.BOARD_MEMBER).caseScope();
		assertThat(scope.includes(TestCases.ES, CaseStatus.SUBMITTED)).isTrue();
		assertThat(scope.includes(TestCases.NL, CaseStatus.DRAFT)).isFalse();
	}

	@Test
	void keepsWithdrawnCasesVisibleToTheirCentreOnly() {
		assertThat(TestCases.coordinator(TestCases.NL).caseScope().includes(TestCases.NL, CaseStatus.CONSENT_WITHDRAWN))
			.isTrue();
		assertThat(TestCases.boardUser(Role.CHAIR).caseScope().includes(TestCases.NL, CaseStatus.CONSENT_WITHDRAWN))
			.isFalse();
	}

	@Test
	void showsStatisticiansNoIndividualCase() {
		CaseScope scope = TestCases.boardUser(Role.STATISTICIAN).caseScope();
		assertThat(scope.includes(TestCases.NL, CaseStatus.ADVICE_ISSUED)).isFalse();
	}

	@Test
	void requiresACentreExactlyForCentreBoundRoles() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Viewer("x", Role.COORDINATOR, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Viewer("x", Role.CHAIR, TestCases.NL));
	}

}
