package org.targetboard.registry;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.targetboard.core.intake.Eligibility;
import org.targetboard.core.intake.RiskGroup;
import org.targetboard.core.intake.RiskGrouping;

/**
 * The registry has no application of its own; slice tests need a configuration root to
 * scan from.
 */
@SpringBootApplication
class RegistryTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * The engine's risk rules live in another module; submission only needs a result
	 * here.
	 */
	@Bean
	Eligibility eligibility() {
		return Eligibility.INTERNATIONAL_TARGET_BOARD;
	}

	@Bean
	RiskGrouping riskGrouping() {
		return (intake) -> new RiskGroup(null, "S4", null, "assigned by the registry tests' stand-in");
	}

}
