package org.targetboard.web.boardcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.targetboard.core.intake.Eligibility;
import org.targetboard.web.system.BoardProperties;

/** The board's eligibility policy, from {@code board.eligibility.*}. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

	@Bean
	Eligibility eligibility(BoardProperties properties) {
		return properties.eligibility().toEligibility();
	}

}
