package org.targetboard.registry.boardcase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.CaseScope;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseLifecycle;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.Transition;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.registry.audit.AuditLog;

/**
 * Registry of board cases: creation with a pseudonym, reads within the viewer's scope,
 * content changes and lifecycle transitions, each with its history entry and audit event
 * in one transaction. Refusals are audited too, which is why the refusal exceptions do
 * not roll the transaction back (nothing else has been written by then).
 */
@Service
public class CaseRegistry {

	private final CaseJpaRepository cases;

	private final CaseStatusChangeJpaRepository history;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final Clock clock;

	CaseRegistry(CaseJpaRepository cases, CaseStatusChangeJpaRepository history, EntityManager entityManager,
			AuditLog audit, Clock clock) {
		this.cases = cases;
		this.history = history;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a draft for the coordinator's centre with the next pseudonym of that centre
	 * and year.
	 * @throws ActionNotPermittedException unless the creator is a coordinator
	 */
	@Transactional
	public BoardCase createDraft(Viewer creator, CaseSummary summary) {
		if (creator.role() != Role.COORDINATOR) {
			throw new ActionNotPermittedException("CREATE");
		}
		CentreCode centreCode = Objects.requireNonNull(creator.centre());
		CaseCentreEntity centre = this.entityManager
			.createQuery("select c from CaseCentreEntity c where c.code = :code", CaseCentreEntity.class)
			.setParameter("code", centreCode.value())
			.getSingleResult();
		Instant now = this.clock.instant();
		int year = now.atZone(ZoneOffset.UTC).getYear();
		int sequence = this.cases.nextPseudonymSequence(centre.getId(), year);
		PublicCaseId id = PublicCaseId.random();
		CaseEntity entity = new CaseEntity(id.value(), new Pseudonym(centreCode, year, sequence).toString(), centre,
				creator.username(), now);
		entity.setSummary(summary, now);
		this.cases.saveAndFlush(entity);
		this.history.save(new CaseStatusChangeEntity(Objects.requireNonNull(entity.getId()), null, CaseStatus.DRAFT,
				null, now, creator.username()));
		this.audit.recordForCase(creator.username(), AuditAction.CASE_CREATED, id, null);
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * The cases the viewer may see, most recently changed first.
	 */
	@Transactional
	public List<BoardCase> list(Viewer viewer) {
		CaseScope scope = viewer.caseScope();
		List<BoardCase> visible = scope.anyCase() ? this.cases.findAllInScope(centreOf(scope), scope.includeDrafts())
			.stream()
			.map(CaseMapper::toBoardCase)
			.toList() : List.of();
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ, "cases listed: " + visible.size());
		return visible;
	}

	/**
	 * Reads a case with its history and audits the read.
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope
	 */
	@Transactional(noRollbackFor = CaseNotFoundException.class)
	public CaseRecord read(Viewer viewer, PublicCaseId id) {
		CaseEntity entity = findInScope(viewer, id);
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_READ, id, null);
		return new CaseRecord(CaseMapper.toBoardCase(entity),
				this.history.findByCaseIdOrderByIdAsc(Objects.requireNonNull(entity.getId()))
					.stream()
					.map(CaseMapper::toStatusChange)
					.toList());
	}

	/**
	 * Replaces the clinical summary of a case the centre still holds.
	 * @param expectedVersion the version the change is based on
	 * @throws StaleCaseException if the case changed since that version
	 */
	@Transactional(noRollbackFor = { CaseNotFoundException.class, ActionNotPermittedException.class,
			CaseNotEditableException.class, StaleCaseException.class })
	public BoardCase updateSummary(Viewer viewer, PublicCaseId id, long expectedVersion, CaseSummary summary) {
		CaseEntity entity = findInScope(viewer, id);
		if (viewer.role() != Role.COORDINATOR) {
			refuse(viewer, id, "UPDATE by " + viewer.role());
			throw new ActionNotPermittedException("UPDATE");
		}
		if (!entity.getStatus().isEditableByCentre()) {
			refuse(viewer, id, "UPDATE in " + entity.getStatus());
			throw new CaseNotEditableException(entity.getStatus());
		}
		requireVersion(entity, expectedVersion);
		entity.setSummary(summary, this.clock.instant());
		this.cases.saveAndFlush(entity);
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, id, null);
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * Applies a lifecycle action.
	 * @param expectedVersion the version the user saw, if known; a mismatch means someone
	 * else acted first
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope
	 * @throws ActionNotPermittedException if the viewer's role may not perform the action
	 * @throws TransitionRefusedException if the action does not apply to the case's state
	 */
	@Transactional(noRollbackFor = { CaseNotFoundException.class, ActionNotPermittedException.class,
			TransitionRefusedException.class, StaleCaseException.class })
	public BoardCase apply(Viewer viewer, PublicCaseId id, CaseAction action, @Nullable Long expectedVersion) {
		CaseEntity entity = findInScope(viewer, id);
		if (!action.isPermittedFor(viewer.role())) {
			refuse(viewer, id, action + " by " + viewer.role());
			throw new ActionNotPermittedException(action);
		}
		if (expectedVersion != null) {
			requireVersion(entity, expectedVersion);
		}
		CaseStatus from = entity.getStatus();
		switch (CaseLifecycle.decide(from, action)) {
			case Transition.Refused refused -> {
				refuse(viewer, id, action + " in " + from);
				throw new TransitionRefusedException(refused);
			}
			case Transition.Allowed allowed -> {
				Instant now = this.clock.instant();
				entity.moveTo(allowed.to(), now);
				this.cases.saveAndFlush(entity);
				this.history.save(new CaseStatusChangeEntity(Objects.requireNonNull(entity.getId()), from, allowed.to(),
						action, now, viewer.username()));
				this.audit.recordForCase(viewer.username(), AuditAction.CASE_TRANSITION, id,
						action + ": " + from + " -> " + allowed.to());
			}
		}
		return CaseMapper.toBoardCase(entity);
	}

	private CaseEntity findInScope(Viewer viewer, PublicCaseId id) {
		CaseScope scope = viewer.caseScope();
		if (scope.anyCase()) {
			var found = this.cases.findInScope(id.value(), centreOf(scope), scope.includeDrafts());
			if (found.isPresent()) {
				return found.get();
			}
		}
		refuse(viewer, id, "not in scope");
		throw new CaseNotFoundException();
	}

	private void refuse(Viewer viewer, PublicCaseId id, String detail) {
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_ACCESS_REFUSED, id, detail);
	}

	private static void requireVersion(CaseEntity entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new StaleCaseException();
		}
	}

	private static @Nullable String centreOf(CaseScope scope) {
		return (scope.centre() != null) ? scope.centre().value() : null;
	}

}
