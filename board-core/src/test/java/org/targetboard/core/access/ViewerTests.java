package org.targetboard.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.core.centre.HospitalCode;

class ViewerTests {

	@Test
	void confinesCoordinatorsToTheirCentreIncludingDrafts() {
		CaseScope scope = TestCases.coordinator(TestCases.NL).caseScope();
		assertThat(scope.includes(TestCases.NL, CaseStatus.DRAFT)).isTrue();
		assertThat(scope.includes(TestCases.ES, CaseStatus.SUBMITTED)).isFalse();
	}

	@Test
	void letsTheCoordinatingCentreSeeEveryHospitalItCoordinates() {
		CaseScope scope = TestCases.coordinator(TestCases.NL).caseScope();
		assertThat(scope.includes(TestCases.NL, new HospitalCode("NL-UMCU"), CaseStatus.SUBMITTED)).isTrue();
		assertThat(scope.includes(TestCases.ES, new HospitalCode("ES-SJD"), CaseStatus.SUBMITTED)).isFalse();
	}

	@Test
	void confinesATreatingPhysicianToTheOwnHospital() {
		CaseScope atHospital = new Viewer("physician", Role.PHYSICIAN, TestCases.ES, new HospitalCode("ES-SJD"))
			.caseScope();
		assertThat(atHospital.includes(TestCases.ES, new HospitalCode("ES-SJD"), CaseStatus.DRAFT)).isTrue();
		assertThat(atHospital.includes(TestCases.ES, new HospitalCode("ES-HLP"), CaseStatus.SUBMITTED)).isFalse();
		assertThat(atHospital.includes(TestCases.ES, null, CaseStatus.SUBMITTED)).isFalse();
		CaseScope atCentre = new Viewer("physician", Role.PHYSICIAN, TestCases.ES).caseScope();
		assertThat(atCentre.includes(TestCases.ES, null, CaseStatus.SUBMITTED)).isTrue();
		assertThat(atCentre.includes(TestCases.ES, new HospitalCode("ES-SJD"), CaseStatus.SUBMITTED)).isFalse();
	}

	@Test
	void refusesAHospitalOutsideThePhysiciansCentreOrForOtherRoles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Viewer("physician", Role.PHYSICIAN, TestCases.NL, new HospitalCode("ES-SJD")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Viewer("coordinator", Role.COORDINATOR, TestCases.ES, new HospitalCode("ES-SJD")));
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
