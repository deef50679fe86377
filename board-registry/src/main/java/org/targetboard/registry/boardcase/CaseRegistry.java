package org.targetboard.registry.boardcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.CaseScope;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseLifecycle;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.Transition;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.consent.Withdrawal;
import org.targetboard.core.consent.WithdrawalScope;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.Eligibility;
import org.targetboard.core.intake.IdentifierOverride;
import org.targetboard.core.intake.IdentifierScreen;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeCheck;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.core.intake.RiskGrouping;
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

	private final ConsentJpaRepository consents;

	private final RiskGrouping riskGrouping;

	private final Eligibility eligibility;

	CaseRegistry(CaseJpaRepository cases, CaseStatusChangeJpaRepository history, EntityManager entityManager,
			AuditLog audit, Clock clock, ConsentJpaRepository consents, RiskGrouping riskGrouping,
			Eligibility eligibility) {
		this.eligibility = eligibility;
		this.consents = consents;
		this.riskGrouping = riskGrouping;
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
	 * @throws IncompleteCaseException if the intake breaks a rule of drafts; nothing is
	 * stored
	 */
	@Transactional
	public BoardCase createDraft(Viewer creator, CaseIntake intake) {
		return createDraft(creator, intake, null, null);
	}

	/**
	 * Creates a draft, screening its free text for identifiers on the way in: every way a
	 * case enters (form, API, FHIR import) passes here.
	 * @param override the centre's reason for keeping text the screen flags, if given
	 * @param hospital the treating hospital, one the creator's centre coordinates; absent
	 * when the centre treats the patient itself
	 * @throws PossibleIdentifiersException if text is flagged and no override is given;
	 * nothing is stored
	 * @throws IncompleteCaseException if the hospital is not one of the centre's
	 */
	@Transactional
	public BoardCase createDraft(Viewer creator, CaseIntake intake, @Nullable IdentifierOverride override,
			@Nullable HospitalCode hospital) {
		if (!BoardAction.CREATE_CASE.isPermittedFor(creator.role())) {
			throw new ActionNotPermittedException("CREATE");
		}
		requireValidDraft(intake);
		List<String> flagged = flaggedFields(intake, override);
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
		entity.setHospital(hospitalOf(centre.getId(), hospital));
		enter(entity, intake, flagged, override, creator, now);
		this.history.save(new CaseStatusChangeEntity(Objects.requireNonNull(entity.getId()), null, CaseStatus.DRAFT,
				null, now, creator.username(), null));
		this.audit.recordForCase(creator.username(), AuditAction.CASE_CREATED, id, null);
		auditOverride(creator, id, flagged);
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * The cases the viewer may see, most recently changed first.
	 */
	@Transactional
	public List<BoardCase> list(Viewer viewer) {
		return worklist(viewer).stream().map(CaseListEntry::boardCase).toList();
	}

	/**
	 * The cases the viewer may see, most recently changed first, with whether each has
	 * consent in force for discussion, for worklists that say what needs action.
	 */
	@Transactional
	public List<CaseListEntry> worklist(Viewer viewer) {
		CaseScope scope = viewer.caseScope();
		List<CaseEntity> entities = scope.anyCase() ? this.cases.findAllInScope(centreOf(scope), scope.includeDrafts(),
				scope.includeWithdrawn(), scope.oneHospital(), hospitalOf(scope)) : List.of();
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ, "cases listed: " + entities.size());
		return entries(entities);
	}

	/**
	 * One page of the cases the viewer may see that match the search, with whether each
	 * has consent in force for discussion. The scope applies inside the query.
	 */
	@Transactional
	public CasePage search(Viewer viewer, CaseSearch search) {
		CaseScope scope = viewer.caseScope();
		if (!scope.anyCase()) {
			return new CasePage(List.of(), 0, false, search.page(), search.size());
		}
		org.springframework.data.domain.Sort order = switch (search.sort()) {
			case UPDATED -> org.springframework.data.domain.Sort.by("updatedAt").descending();
			case PSEUDONYM -> org.springframework.data.domain.Sort.by("pseudonym");
			case STATUS -> org.springframework.data.domain.Sort.by("status")
				.and(org.springframework.data.domain.Sort.by("updatedAt").descending());
		};
		List<CaseEntity> rows = this.cases.search(centreOf(scope), scope.includeDrafts(), scope.includeWithdrawn(),
				scope.oneHospital(), hospitalOf(scope), search.pseudonymPattern(), search.status(), search.diagnosis(),
				search.centre(), org.springframework.data.domain.PageRequest.of(search.page(), search.size(), order));
		// The cases up to the page and a thousand beyond it are counted; a longer list
		// says so. A page then costs the same however large the registry grows (an
		// exact count read all 10,000 cases of a registry for every page).
		long offset = (long) search.page() * search.size();
		long total;
		boolean more = false;
		if (rows.size() < search.size() && (offset == 0 || !rows.isEmpty())) {
			total = offset + rows.size();
		}
		else {
			long limit = offset + CasePage.COUNTED_AHEAD;
			total = this.cases.countUpTo(centreOf(scope), scope.includeDrafts(), scope.includeWithdrawn(),
					scope.oneHospital(), hospitalOf(scope), search.pseudonymPattern(),
					(search.status() != null) ? search.status().name() : null,
					(search.diagnosis() != null) ? search.diagnosis().name() : null, search.centre(), (int) limit + 1);
			if (total > limit) {
				total = limit;
				more = true;
			}
		}
		this.audit.record(viewer.username(), AuditAction.CASE_LIST_READ,
				"cases listed: " + rows.size() + " of " + (more ? "more than " : "") + total);
		return new CasePage(entries(rows), total, more, search.page(), search.size());
	}

	/**
	 * The cases in the given states that the viewer may see, most recently changed first:
	 * what may need the viewer's action.
	 * @throws IllegalArgumentException for more than four states (a role's actions wait
	 * in at most three)
	 */
	@Transactional
	public List<CaseListEntry> inStates(Viewer viewer, java.util.Collection<CaseStatus> statuses) {
		CaseScope scope = viewer.caseScope();
		if (!scope.anyCase() || statuses.isEmpty()) {
			return List.of();
		}
		List<CaseStatus> asked = List.copyOf(statuses);
		if (asked.size() > 4) {
			throw new IllegalArgumentException("A worklist asks for at most four states");
		}
		return entries(
				this.cases.findInScopeWithStatus(centreOf(scope), scope.includeDrafts(), scope.includeWithdrawn(),
						scope.oneHospital(), hospitalOf(scope), asked.get(0), asked.get(Math.min(1, asked.size() - 1)),
						asked.get(Math.min(2, asked.size() - 1)), asked.get(Math.min(3, asked.size() - 1))));
	}

	private List<CaseListEntry> entries(List<CaseEntity> entities) {
		Set<Long> consented = entities.isEmpty() ? Set.of()
				: new HashSet<>(this.consents.findCasesWithConsentForDiscussion(entities.stream()
					.map((entity) -> Objects.requireNonNull(entity.getId()).toString())
					.collect(java.util.stream.Collectors.joining(",", "{", "}"))));
		return entities.stream()
			.map((entity) -> new CaseListEntry(CaseMapper.toBoardCase(entity), consented.contains(entity.getId())))
			.toList();
	}

	/**
	 * Reads a case with its intake, consent, risk group and history, and audits the read.
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope
	 */
	@Transactional
	public CaseRecord read(Viewer viewer, PublicCaseId id) {
		CaseEntity entity = findInScope(viewer, id);
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_READ, id, null);
		return toRecord(viewer, entity);
	}

	/**
	 * Reads a case for a bulk export, which is audited once as a whole by its caller
	 * instead of once per case.
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope
	 */
	@Transactional(readOnly = true)
	public CaseRecord readForExport(Viewer viewer, PublicCaseId id) {
		return toRecord(viewer, findInScope(viewer, id));
	}

	/**
	 * The case if it lies in the viewer's scope, without auditing a full read: for
	 * features that check access before they read their own data (meetings, advice).
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope; the
	 * refusal is audited
	 */
	@Transactional
	public BoardCase find(Viewer viewer, PublicCaseId id) {
		return CaseMapper.toBoardCase(findInScope(viewer, id));
	}

	/**
	 * Replaces the case as entered by the centre, while the centre still holds it.
	 * @param expectedVersion the version the change is based on
	 * @throws StaleCaseException if the case changed since that version
	 * @throws IncompleteCaseException if the intake breaks a rule of drafts; nothing is
	 * changed
	 */
	@Transactional
	public BoardCase updateIntake(Viewer viewer, PublicCaseId id, long expectedVersion, CaseIntake intake) {
		return updateIntake(viewer, id, expectedVersion, intake, null, null);
	}

	/**
	 * Replaces the case as entered and its treating hospital, screening its free text as
	 * {@link #createDraft} does.
	 * @see #updateIntake(Viewer, PublicCaseId, long, CaseIntake)
	 */
	@Transactional
	public BoardCase updateIntake(Viewer viewer, PublicCaseId id, long expectedVersion, CaseIntake intake,
			@Nullable IdentifierOverride override, @Nullable HospitalCode hospital) {
		CaseEntity entity = findInScope(viewer, id);
		if (!BoardAction.EDIT_CASE.isPermittedFor(viewer.role())) {
			refuse(viewer, id, "UPDATE by " + viewer.role());
			throw new ActionNotPermittedException("UPDATE");
		}
		if (!entity.getStatus().isEditableByCentre()) {
			refuse(viewer, id, "UPDATE in " + entity.getStatus());
			throw new CaseNotEditableException(entity.getStatus());
		}
		requireVersion(entity, expectedVersion);
		requireValidDraft(intake);
		List<String> flagged = flaggedFields(intake, override);
		entity.setHospital(hospitalOf(entity.getCentre().getId(), hospital));
		enter(entity, intake, flagged, override, viewer, this.clock.instant());
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_UPDATED, id, null);
		auditOverride(viewer, id, flagged);
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * Applies a lifecycle action without a message.
	 * @see #apply(Viewer, PublicCaseId, CaseAction, Long, String)
	 */
	@Transactional
	public BoardCase apply(Viewer viewer, PublicCaseId id, CaseAction action, @Nullable Long expectedVersion) {
		return apply(viewer, id, action, expectedVersion, null);
	}

	/**
	 * Applies a lifecycle action. Submission checks the complete case and computes its
	 * relapse risk group; verifying consent and scheduling need consent in force for
	 * discussion; a return for clarification needs the message for the centre.
	 * @param expectedVersion the version the user saw, if known; a mismatch means someone
	 * else acted first
	 * @param note the message that comes with the action
	 * @throws CaseNotFoundException if there is no such case in the viewer's scope
	 * @throws ActionNotPermittedException if the viewer's role may not perform the action
	 * @throws TransitionRefusedException if the action does not apply to the case's state
	 * @throws IncompleteCaseException if the case or the message is not complete
	 * @throws ConsentRequiredException if consent for discussion is not in force
	 */
	@Transactional
	public BoardCase apply(Viewer viewer, PublicCaseId id, CaseAction action, @Nullable Long expectedVersion,
			@Nullable String note) {
		CaseEntity entity = findInScope(viewer, id);
		if (!action.isPermittedFor(viewer.role())) {
			refuse(viewer, id, action + " by " + viewer.role());
			throw new ActionNotPermittedException(action);
		}
		if (expectedVersion != null) {
			requireVersion(entity, expectedVersion);
		}
		CaseStatus from = entity.getStatus();
		if (CaseLifecycle.decide(from, action) instanceof Transition.Refused refused) {
			refuse(viewer, id, action + " in " + from);
			throw new TransitionRefusedException(refused);
		}
		String message = (note == null || note.isBlank()) ? null : note.strip();
		Instant now = this.clock.instant();
		switch (action) {
			case SUBMIT, RESUBMIT -> {
				CaseIntake intake = entity.getIntake();
				List<IntakeProblem> problems = IntakeCheck.forSubmission(intake, today(now), this.eligibility);
				if (!problems.isEmpty()) {
					throw new IncompleteCaseException(problems);
				}
				entity.setRiskGroup(this.riskGrouping.assess(intake), now);
			}
			case VERIFY_CONSENT, SCHEDULE -> {
				if (!consentOf(entity).map(Consent::permitsDiscussion).orElse(false)) {
					refuse(viewer, id, action + " without consent");
					throw new ConsentRequiredException();
				}
			}
			case RETURN_FOR_CLARIFICATION -> {
				if (message == null) {
					throw new IncompleteCaseException(List
						.of(new IntakeProblem("note", "required", "is required: say what the centre should clarify")));
				}
			}
			// Discussion and advice happen in the meeting and in the advice composer; the
			// bare transitions are refused without them, so no case is ever "advice
			// issued" without a signed letter.
			case RECORD_DISCUSSION -> {
				if (count("select count(*) from agenda_item where case_id = :id", entity) == 0
						&& count("select count(*) from written_review where case_id = :id and closed_at is not null",
								entity) == 0) {
					throw new IncompleteCaseException(List.of(new IntakeProblem("meeting", "agendaRequired",
							"is required: a case is discussed on a meeting's agenda or in a closed written review")));
				}
			}
			case ISSUE_ADVICE -> {
				if (count("select count(*) from advice where case_id = :id and status = 'ISSUED'", entity) == 0) {
					throw new IncompleteCaseException(List.of(new IntakeProblem("advice", "adviceRequired",
							"is required: the chair signs the advice in the advice composer")));
				}
			}
			case WITHDRAW_CONSENT -> throw new IncompleteCaseException(List.of(new IntakeProblem("date", "required",
					"is required: record a withdrawal with its date and scope through the consent")));
			default -> {
				// No precondition beyond the lifecycle.
			}
		}
		if (message != null && message.length() > IntakeCheck.MAX_QUESTION) {
			throw new IncompleteCaseException(List
				.of(new IntakeProblem("note", "tooLong", "must be at most " + IntakeCheck.MAX_QUESTION + " characters",
						List.of(Integer.toString(IntakeCheck.MAX_QUESTION)))));
		}
		move(viewer, entity, action, now, message);
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * Records the consent form in force for a case. The centre (or the board office) may
	 * record it at any time before withdrawal.
	 * @throws IncompleteCaseException if the consent breaks a rule; nothing is stored
	 */
	@Transactional
	public BoardCase recordConsent(Viewer viewer, PublicCaseId id, long expectedVersion, Consent consent) {
		if (consent.withdrawal() != null) {
			throw new IllegalArgumentException("A consent is recorded as given; withdraw it with withdrawConsent");
		}
		CaseEntity entity = findInScope(viewer, id);
		requireConsentRole(viewer, id, "RECORD_CONSENT");
		if (entity.getStatus() == CaseStatus.CONSENT_WITHDRAWN) {
			refuse(viewer, id, "RECORD_CONSENT in " + entity.getStatus());
			throw new CaseNotEditableException(entity.getStatus());
		}
		requireVersion(entity, expectedVersion);
		Instant now = this.clock.instant();
		List<IntakeProblem> problems = Consent.check(consent.date(), consent.formVersion(), consent.signedByPatient(),
				consent.signedByParent(), consent.discussion(), consent.registry(), today(now));
		Optional<Consent> inForce = consentOf(entity);
		if (problems.isEmpty() && inForce.isPresent()) {
			problems = inForce.get().checkSuccessor(consent.date());
		}
		if (!problems.isEmpty()) {
			throw new IncompleteCaseException(problems);
		}
		this.consents.save(new ConsentEntity(Objects.requireNonNull(entity.getId()), consent, now, viewer.username()));
		entity.touch(now);
		save(entity);
		this.audit.recordForCase(viewer.username(), AuditAction.CONSENT_RECORDED, id,
				"discussion=" + consent.discussion() + ", registry=" + consent.registry());
		return CaseMapper.toBoardCase(entity);
	}

	/**
	 * Records a withdrawal of consent. Withdrawal of everything stops processing: the
	 * case moves to {@link CaseStatus#CONSENT_WITHDRAWN}, which takes it off any agenda
	 * and out of every future export; it stays visible to its centre. Withdrawal from the
	 * registry only keeps the case with the board but out of exports.
	 * @throws IncompleteCaseException if the withdrawal breaks a rule; nothing is stored
	 */
	@Transactional
	public BoardCase withdrawConsent(Viewer viewer, PublicCaseId id, long expectedVersion, @Nullable LocalDate date,
			@Nullable WithdrawalScope scope) {
		CaseEntity entity = findInScope(viewer, id);
		requireConsentRole(viewer, id, "WITHDRAW_CONSENT");
		requireVersion(entity, expectedVersion);
		Instant now = this.clock.instant();
		ConsentEntity current = this.consents.findFirstByCaseIdOrderByIdDesc(Objects.requireNonNull(entity.getId()))
			.orElseThrow(() -> new IncompleteCaseException(List
				.of(new IntakeProblem("scope", "noConsent", "no consent is recorded that could be withdrawn"))));
		List<IntakeProblem> problems = current.toConsent().checkWithdrawal(date, scope, today(now));
		if (!problems.isEmpty()) {
			throw new IncompleteCaseException(problems);
		}
		Withdrawal withdrawal = new Withdrawal(Objects.requireNonNull(date), Objects.requireNonNull(scope));
		if (current.toConsent().withdrawal() == null) {
			current.withdraw(withdrawal, now, viewer.username());
			this.consents.save(current);
		}
		else {
			// Widening a registry withdrawal: a new row, so that the earlier one stays as
			// it was recorded.
			ConsentEntity widened = new ConsentEntity(entity.getId(), current.toConsent(), now, viewer.username());
			widened.withdraw(withdrawal, now, viewer.username());
			this.consents.save(widened);
		}
		if (withdrawal.scope() == WithdrawalScope.ALL) {
			move(viewer, entity, CaseAction.WITHDRAW_CONSENT, now, null);
		}
		else {
			entity.touch(now);
			save(entity);
		}
		this.audit.recordForCase(viewer.username(), AuditAction.CONSENT_WITHDRAWN, id, "scope=" + withdrawal.scope());
		return CaseMapper.toBoardCase(entity);
	}

	private void move(Viewer viewer, CaseEntity entity, CaseAction action, Instant now, @Nullable String note) {
		CaseStatus from = entity.getStatus();
		CaseStatus to = CaseLifecycle.apply(from, action);
		entity.moveTo(to, now);
		save(entity);
		this.history.save(new CaseStatusChangeEntity(Objects.requireNonNull(entity.getId()), from, to, action, now,
				viewer.username(), note));
		this.audit.recordForCase(viewer.username(), AuditAction.CASE_TRANSITION, new PublicCaseId(entity.getPublicId()),
				action + ": " + from + " -> " + to);
	}

	private long count(String sql, CaseEntity entity) {
		return ((Number) this.entityManager.createNativeQuery(sql).setParameter("id", entity.getId()).getSingleResult())
			.longValue();
	}

	private CaseRecord toRecord(Viewer viewer, CaseEntity entity) {
		Long caseId = Objects.requireNonNull(entity.getId());
		List<String> held = entity.heldFields();
		// The centre that wrote the text and the board office that must check it see it;
		// the board does not until it is released.
		boolean seesHeldText = BoardAction.RELEASE_IDENTIFIERS.isPermittedFor(viewer.role())
				|| (viewer.centre() != null && viewer.centre().value().equals(entity.getCentre().getCode()));
		CaseIntake intake = seesHeldText ? entity.getIntake() : entity.getIntake().withoutTexts(held);
		return new CaseRecord(CaseMapper.toBoardCase(entity), intake, consentOf(entity).orElse(null),
				entity.getRiskGroup(),
				this.history.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseMapper::toStatusChange).toList(), held,
				held.isEmpty() ? null : entity.getIdentifierHoldReason());
	}

	private Optional<Consent> consentOf(CaseEntity entity) {
		return this.consents.findFirstByCaseIdOrderByIdDesc(Objects.requireNonNull(entity.getId()))
			.map(ConsentEntity::toConsent);
	}

	// Dates of the case (relapse, consent) are calendar dates; "today" is the UTC date.
	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	private void requireConsentRole(Viewer viewer, PublicCaseId id, String what) {
		if (!BoardAction.RECORD_CONSENT.isPermittedFor(viewer.role())) {
			refuse(viewer, id, what + " by " + viewer.role());
			throw new ActionNotPermittedException(what);
		}
	}

	/**
	 * Releases text held back by the identifier screen to the board, once the board
	 * office has checked it.
	 * @throws ActionNotPermittedException unless the viewer is the board office
	 */
	@Transactional
	public BoardCase releaseIdentifiers(Viewer viewer, PublicCaseId id, long expectedVersion) {
		CaseEntity entity = findInScope(viewer, id);
		if (!BoardAction.RELEASE_IDENTIFIERS.isPermittedFor(viewer.role())) {
			refuse(viewer, id, "RELEASE_IDENTIFIERS by " + viewer.role());
			throw new ActionNotPermittedException("RELEASE_IDENTIFIERS");
		}
		requireVersion(entity, expectedVersion);
		if (!entity.heldFields().isEmpty()) {
			Instant now = this.clock.instant();
			entity.releaseIdentifiers(viewer.username(), now);
			entity.touch(now);
			save(entity);
			this.audit.recordForCase(viewer.username(), AuditAction.IDENTIFIERS_RELEASED, id, null);
		}
		return CaseMapper.toBoardCase(entity);
	}

	// Screening comes after the draft rules, which bound every text's length, so that it
	// never runs over unbounded input.
	private static List<String> flaggedFields(CaseIntake intake, @Nullable IdentifierOverride override) {
		List<IntakeProblem> warnings = IdentifierScreen.screen(intake);
		if (!warnings.isEmpty() && override == null) {
			throw new PossibleIdentifiersException(warnings);
		}
		return warnings.stream().map(IntakeProblem::field).distinct().toList();
	}

	// The intake as entered, with the flagged fields held for the board office (or the
	// hold lifted when nothing is flagged any more).
	private void enter(CaseEntity entity, CaseIntake intake, List<String> flagged,
			@Nullable IdentifierOverride override, Viewer viewer, Instant now) {
		entity.setIntake(intake, now);
		entity.holdIdentifiers(flagged, (override != null) ? override.reason() : null, viewer.username());
		save(entity);
	}

	private void auditOverride(Viewer viewer, PublicCaseId id, List<String> flagged) {
		if (!flagged.isEmpty()) {
			this.audit.recordForCase(viewer.username(), AuditAction.IDENTIFIERS_OVERRIDDEN, id,
					"fields held for the board office: " + String.join(", ", flagged));
		}
	}

	// A concurrent change that committed first wins; the loser is told the case changed,
	// with nothing of either change lost.
	private void save(CaseEntity entity) {
		try {
			this.cases.saveAndFlush(entity);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleCaseException();
		}
	}

	private void requireValidDraft(CaseIntake intake) {
		List<IntakeProblem> problems = IntakeCheck.forDraft(intake, today(this.clock.instant()));
		if (!problems.isEmpty()) {
			throw new IncompleteCaseException(problems);
		}
	}

	private CaseEntity findInScope(Viewer viewer, PublicCaseId id) {
		CaseScope scope = viewer.caseScope();
		if (scope.anyCase()) {
			var found = this.cases.findInScope(id.value(), centreOf(scope), scope.includeDrafts(),
					scope.includeWithdrawn(), scope.oneHospital(), hospitalOf(scope));
			if (found.isPresent()) {
				return found.get();
			}
		}
		refuse(viewer, id, "not in scope");
		throw new CaseNotFoundException();
	}

	private void refuse(Viewer viewer, PublicCaseId id, String detail) {
		this.audit.recordRefusal(viewer.username(), id, detail);
	}

	private static void requireVersion(CaseEntity entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new StaleCaseException();
		}
	}

	private static @Nullable String centreOf(CaseScope scope) {
		return (scope.centre() != null) ? scope.centre().value() : null;
	}

	// A hospital of another centre is refused like any other field: the coordinator
	// submits only for the hospitals the own centre coordinates.
	private @Nullable CaseHospitalEntity hospitalOf(Long centreId, @Nullable HospitalCode hospital) {
		if (hospital == null) {
			return null;
		}
		return this.entityManager
			.createQuery("select h from CaseHospitalEntity h where h.code = :code and h.centreId = :centreId",
					CaseHospitalEntity.class)
			.setParameter("code", hospital.value())
			.setParameter("centreId", centreId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new IncompleteCaseException(List.of(new IntakeProblem("treatingHospital",
					"hospital.unknown", "is not a hospital your centre coordinates"))));
	}

	private static @Nullable String hospitalOf(CaseScope scope) {
		return (scope.hospital() != null) ? scope.hospital().value() : null;
	}

}
