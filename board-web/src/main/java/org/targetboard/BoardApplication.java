package org.targetboard;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.targetboard.web.system.EmbeddedDatabase;

/**
 * Target Board: the one application class, in the root package so that scanning covers
 * every module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class BoardApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BoardApplication.class);
		// Without a configured database the local run starts its own PostgreSQL and the
		// demo profile.
		EmbeddedDatabase.configure(application, args);
		application.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
