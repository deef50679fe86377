package org.targetboard.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.IntakeProblem;

class AmendmentPolicyTests {

	@Test
	void theFirstAdviceNeedsNoReason() {
		assertThat(AmendmentPolicy.refusals(0, null)).isEmpty();
	}

	@Test
	void anAmendmentSaysWhyWithinTheLengthOfTheAdvicesTexts() {
		assertThat(AmendmentPolicy.refusals(1, " ")).extracting(IntakeProblem::code).containsExactly("required");
		assertThat(AmendmentPolicy.refusals(2, "x".repeat(AdviceDraft.MAX_TEXT + 1))).extracting(IntakeProblem::code)
			.containsExactly("tooLong");
		assertThat(AmendmentPolicy.refusals(1, "CD22 result corrected.")).isEmpty();
	}

}
