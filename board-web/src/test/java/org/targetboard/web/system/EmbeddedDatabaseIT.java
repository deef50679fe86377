package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of the local run keeps its data: a postmaster left running by a
 * killed application (as after {@code kill -9}) is stopped cleanly, a new one starts on
 * the same data directory, and committed data is still there.
 */
class EmbeddedDatabaseIT {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsCommittedDataWhenAnOrphanedServerIsLeftBehind() throws Exception {
		EmbeddedPostgres orphan = EmbeddedDatabase.start(this.dataDirectory);
		try (Connection connection = orphan.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (note text)");
			statement.execute("insert into survivor values ('committed before the crash')");
		}
		// Not closed: the server keeps running, as after the application was killed. A
		// killed JVM also loses its
		// file lock on the data directory; release it the same way here, since the test
		// runs in one JVM.
		releaseFileLock(orphan);

		EmbeddedPostgres restarted = EmbeddedDatabase.start(this.dataDirectory);
		try (Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("committed before the crash");
		}
		finally {
			restarted.close();
		}
		assertThat(orphan.getPort()).isNotEqualTo(restarted.getPort());
	}

	private static void releaseFileLock(EmbeddedPostgres postgres) throws Exception {
		java.lang.reflect.Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((java.nio.channels.FileLock) lock.get(postgres)).release();
		java.lang.reflect.Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((java.io.FileOutputStream) stream.get(postgres)).close();
	}

}
