package org.targetboard.registry.advice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AmendmentPolicy;
import org.targetboard.core.advice.NotAdvised;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.AdviceStatus;
import org.targetboard.core.advice.InvalidAdviceException;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.advice.StaleAdviceException;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.registry.audit.AuditLog;
import org.targetboard.registry.boardcase.CaseRegistry;

/**
 * Registry of the board's advice. Only the chair composes and signs; an issued version is
 * immutable (also enforced by database triggers) and is amended by a new version with a
 * reason. The centre sees issued versions only, and every download of a letter is
 * audited.
 */
@Service
public class AdviceRegistry {

	private static final String COLUMNS = """
			a.id, a.public_id, c.public_id, a.version_number, a.status, a.summary, a.override_reason,
			a.amendment_reason, a.ranking_id, a.lock_version, a.created_at, a.created_by, a.issued_at, a.issued_by,
			a.document_id, a.content_sha256, a.pdf_sha256, a.advised_on
			""";

	private final JdbcClient jdbc;

	private final CaseRegistry cases;

	private final AuditLog audit;

	private final Clock clock;

	AdviceRegistry(JdbcClient jdbc, CaseRegistry cases, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The versions of a case's advice, newest first. The centre sees issued versions
	 * only; drafts are the board's.
	 */
	@Transactional
	public List<Advice> versions(Viewer viewer, PublicCaseId caseId) {
		this.cases.find(viewer, caseId);
		boolean board = BoardAction.READ_ADVICE_DRAFTS.isPermittedFor(viewer.role());
		// The options of all versions in one query, then the versions: no query per row.
		Map<Long, List<AdviceOption>> options = new HashMap<>();
		this.jdbc.sql("""
				select o.advice_id, o.option_type, o.label, o.rationale, o.evidence_level, o.trial_id, o.trial_arm,
				       o.trial_sites, o.engine_option_id, o.engine_rank, o.recommendation
				from advice_option o join advice a on a.id = o.advice_id join board_case c on c.id = a.case_id
				where c.public_id = ? order by o.advice_id, o.position
				""").param(caseId.value()).query((RowCallbackHandler) (rs) -> {
			options.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new AdviceOption(AdviceOptionType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
						EvidenceGrade.fromStored(rs.getString(5)).orElse(null), rs.getString(6), rs.getString(7),
						rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11)));
		});
		Map<Long, List<Referral>> referrals = new HashMap<>();
		this.jdbc.sql("""
				select r.advice_id, r.subject, r.purpose, r.destination, r.note
				from advice_referral r join advice a on a.id = r.advice_id join board_case c on c.id = a.case_id
				where c.public_id = ? order by r.advice_id, r.position
				""").param(caseId.value()).query((RowCallbackHandler) (rs) -> {
			referrals.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>()).add(referral(rs, 2));
		});
		Map<Long, List<NotAdvised>> notAdvised = new HashMap<>();
		this.jdbc.sql("""
				select n.advice_id, n.engine_option_id, n.engine_rank, n.label, n.reason
				from advice_not_advised n join advice a on a.id = n.advice_id join board_case c on c.id = a.case_id
				where c.public_id = ? order by n.advice_id, n.position
				""").param(caseId.value()).query((RowCallbackHandler) (rs) -> {
			notAdvised.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(new NotAdvised(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
		});
		return this.jdbc.sql("select " + COLUMNS + """
				from advice a join board_case c on c.id = a.case_id
				where c.public_id = ? and (? or a.status = 'ISSUED') order by a.version_number desc
				""").params(caseId.value(), board).query((rs, n) -> {
			long key = rs.getLong(1);
			return new Advice(rs.getObject(2, UUID.class), new PublicCaseId(rs.getObject(3, UUID.class)), rs.getInt(4),
					AdviceStatus.valueOf(rs.getString(5)),
					new AdviceDraft(rs.getString(6), options.getOrDefault(key, List.of()), rs.getString(7),
							referrals.getOrDefault(key, List.of()), notAdvised.getOrDefault(key, List.of())),
					rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
					(rs.getTimestamp(13) != null) ? rs.getTimestamp(13).toInstant() : null, rs.getString(14),
					rs.getString(15), rs.getString(16), rs.getString(17), rs.getObject(18, LocalDate.class));
		}).list();
	}

	/**
	 * The draft of a case, if one is being composed.
	 */
	@Transactional
	public @Nullable Advice draft(Viewer viewer, PublicCaseId caseId) {
		return versions(viewer, caseId).stream().filter((a) -> !a.isIssued()).findFirst().orElse(null);
	}

	/**
	 * Starts the first advice of a discussed case, or an amendment of issued advice (with
	 * its reason), from the engine's ranked options. An existing draft is returned as it
	 * is.
	 * @param rankingId the stored ranking the board saw
	 * @param initial the options taken over from the ranking
	 * @param amendmentReason why issued advice is amended; required exactly for an
	 * amendment
	 * @throws InvalidAdviceException if an amendment has no reason
	 */
	@Transactional
	public Advice startDraft(Viewer viewer, PublicCaseId caseId, long rankingId, AdviceDraft initial,
			@Nullable String amendmentReason) {
		require(viewer, caseId, (amendmentReason != null) ? BoardAction.AMEND_ADVICE : BoardAction.DRAFT_ADVICE,
				"COMPOSE_ADVICE");
		BoardCase boardCase = this.cases.find(viewer, caseId);
		Advice existing = draft(viewer, caseId);
		if (existing != null) {
			return existing;
		}
		int issued = this.jdbc.sql("""
				select count(*) from advice a join board_case c on c.id = a.case_id
				where c.public_id = ? and a.status = 'ISSUED'
				""").param(caseId.value()).query(Integer.class).single();
		if (issued == 0 && boardCase.status() != CaseStatus.DISCUSSED) {
			refuse(viewer, caseId, "COMPOSE_ADVICE in " + boardCase.status());
			throw new ActionNotPermittedException("COMPOSE_ADVICE");
		}
		List<IntakeProblem> refusals = AmendmentPolicy.refusals(issued, amendmentReason);
		if (!refusals.isEmpty()) {
			throw new InvalidAdviceException(refusals);
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		long key = this.jdbc.sql("""
				insert into advice (public_id, case_id, ranking_id, version_number, status, summary, override_reason,
				                    amendment_reason, created_at, created_by, updated_at)
				select ?, c.id, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ? from board_case c where c.public_id = ?
				returning id
				""")
			.params(id, rankingId, issued + 1, initial.summary(), initial.overrideReason(),
					(issued > 0) ? amendmentReason.strip() : null, Timestamp.from(now), viewer.username(),
					Timestamp.from(now), caseId.value())
			.query(Long.class)
			.single();
		writeOptions(key, initial.options());
		writeNotAdvised(key, initial.notAdvised());
		this.audit.recordForCase(viewer.username(), AuditAction.ADVICE_CHANGED, caseId,
				(issued > 0) ? "amendment started, version " + (issued + 1) : "advice draft started");
		return Objects.requireNonNull(draft(viewer, caseId));
	}

	/**
	 * Saves the chair's changes to a draft.
	 * @param lockVersion the version of the draft the change is based on
	 * @throws StaleAdviceException if the draft changed since
	 * @throws AdviceIssuedException if the version has been issued
	 * @throws InvalidAdviceException if the draft breaks a rule; nothing is changed
	 */
	@Transactional
	public void saveDraft(Viewer viewer, PublicCaseId caseId, long lockVersion, AdviceDraft draft) {
		require(viewer, caseId, BoardAction.DRAFT_ADVICE, "COMPOSE_ADVICE");
		long key = currentDraftKey(viewer, caseId);
		List<IntakeProblem> problems = draft.check(engineOptions(key));
		if (!problems.isEmpty()) {
			throw new InvalidAdviceException(problems);
		}
		int changed = this.jdbc.sql("""
				update advice set summary = ?, override_reason = ?, lock_version = lock_version + 1, updated_at = ?
				where id = ? and status = 'DRAFT' and lock_version = ?
				""")
			.params(blankToNull(draft.summary()), blankToNull(draft.overrideReason()),
					Timestamp.from(this.clock.instant()), key, lockVersion)
			.update();
		if (changed == 0) {
			throw new StaleAdviceException();
		}
		this.jdbc.sql("delete from advice_option where advice_id = ?").param(key).update();
		writeOptions(key, draft.options());
		this.jdbc.sql("delete from advice_referral where advice_id = ?").param(key).update();
		writeReferrals(key, draft.referrals());
		this.jdbc.sql("delete from advice_not_advised where advice_id = ?").param(key).update();
		writeNotAdvised(key, draft.notAdvised());
		this.audit.recordForCase(viewer.username(), AuditAction.ADVICE_CHANGED, caseId,
				"advice draft saved: " + draft.options().size() + " option(s)"
						+ (draft.departsFromEngine(engineOptions(key)) ? ", panel override" : ""));
	}

	/**
	 * Signs and issues the draft with its letter; the first issue moves the case to
	 * advice issued. Telling the centre is the issuing use case's (its AdviceIssued
	 * event).
	 * @return the version as it was issued
	 * @param lockVersion the draft version the letter was rendered from
	 * @param letter the rendered letter
	 * @throws StaleAdviceException if the draft changed since the letter was rendered
	 * @throws InvalidAdviceException if the draft breaks a rule; nothing is changed
	 */
	@Transactional
	public Advice issue(Viewer viewer, PublicCaseId caseId, long lockVersion, IssuedLetter letter) {
		require(viewer, caseId, BoardAction.ISSUE_ADVICE, "ISSUE_ADVICE");
		BoardCase boardCase = this.cases.find(viewer, caseId);
		long key = currentDraftKey(viewer, caseId);
		Advice draft = Objects.requireNonNull(draft(viewer, caseId));
		List<IntakeProblem> problems = draft.draft().check(engineOptions(key));
		if (!problems.isEmpty()) {
			throw new InvalidAdviceException(problems);
		}
		int changed = this.jdbc.sql("""
				update advice set status = 'ISSUED', issued_at = ?, issued_by = ?, document_id = ?, content_sha256 = ?,
				       pdf = ?, pdf_sha256 = ?, updated_at = ?, advised_on = ?
				where id = ? and status = 'DRAFT' and lock_version = ?
				""")
			.params(Timestamp.from(letter.issuedAt()), viewer.username(), letter.documentId(), letter.contentSha256(),
					letter.pdf(), letter.pdfSha256(), Timestamp.from(this.clock.instant()), letter.advisedOn(), key,
					lockVersion)
			.update();
		if (changed == 0) {
			throw new StaleAdviceException();
		}
		if (draft.versionNumber() == 1) {
			this.cases.apply(viewer, caseId, CaseAction.ISSUE_ADVICE, boardCase.version());
		}
		this.audit.recordForCase(viewer.username(), AuditAction.ADVICE_CHANGED, caseId,
				"advice version " + draft.versionNumber() + " issued as " + letter.documentId());
		return new Advice(draft.id(), draft.caseId(), draft.versionNumber(), AdviceStatus.ISSUED, draft.draft(),
				draft.amendmentReason(), draft.rankingId(), draft.lockVersion(), draft.createdAt(), draft.createdBy(),
				letter.issuedAt(), viewer.username(), letter.documentId(), letter.contentSha256(), letter.pdfSha256(),
				letter.advisedOn());
	}

	/**
	 * The stored letter of an issued version; the download is audited.
	 * @throws CaseNotFoundException if the case or the version is not visible
	 */
	@Transactional
	public StoredLetter letter(Viewer viewer, PublicCaseId caseId, int versionNumber) {
		BoardCase boardCase = this.cases.find(viewer, caseId);
		StoredLetter letter = this.jdbc.sql("""
				select a.document_id, a.pdf, a.pdf_sha256 from advice a join board_case c on c.id = a.case_id
				where c.public_id = ? and a.version_number = ? and a.status = 'ISSUED'
				""")
			.params(caseId.value(), versionNumber)
			.query((rs, n) -> new StoredLetter(boardCase.pseudonym().toString(), versionNumber, rs.getString(1),
					rs.getBytes(2), rs.getString(3)))
			.optional()
			.orElseThrow(CaseNotFoundException::new);
		this.audit.recordForCase(viewer.username(), AuditAction.EXPORT, caseId,
				"advice letter " + letter.documentId() + " downloaded");
		return letter;
	}

	/**
	 * Audits that the chair rendered the draft's letter for a preview; the preview itself
	 * is not stored.
	 */
	@Transactional
	public void recordPreview(Viewer viewer, PublicCaseId caseId, int versionNumber) {
		require(viewer, caseId, BoardAction.ISSUE_ADVICE, "PREVIEW_ADVICE");
		this.audit.recordForCase(viewer.username(), AuditAction.EXPORT, caseId,
				"advice letter preview of version " + versionNumber);
	}

	private int engineOptions(long adviceKey) {
		return this.jdbc.sql("""
				select coalesce(jsonb_array_length(r.result -> 'options'), 0) from advice a
				join case_ranking r on r.id = a.ranking_id where a.id = ?
				""").param(adviceKey).query(Integer.class).single();
	}

	private long currentDraftKey(Viewer viewer, PublicCaseId caseId) {
		this.cases.find(viewer, caseId);
		return this.jdbc.sql("""
				select a.id from advice a join board_case c on c.id = a.case_id
				where c.public_id = ? and a.status = 'DRAFT'
				""").param(caseId.value()).query(Long.class).optional().orElseThrow(AdviceIssuedException::new);
	}

	/**
	 * A referral from its subject, purpose, destination and note, read from a column on.
	 */
	private static Referral referral(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
		return new Referral(Referral.Subject.valueOf(rs.getString(from)),
				Referral.Purpose.valueOf(rs.getString(from + 1)), rs.getString(from + 2), rs.getString(from + 3));
	}

	private void writeNotAdvised(long adviceKey, List<NotAdvised> considered) {
		for (int i = 0; i < considered.size(); i++) {
			NotAdvised n = considered.get(i);
			this.jdbc.sql("""
					insert into advice_not_advised (advice_id, position, engine_option_id, engine_rank, label, reason)
					values (?, ?, ?, ?, ?, ?)
					""").params(adviceKey, i + 1, n.engineOptionId(), n.engineRank(), n.label(), n.reason()).update();
		}
	}

	private void writeReferrals(long adviceKey, List<Referral> referrals) {
		for (int i = 0; i < referrals.size(); i++) {
			Referral r = referrals.get(i);
			this.jdbc.sql("""
					insert into advice_referral (advice_id, position, subject, purpose, destination, note)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(adviceKey, i + 1, r.subject().name(), r.purpose().name(), r.destination(), r.note())
				.update();
		}
	}

	/**
	 * What became of the referrals of an issued version, in order: each one's latest
	 * reported status and its date ({@code PROPOSED} and no date until reported).
	 * @throws CaseNotFoundException if the case or the version is not visible
	 */
	@Transactional
	public List<ReferralProgress> referrals(Viewer viewer, PublicCaseId caseId, int versionNumber) {
		this.cases.find(viewer, caseId);
		return this.jdbc.sql("""
				select r.position, r.subject, r.purpose, r.destination, r.note, p.status, p.effective_on
				from advice_referral r join advice a on a.id = r.advice_id join board_case c on c.id = a.case_id
				left join lateral (select p.status, p.effective_on from referral_progress p
				                   where p.referral_id = r.id order by p.id desc limit 1) p on true
				where c.public_id = ? and a.version_number = ? and a.status = 'ISSUED' order by r.position
				""")
			.params(caseId.value(), versionNumber)
			.query((rs, n) -> new ReferralProgress(rs.getInt(1), referral(rs, 2),
					(rs.getString(6) != null) ? ReferralStatus.valueOf(rs.getString(6)) : ReferralStatus.PROPOSED,
					(rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null))
			.list();
	}

	/**
	 * Records what became of a referral of issued advice, on the date it happened; the
	 * history is kept.
	 * @throws CaseNotFoundException if the case, the version or the referral is not
	 * visible
	 */
	@Transactional
	public void reportReferral(Viewer viewer, PublicCaseId caseId, int versionNumber, int position,
			@Nullable ReferralStatus status, java.time.@Nullable LocalDate effectiveOn) {
		require(viewer, caseId, BoardAction.REPORT_FOLLOW_UP, "REPORT_REFERRAL");
		this.cases.find(viewer, caseId);
		List<IntakeProblem> problems = new ArrayList<>();
		if (status == null) {
			problems.add(new IntakeProblem("status", "required", "is required"));
		}
		if (effectiveOn == null) {
			problems.add(new IntakeProblem("date", "required", "is required"));
		}
		else if (effectiveOn.isAfter(java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))) {
			problems.add(new IntakeProblem("date", "notFuture", "must not be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidAdviceException(problems);
		}
		Long referral = this.jdbc
			.sql("""
					select r.id from advice_referral r join advice a on a.id = r.advice_id join board_case c on c.id = a.case_id
					where c.public_id = ? and a.version_number = ? and a.status = 'ISSUED' and r.position = ?
					""")
			.params(caseId.value(), versionNumber, position)
			.query(Long.class)
			.optional()
			.orElseThrow(CaseNotFoundException::new);
		this.jdbc.sql("""
				insert into referral_progress (referral_id, status, effective_on, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?)
				""")
			.params(referral, status.name(), java.sql.Date.valueOf(effectiveOn), Timestamp.from(this.clock.instant()),
					viewer.username())
			.update();
		this.audit.recordForCase(viewer.username(), AuditAction.ADVICE_CHANGED, caseId,
				"referral " + position + " of advice version " + versionNumber + " reported " + status);
	}

	/**
	 * A referral of issued advice with what became of it.
	 *
	 * @param position its place in the advice, from 1
	 * @param referral the referral as advised
	 * @param status its latest reported status
	 * @param since the date of that status, once reported
	 */
	public record ReferralProgress(int position, Referral referral, ReferralStatus status,
			java.time.@Nullable LocalDate since) {
	}

	private void writeOptions(long adviceKey, List<AdviceOption> options) {
		for (int i = 0; i < options.size(); i++) {
			AdviceOption o = options.get(i);
			this.jdbc.sql("""
					insert into advice_option (advice_id, position, option_type, label, rationale, evidence_level,
					                           trial_id, trial_arm, trial_sites, engine_option_id, engine_rank,
					                           recommendation)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(adviceKey, i + 1, o.type().name(), o.label().strip(), o.rationale().strip(),
						(o.evidence() != null) ? o.evidence().dnpm() : null, blankToNull(o.trialId()),
						blankToNull(o.trialArm()), blankToNull(o.trialSites()), o.engineOptionId(), o.engineRank(),
						o.recommendation())
				.update();
		}
	}

	/**
	 * Refuses (audited) a viewer whom the permission policy does not let take the action:
	 * for use cases that do work of their own (render a letter) before they write.
	 * @throws ActionNotPermittedException if the action is not the viewer's
	 */
	public void requirePermitted(Viewer viewer, PublicCaseId caseId, BoardAction action) {
		require(viewer, caseId, action, action.name());
	}

	private void require(Viewer viewer, PublicCaseId caseId, BoardAction action, String what) {
		if (!action.isPermittedFor(viewer.role())) {
			refuse(viewer, caseId, what + " by " + viewer.role());
			throw new ActionNotPermittedException(what);
		}
	}

	private void refuse(Viewer viewer, PublicCaseId caseId, String detail) {
		this.audit.recordRefusal(viewer.username(), caseId, detail);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
