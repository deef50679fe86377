package org.targetboard.registry.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Resolves one real PostgreSQL per test JVM, in this order (house-style section 10):
 * {@code TEST_DATABASE_URL} with a throw-away database created on that server;
 * Testcontainers when a Docker engine answers; embedded PostgreSQL; else one clear
 * failure. Never H2.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	/**
	 * Where to connect.
	 *
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password (may be empty)
	 * @param source which of the resolution steps provided it
	 */
	public record Connection(String url, String username, String password, String source) {
	}

	/** The role the application connects as (migration V12): it owns nothing. */
	public static final String APPLICATION_ROLE = "board_app";

	/** Its password on the test server. */
	public static final String APPLICATION_PASSWORD = "board_app";

	private static volatile @Nullable Connection resolved;

	private TestDatabase() {
	}

	/**
	 * The connection for this JVM, resolved (and started) on first use.
	 */
	public static Connection get() {
		Connection connection = resolved;
		if (connection == null) {
			synchronized (TestDatabase.class) {
				connection = resolved;
				if (connection == null) {
					connection = resolve();
					createApplicationRole(connection);
					log.info("Test database: {} ({})", connection.source(), connection.url());
					resolved = connection;
				}
			}
		}
		return connection;
	}

	private static Connection resolve() {
		String url = setting("TEST_DATABASE_URL");
		if (url != null) {
			return throwAwayDatabaseOn(url, orEmpty(setting("TEST_DATABASE_USERNAME")),
					orEmpty(setting("TEST_DATABASE_PASSWORD")));
		}
		if (dockerAnswers()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
			// Without the user in the URL, which would override the role of each
			// connection.
			return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "",
					"embedded PostgreSQL");
		}
		catch (Exception ex) {
			throw new IllegalStateException("""
					No PostgreSQL for the tests. Provide one of: TEST_DATABASE_URL (with TEST_DATABASE_USERNAME and \
					TEST_DATABASE_PASSWORD) pointing at a PostgreSQL 15+ server; a running Docker engine for \
					Testcontainers; or a platform where embedded PostgreSQL starts (see README, "Testing").""", ex);
		}
	}

	private static Connection throwAwayDatabaseOn(String url, String username, String password) {
		Matcher matcher = JDBC_URL.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalStateException("TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database");
		}
		String database = "board_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (java.sql.Connection admin = DriverManager.getConnection(url, username, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			log.warn("Cannot create a throw-away database on TEST_DATABASE_URL; using it as it is: {}",
					ex.getMessage());
			return new Connection(url, username, password, "TEST_DATABASE_URL");
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(url, username, password, database)));
		return new Connection(matcher.group(1) + database + matcher.group(3), username, password,
				"TEST_DATABASE_URL, throw-away database " + database);
	}

	// Roles belong to the server, not the database: create it once, or give it the
	// password the tests use.
	private static void createApplicationRole(Connection owner) {
		try (java.sql.Connection admin = DriverManager.getConnection(owner.url(), owner.username(), owner.password());
				Statement statement = admin.createStatement()) {
			statement.execute("""
					do $$
					begin
					    if not exists (select 1 from pg_roles where rolname = '%1$s') then
					        create role %1$s login password '%2$s';
					    else
					        alter role %1$s login password '%2$s';
					    end if;
					end;
					$$""".formatted(APPLICATION_ROLE, APPLICATION_PASSWORD));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the application role " + APPLICATION_ROLE
					+ " on the test database; the test user must be allowed to create roles", ex);
		}
	}

	private static boolean dockerAnswers() {
		if ("false".equalsIgnoreCase(setting("TEST_DATABASE_DOCKER"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static @Nullable String setting(String name) {
		String value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'), System.getenv(name));
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static void dropQuietly(String url, String username, String password, String database) {
		try (java.sql.Connection admin = DriverManager.getConnection(url, username, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop throw-away test database {}", database);
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (Exception ex) {
			log.warn("Could not stop embedded PostgreSQL", ex);
		}
	}

}
