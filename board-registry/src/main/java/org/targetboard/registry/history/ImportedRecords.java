package org.targetboard.registry.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.boardcase.PublicCaseId;

/**
 * Which record of which source became which case: an import takes a record once, however
 * often its file is imported.
 */
@Service
public class ImportedRecords {

	/** The longest source name and record id. */
	public static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportedRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The pseudonym of the case an earlier import made of the record, if any. */
	@Transactional(readOnly = true)
	public Optional<String> caseOf(String source, String recordId) {
		return this.jdbc.sql("""
				select c.pseudonym from imported_record r join board_case c on c.id = r.case_id
				where r.source = ? and r.record_id = ?""").params(source, recordId).query(String.class).optional();
	}

	/** Records that the record became the case. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void record(String source, String recordId, PublicCaseId caseId, String actor) {
		this.jdbc.sql("""
				insert into imported_record (source, record_id, case_id, imported_at, imported_by)
				values (?, ?, (select id from board_case where public_id = ?), ?, ?)""")
			.params(source, recordId, caseId.value(), Timestamp.from(this.clock.instant()), actor)
			.update();
	}

}
