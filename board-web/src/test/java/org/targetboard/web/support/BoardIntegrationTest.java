package org.targetboard.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.targetboard.registry.testdb.TestDatabaseConfiguration;

/**
 * The whole application on a random port, on the real test PostgreSQL, with the demo
 * centres and accounts, and a real SMTP server. Every integration test uses exactly this
 * configuration, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "board.mail.poll=200ms", "board.mail.retry-base=200ms",
				// The tests' failed logins all come from the loopback address; the limit
				// per
				// address has its own test.
				"board.security.max-failed-logins-per-address=1000" })
@Import({ TestDatabaseConfiguration.class, TestMailConfiguration.class, TestBoardConfiguration.class })
@ActiveProfiles("demo")
public @interface BoardIntegrationTest {

}
