package org.targetboard.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Chooses the database of a run before Spring starts. With {@code BOARD_DB_URL} (and
 * {@code BOARD_DB_USERNAME}, {@code BOARD_DB_PASSWORD}) or the standard
 * {@code spring.datasource.url}, that server is used. Otherwise an embedded PostgreSQL
 * starts with a persistent data directory ({@code BOARD_DATA_DIR}, default
 * {@code ~/.target-board/postgres}) and the {@code demo} profile is switched on, so that
 * a newcomer gets a working board with one command.
 */
public final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	/** The role the application connects as (migration V12). */
	static final String APPLICATION_ROLE = "board_app";

	private EmbeddedDatabase() {
	}

	public static void configure(SpringApplication application, String[] args) {
		Map<String, Object> defaults = new HashMap<>();
		String boardUrl = setting("BOARD_DB_URL");
		if (boardUrl != null) {
			defaults.put("spring.datasource.url", boardUrl);
			Optional.ofNullable(setting("BOARD_DB_USERNAME"))
				.ifPresent((user) -> defaults.put("spring.datasource.username", user));
			Optional.ofNullable(setting("BOARD_DB_PASSWORD"))
				.ifPresent((password) -> defaults.put("spring.datasource.password", password));
			// Flyway migrates as the owner of the tables; the application connects as a
			// role
			// that owns nothing (migration V12).
			Optional.ofNullable(setting("BOARD_DB_OWNER_USERNAME"))
				.ifPresent((user) -> defaults.put("spring.flyway.user", user));
			Optional.ofNullable(setting("BOARD_DB_OWNER_PASSWORD"))
				.ifPresent((password) -> defaults.put("spring.flyway.password", password));
			application.setDefaultProperties(defaults);
			return;
		}
		if (springDatasourceConfigured(args) || "false".equalsIgnoreCase(setting("BOARD_EMBEDDED_DB"))) {
			return;
		}
		Path dataDirectory = Path.of(Optional.ofNullable(setting("BOARD_DATA_DIR"))
			.orElse(System.getProperty("user.home") + "/.target-board/postgres"));
		EmbeddedPostgres postgres = start(dataDirectory);
		createApplicationRole(postgres);
		// No user in the URL: it would override the role of each connection.
		defaults.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		defaults.put("spring.datasource.username", APPLICATION_ROLE);
		defaults.put("spring.flyway.user", "postgres");
		// A newcomer's first start shows a board with cases, meetings and follow-up.
		defaults.put("board.demo.seed", "true");
		application.setDefaultProperties(defaults);
		application.setAdditionalProfiles("demo");
		log.info("Embedded PostgreSQL on port {} with data in {}; demo profile on", postgres.getPort(), dataDirectory);
	}

	/**
	 * The embedded server trusts local connections, so the role needs no password; it is
	 * created before Flyway runs, as a DBA would create it in production.
	 */
	static void createApplicationRole(EmbeddedPostgres postgres) {
		try (java.sql.Connection owner = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement statement = owner.createStatement()) {
			statement.execute("""
					do $$
					begin
					    if not exists (select 1 from pg_roles where rolname = 'board_app') then
					        create role board_app login;
					    end if;
					end;
					$$""");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create the application role in the embedded PostgreSQL", ex);
		}
	}

	static EmbeddedPostgres start(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			stopOrphanedPostmaster(dataDirectory);
			// The builder's shutdown hook stops the server when the JVM exits normally.
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// The library tunes for throw-away test databases; this one keeps real
				// data, so make it durable.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start in " + dataDirectory
					+ "; set BOARD_DB_URL to use a PostgreSQL server instead", ex);
		}
	}

	/**
	 * After a {@code kill -9} of the application the postmaster it started keeps running
	 * and holds the data directory; stop it cleanly (SIGTERM: smart shutdown, its clients
	 * are gone) before starting a new one.
	 */
	static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (postmaster.isEmpty()) {
			return;
		}
		log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
		postmaster.get().destroy();
		try {
			postmaster.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("An earlier embedded PostgreSQL (pid " + pid + ") does not stop", ex);
		}
	}

	private static boolean springDatasourceConfigured(String[] args) {
		return System.getProperty("spring.datasource.url") != null || setting("SPRING_DATASOURCE_URL") != null
				|| Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--spring.datasource.url="));
	}

	private static @Nullable String setting(String name) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? null : value;
	}

}
