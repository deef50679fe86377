package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.Eligibility;

/**
 * The eligibility policy is configuration: the international target board's by default, a
 * national board's from {@code board.eligibility.*}.
 */
class EligibilityPolicyTests {

	@Test
	void defaultsToTheInternationalTargetBoard() {
		assertThat(bind(Map.of()).eligibility().toEligibility()).isEqualTo(Eligibility.INTERNATIONAL_TARGET_BOARD);
	}

	@Test
	void aNationalBoardSetsItsOwnPolicy() {
		Eligibility national = bind(
				Map.of("board.eligibility.max-age-years", "17", "board.eligibility.requires-no-standard-of-care",
						"false", "board.eligibility.diagnoses", "BCP_ALL,T_ALL"))
			.eligibility()
			.toEligibility();
		assertThat(national.maxAgeYears()).isEqualTo(17);
		assertThat(national.requiresNoStandardOfCare()).isFalse();
		assertThat(national.diagnoses()).containsExactlyInAnyOrder(Diagnosis.BCP_ALL, Diagnosis.T_ALL);
	}

	private static BoardProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("board", BoardProperties.class);
	}

}
