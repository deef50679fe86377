package org.targetboard.registry;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

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

}
