package org.targetboard.registry.boardcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.registry.testdb.TestDatabase;
import org.targetboard.registry.testdb.TestDatabaseConfiguration;

/**
 * The application connects as a role that owns nothing: every way the audit found to
 * erase audit rows or issued advice (replication mode, disabled triggers, truncation,
 * plain deletes and updates, dropping or altering tables) is refused by the database
 * itself, and the append-only triggers stay as a second guard even for the owner.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseRolesIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void connectsAsARoleThatOwnsNothingAndHasNoSpecialRights() {
		assertThat(this.jdbc.sql("select current_user").query(String.class).single())
			.isEqualTo(TestDatabase.APPLICATION_ROLE);
		assertThat(this.jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select rolsuper or rolreplication or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles "
					+ "where rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "set session_replication_role = replica", "alter table audit_event disable trigger all",
			"alter table advice disable trigger advice_issued_is_immutable", "truncate audit_event",
			"truncate advice cascade", "truncate case_status_change", "delete from audit_event",
			"update audit_event set detail = null", "delete from case_status_change", "drop table audit_event",
			"alter table audit_event drop column detail", "create table intruder (x integer)",
			"insert into flyway_schema_history (installed_rank) values (9999)" })
	void refusesTheApplicationEveryWayAroundTheAuditTrailAndIssuedAdvice(String sql) {
		assertThatThrownBy(() -> this.jdbc.sql(sql).update()).rootCause()
			.hasMessageMatching("(?s).*(permission denied|must be owner).*");
	}

	@Test
	void keepsTheAppendOnlyTriggersForTheOwner() throws Exception {
		TestDatabase.Connection owner = TestDatabase.get();
		try (Connection connection = DriverManager.getConnection(owner.url(), owner.username(), owner.password());
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("delete from audit_event")).hasMessageContaining("append-only");
		}
	}

}
