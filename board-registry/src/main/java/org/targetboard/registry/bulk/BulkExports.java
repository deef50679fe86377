package org.targetboard.registry.bulk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.registry.audit.AuditLog;

/**
 * The jobs and files of FHIR bulk exports, for the board office only. A job's files are
 * written in one transaction when it completes, so a file is never seen half-written; the
 * completed export is audited once, and so is every download.
 */
@Service
public class BulkExports {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	BulkExports(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** Where a job stands. */
	public enum Status {

		RUNNING, COMPLETE, FAILED

	}

	/**
	 * A job.
	 *
	 * @param id the job
	 * @param requestedBy who started it
	 * @param requestedAt when (the manifest's transaction time)
	 * @param status where it stands
	 * @param cases how many cases it covered, once complete
	 * @param files its files, once complete
	 */
	public record Job(UUID id, String requestedBy, Instant requestedAt, Status status, @Nullable Integer cases,
			List<File> files) {
	}

	/**
	 * One NDJSON file of a job.
	 *
	 * @param resourceType the resources it holds
	 * @param resources how many
	 */
	public record File(String resourceType, int resources) {
	}

	/**
	 * Starts a job.
	 * @throws ActionNotPermittedException unless the viewer is the board office
	 */
	@Transactional
	public UUID start(Viewer viewer) {
		this.audit.require(viewer, BoardAction.BULK_EXPORT, "BULK_EXPORT");
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into bulk_export (id, requested_by, requested_at, status) values (?, ?, ?, 'RUNNING')")
			.params(id, viewer.username(), Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/**
	 * Stores a job's files and marks it complete, with one audit row for the export.
	 * @param files gzip-compressed NDJSON per resource type, with the count of resources
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void complete(UUID id, String actor, int cases, List<CompressedFile> files) {
		int resources = 0;
		for (CompressedFile file : files) {
			this.jdbc
				.sql("insert into bulk_export_file (export_id, resource_type, resources, content) values (?, ?, ?, ?)")
				.params(id, file.resourceType(), file.resources(), file.gzip())
				.update();
			resources += file.resources();
		}
		this.jdbc.sql("update bulk_export set status = 'COMPLETE', cases = ?, completed_at = ? where id = ?")
			.params(cases, Timestamp.from(this.clock.instant()), id)
			.update();
		this.audit.record(actor, org.targetboard.core.audit.AuditAction.EXPORT,
				"FHIR bulk export " + id + ": " + resources + " resource(s) of " + cases + " case(s)");
	}

	/** Marks a job failed; it is audited, with nothing exported. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fail(UUID id, String actor) {
		this.jdbc.sql("update bulk_export set status = 'FAILED', completed_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		this.audit.record(actor, org.targetboard.core.audit.AuditAction.EXPORT,
				"FHIR bulk export " + id + " failed; nothing exported");
	}

	/**
	 * A job.
	 * @throws CaseNotFoundException if there is no such job
	 */
	@Transactional(readOnly = true)
	public Job job(Viewer viewer, UUID id) {
		this.audit.require(viewer, BoardAction.BULK_EXPORT, "BULK_EXPORT");
		Job job = this.jdbc.sql("select id, requested_by, requested_at, status, cases from bulk_export where id = ?")
			.param(id)
			.query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
					Status.valueOf(rs.getString(4)), (Integer) rs.getObject(5), List.of()))
			.optional()
			.orElseThrow(CaseNotFoundException::new);
		List<File> files = this.jdbc
			.sql("select resource_type, resources from bulk_export_file where export_id = ? order by resource_type")
			.param(id)
			.query((rs, n) -> new File(rs.getString(1), rs.getInt(2)))
			.list();
		return new Job(job.id(), job.requestedBy(), job.requestedAt(), job.status(), job.cases(), files);
	}

	/**
	 * A complete job's file, gzip-compressed; the download is audited.
	 * @throws CaseNotFoundException if there is no such file
	 */
	@Transactional
	public byte[] file(Viewer viewer, UUID id, String resourceType) {
		this.audit.require(viewer, BoardAction.BULK_EXPORT, "BULK_EXPORT");
		Optional<byte[]> content = this.jdbc
			.sql("select content from bulk_export_file where export_id = ? and resource_type = ?")
			.params(id, resourceType)
			.query(byte[].class)
			.optional();
		byte[] gzip = content.orElseThrow(CaseNotFoundException::new);
		this.audit.record(viewer.username(), org.targetboard.core.audit.AuditAction.EXPORT,
				"FHIR bulk export " + id + " file " + resourceType + " downloaded");
		return gzip;
	}

	/**
	 * A file ready to store.
	 *
	 * @param resourceType the resources it holds
	 * @param resources how many
	 * @param gzip the NDJSON, gzip-compressed
	 */
	public record CompressedFile(String resourceType, int resources, byte[] gzip) {
	}

}
