package org.targetboard.web.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test-only beans of the integration tests: the movable clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBoardConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
