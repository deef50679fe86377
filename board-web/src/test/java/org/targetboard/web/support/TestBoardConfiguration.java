package org.targetboard.web.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test-only beans of the integration tests: the movable clock, and bcrypt at its lowest
 * cost for the demo accounts, so that thousands of authenticated API requests (the fuzz
 * test) do not spend minutes hashing; the algorithm and the checks are the production
 * ones.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBoardConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	@Primary
	PasswordEncoder fastPasswordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
