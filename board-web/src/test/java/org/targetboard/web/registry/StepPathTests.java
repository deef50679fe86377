package org.targetboard.web.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepPathTests {

	@Test
	void writesTenthsWithOneDecimal() {
		assertThat(new StepPath(56, 12.04).horizontal(100.25).vertical(7.96)).hasToString("M56.0 12.0 H100.3 V8.0");
		assertThat(StepPath.format(StepPath.tenths(-0.35))).isEqualTo("-0.3");
		assertThat(StepPath.format(StepPath.tenths(259.95))).isEqualTo("260.0");
	}

	@Test
	void leavesOutMovesThatEndWhereThePenIs() {
		StepPath path = new StepPath(56, 12).horizontal(56.01).vertical(12.04).horizontal(60);

		assertThat(path).hasToString("M56.0 12.0 H60.0");
	}

	@Test
	void drawsStepsThatFallOnOneTenthAsOneStep() {
		// Three deaths on one tenth of the time axis: down three times at one x.
		StepPath path = new StepPath(56, 12).horizontal(80).vertical(20).horizontal(80.02).vertical(30).vertical(40);

		assertThat(path).hasToString("M56.0 12.0 H80.0 V40.0");
	}

	@Test
	void keepsALineThatTurnsBack() {
		// The confidence band goes forward along the upper limits and back along the
		// lower.
		StepPath path = new StepPath(56, 12).horizontal(100).horizontal(80).vertical(50).vertical(40);

		assertThat(path.close()).isEqualTo("M56.0 12.0 H100.0 H80.0 V50.0 V40.0 Z");
	}

}
