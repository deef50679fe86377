package org.targetboard.registry.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.PublicCaseId;

/**
 * The append-only audit trail. Events are written in the caller's transaction, so an
 * audited change and its audit event commit or roll back together; refusals are written
 * in a transaction of their own, so that they are kept while everything the refused
 * request did is rolled back (and so that a read-only transaction can record one).
 */
@Service
public class AuditLog {

	private static final int MAX_DETAIL = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	// Refusals are written in a transaction of their own, also when this class calls
	// itself (where an annotation would not apply).
	private final TransactionTemplate ownTransaction;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records an event about a case, linked to it when the identifier names an existing
	 * case.
	 * @param detail states, actions, scopes or counts; never patient data
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordForCase(String actor, AuditAction action, PublicCaseId caseId, @Nullable String detail) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, case_id, detail)
				values (:at, :actor, :action, (select id from board_case where public_id = :publicId), :detail)
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("action", action.name())
			.param("publicId", caseId.value())
			.param("detail", truncate(detail))
			.update();
	}

	/**
	 * Records an event that concerns no single case, such as a list or an export.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditAction action, @Nullable String detail) {
		this.jdbc
			.sql("insert into audit_event (occurred_at, actor, action, detail) values (:at, :actor, :action, :detail)")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("action", action.name())
			.param("detail", truncate(detail))
			.update();
	}

	/**
	 * Records a refused access or action in its own transaction, whatever happens to the
	 * caller's.
	 * @param caseId the case concerned, if any
	 * @param detail the action and role; never patient data
	 */
	public void recordRefusal(String actor, @Nullable PublicCaseId caseId, String detail) {
		this.ownTransaction.executeWithoutResult((status) -> {
			if (caseId != null) {
				recordForCase(actor, AuditAction.CASE_ACCESS_REFUSED, caseId, detail);
			}
			else {
				record(actor, AuditAction.CASE_ACCESS_REFUSED, detail);
			}
		});
	}

	/**
	 * Lets the viewer go on only in one of the given roles; otherwise the refusal is
	 * recorded (in its own transaction) and refused.
	 * @param action the action refused, as named in the audit trail
	 * @throws ActionNotPermittedException unless the viewer has one of the roles
	 */
	public void require(Viewer viewer, BoardAction action, String step) {
		if (!action.isPermittedFor(viewer.role())) {
			recordRefusal(viewer.username(), null, step + " by " + viewer.role());
			throw new ActionNotPermittedException(step);
		}
	}

	/**
	 * Records a failed login in its own transaction.
	 * @param actor the account, or a placeholder when no such account exists
	 * @param reason why the login failed
	 */
	public void recordRefusalOfLogin(String actor, String reason) {
		this.ownTransaction.executeWithoutResult((status) -> record(actor, AuditAction.LOGIN_FAILED, reason));
	}

	/**
	 * Records an export in its own transaction when the caller's is read-only (a streamed
	 * export).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordExport(String actor, String detail) {
		record(actor, AuditAction.EXPORT, detail);
	}

	/**
	 * The events about one case, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> forCase(PublicCaseId caseId) {
		return this.jdbc.sql("""
				select a.occurred_at, a.actor, a.action, a.detail from audit_event a
				join board_case c on c.id = a.case_id where c.public_id = :publicId order by a.id
				""")
			.param("publicId", caseId.value())
			.query((rs, row) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
					AuditAction.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	private static @Nullable String truncate(@Nullable String detail) {
		return (detail == null || detail.length() <= MAX_DETAIL) ? detail : detail.substring(0, MAX_DETAIL);
	}

}
