package org.targetboard.registry.testdb;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives Spring the test database of {@link TestDatabase}; import it into
 * {@code @DataJpaTest} (with {@code replace = NONE}) and {@code @SpringBootTest} alike.
 * As in production, the application connects as the role that owns nothing
 * ({@code board_app}) and Flyway migrates as the owner. The database is resolved only
 * when a connection is made.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return TestDatabase.get().url();
			}

			@Override
			public String getUsername() {
				return TestDatabase.APPLICATION_ROLE;
			}

			@Override
			public String getPassword() {
				return TestDatabase.APPLICATION_PASSWORD;
			}

		};
	}

	@Bean
	FlywayConnectionDetails testDatabaseOwnerConnectionDetails() {
		return new FlywayConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return TestDatabase.get().url();
			}

			@Override
			public String getUsername() {
				return TestDatabase.get().username();
			}

			@Override
			public String getPassword() {
				return TestDatabase.get().password();
			}

		};
	}

}
