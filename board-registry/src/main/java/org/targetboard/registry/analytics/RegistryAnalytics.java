package org.targetboard.registry.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.VitalStatus;
import org.targetboard.registry.audit.AuditLog;

/**
 * Reads the registry's analysis data set in three queries, whatever the number of cases.
 * Statisticians, board members, chairs and administrators may read it; it holds
 * pseudonyms and coded values only, no free text.
 */
@Service
public class RegistryAnalytics {

	/** The roles that see the registry's analyses. */

	/**
	 * Advised cases in the filter with registry consent in force: the first issued advice
	 * of each case not withdrawn from the registry.
	 */
	static final String COHORT = """
			select c.id, c.pseudonym, e.code as centre, c.diagnosis, a.id as advice_id, a.ranking_id,
			       a.advised_on, a.issued_at,
			       -- Enrolment is the first submission; a case registered after its advice
			       -- (its history registered retrospectively) has no known enrolment day.
			       case when cast(s.submitted_at at time zone 'UTC' as date) <= a.advised_on
			            then s.submitted_at end as submitted_at
			from board_case c
			join centre e on e.id = c.centre_id
			join advice a on a.case_id = c.id and a.version_number = 1 and a.status = 'ISSUED'
			-- Each case's newest consent and first submission, for all cases at once: as joins
			-- rather than one lookup per case, the cohort takes a third less time.
			left join (select distinct on (k.case_id) k.case_id, k.registry and k.withdrawn_on is null as in_force
			           from case_consent k order by k.case_id, k.id desc) k on k.case_id = c.id
			left join (select h.case_id, min(h.occurred_at) as submitted_at from case_status_change h
			           where h.to_status = 'SUBMITTED' group by h.case_id) s on s.case_id = c.id
			where c.status <> 'CONSENT_WITHDRAWN'
			  and coalesce(k.in_force, false)
			  and (cast(:from as date) is null or a.advised_on >= cast(:from as date))
			  and (cast(:to as date) is null or a.advised_on <= cast(:to as date))
			  and (cast(:diagnosis as varchar) is null or c.diagnosis = :diagnosis)
			  and (cast(:centre as varchar) is null or e.code = :centre)
			""";

	/**
	 * What the follow-up reports and outcome events of a cohort case say, as the outcome
	 * measures define them (docs/registry.md): one place, so that the dashboard and the
	 * exported data sets cannot disagree. An event counts like a report that gives only
	 * its own fact, dated when it happened; every dated fact of a living patient is a
	 * contact. Joined as {@code fu} to the cohort alias given; a case without reports has
	 * no row. Every case's reports are summarised in one pass and joined, which is faster
	 * than a summary per cohort case once the cohort is most of the registry.
	 */
	static String followUpSummary(String cohort) {
		return """
				left join (select s.*,
				  case when s.death_date is not null then
				         case when s.cause_of_death = 'DISEASE' then 'DEAD_OF_DISEASE'
				              when s.cause_of_death in ('TREATMENT_TOXICITY', 'INFECTION', 'HSCT_RELATED')
				                then 'DEAD_TREATMENT_RELATED'
				              else 'DEAD_OTHER_CAUSE' end
				       when s.lost then 'LOST_TO_FOLLOW_UP'
				       when s.relapse_date is not null
				            or s.latest_response in ('PR', 'NO_RESPONSE', 'PROGRESSIVE_DISEASE') then 'ALIVE_WITH_DISEASE'
				       when s.latest_response in ('MRD_NEGATIVE_CR', 'CR', 'CRI') then 'ALIVE_IN_CR'
				       when s.last_contact is not null then 'ALIVE_STATUS_UNKNOWN' end as vital_status
				from (
				  select f.case_id, count(*) filter (where f.scheduled) as n,
				         (array_agg(f.advice_followed order by f.due_date) filter (where f.scheduled))[1] as followed,
				         min(f.therapy_start) as therapy_start,
				         (array_agg(f.response_cycle1 order by f.due_date)
				            filter (where f.response_cycle1 is not null))[1] as response,
				         bool_or(f.therapy_given = 'ADVISED_OPTION'
				                 and o.option_type in ('OFF_LABEL_TARGETED', 'COMPASSIONATE_USE')) as targeted,
				         min(f.death_date) as death_date,
				         (array_agg(f.cause_of_death order by f.death_date) filter (where f.death_date is not null))[1]
				           as cause_of_death,
				         max(f.last_contact) as last_contact,
				         min(least(f.relapse_date, f.death_date,
				                   case when f.response_cycle1 in ('NO_RESPONSE', 'PROGRESSIVE_DISEASE')
				                        then f.therapy_start end)) as efs_date,
				         min(f.relapse_date) as relapse_date,
				         bool_or(f.lost_to_follow_up) as lost,
				         (array_agg(f.response_cycle1 order by f.due_date desc)
				            filter (where f.response_cycle1 is not null))[1] as latest_response
				  from (select f.case_id, true as scheduled, f.due_date, f.advice_followed, f.therapy_given, f.advised_option,
				               f.therapy_start, f.response_cycle1, f.relapse_date, f.death_date, f.cause_of_death,
				               f.last_contact, f.lost_to_follow_up
				        from follow_up f
				        union all
				        select e.case_id, false, e.occurred_on, null, e.therapy_given, e.advised_option,
				               case when e.kind = 'THERAPY_START' then e.occurred_on end, null,
				               case when e.kind = 'RELAPSE' then e.occurred_on end,
				               case when e.kind = 'DEATH' then e.occurred_on end, e.cause_of_death,
				               e.occurred_on, e.kind = 'LOST_TO_FOLLOW_UP'
				        from outcome_event e) f
				  -- The option a report names, in the case's first issued advice (the cohort's).
				  left join advice a on a.case_id = f.case_id and a.version_number = 1 and a.status = 'ISSUED'
				  left join advice_option o on o.advice_id = a.id and o.position = f.advised_option
				  group by f.case_id) s) fu on fu.case_id = %1$s.id
				"""
			.formatted(cohort);
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	RegistryAnalytics(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The data set of a filter; the read is audited.
	 * @throws ActionNotPermittedException for centre roles
	 */
	@Transactional
	public RegistryData read(Viewer viewer, RegistryFilter filter) {
		if (!BoardAction.READ_REGISTRY.isPermittedFor(viewer.role())) {
			this.audit.recordRefusal(viewer.username(), null, "REGISTRY by " + viewer.role());
			throw new ActionNotPermittedException("READ_REGISTRY");
		}
		MapSqlParameterSource parameters = parameters(filter);
		planEachFilterAnew(this.jdbc.getJdbcOperations());
		// The cohort is found once; the counts below read the rows of its cases, advice
		// and rankings (by id), so that all four answers describe the same cohort.
		Cohort cohort = new Cohort();
		List<CaseOutcome> cases = this.jdbc.query("with cohort as (" + COHORT + """
				)
				select cohort.pseudonym, cohort.centre, cohort.diagnosis, cohort.submitted_at, cohort.advised_on,
				       coalesce(fu.n, 0), fu.followed, fu.therapy_start, fu.response, coalesce(fu.targeted, false),
				       fu.death_date, fu.last_contact, fu.efs_date, fu.vital_status, fu.cause_of_death,
				       cohort.id, cohort.advice_id, cohort.ranking_id
				from cohort
				""" + followUpSummary("cohort") + " order by cohort.advised_on, cohort.pseudonym", parameters,
				(rs, n) -> {
					cohort.add(rs);
					return outcome(rs);
				});
		MapSqlParameterSource ids = cohort.parameters();
		List<EventCount> events = this.jdbc.query("""
				select e.name, count(*), count(*) filter (where e.without_open_trial)
				from unnest(cast(:rankings as bigint[])) k(id) join case_ranking_event e on e.ranking_id = k.id
				group by 1 order by 2 desc, 1
				""", ids, (rs, n) -> new EventCount(rs.getString(1), rs.getInt(2), rs.getInt(3)));
		Map<ReasonCode, Integer> reasons = new EnumMap<>(ReasonCode.class);
		this.jdbc.query("""
				select f.reason_code, count(*)
				from unnest(cast(:cases as bigint[])) k(id) join follow_up f on f.case_id = k.id
				where f.reason_code is not null group by 1
				""", ids, (RowCallbackHandler) (rs) -> reasons.put(ReasonCode.valueOf(rs.getString(1)), rs.getInt(2)));
		List<ReferralCount> referrals = this.jdbc.query("""
				select r.subject, r.purpose, count(*), count(*) filter (where p.status = 'ACCEPTED'),
				       count(*) filter (where p.status = 'DONE'), count(*) filter (where p.status = 'DECLINED')
				from unnest(cast(:advice as bigint[])) k(id) join advice_referral r on r.advice_id = k.id
				left join lateral (select p.status from referral_progress p where p.referral_id = r.id
				                   order by p.id desc limit 1) p on true
				group by 1, 2 order by 3 desc, 1, 2
				""", ids, (rs, n) -> new ReferralCount(Referral.Subject.valueOf(rs.getString(1)),
				Referral.Purpose.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
		this.audit.record(viewer.username(), AuditAction.REGISTRY_READ,
				"registry analysis of " + cases.size() + " case(s): " + filter.describe());
		return new RegistryData(cases, events, reasons, referrals);
	}

	/**
	 * The cases with registry consent in force, for the bulk FHIR export (board office
	 * only); drafts are the centres' and are left out.
	 */
	@Transactional(readOnly = true)
	public List<org.targetboard.core.boardcase.PublicCaseId> consentedCases(Viewer viewer) {
		if (!BoardAction.BULK_EXPORT.isPermittedFor(viewer.role())) {
			throw new ActionNotPermittedException("BULK_EXPORT");
		}
		return this.jdbc.query("""
				select c.public_id from board_case c
				where c.status not in ('DRAFT', 'CONSENT_WITHDRAWN')
				  and coalesce((select k.registry and k.withdrawn_on is null from case_consent k
				                where k.case_id = c.id order by k.id desc limit 1), false)
				order by c.id
				""", new MapSqlParameterSource(),
				(rs, n) -> new org.targetboard.core.boardcase.PublicCaseId(rs.getObject(1, java.util.UUID.class)));
	}

	/**
	 * Lets PostgreSQL plan the registry's queries for each filter, for the rest of the
	 * transaction. A statement the driver has prepared gets one generic plan for every
	 * filter after its fifth run on a connection, and for the cohort's optional filters
	 * that plan took the dashboard from 0.3 to 4.8 seconds; planning anew costs about a
	 * millisecond.
	 */
	static void planEachFilterAnew(org.springframework.jdbc.core.JdbcOperations jdbc) {
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
	}

	/** The query parameters of a filter. */
	public static MapSqlParameterSource parameters(RegistryFilter filter) {
		return new MapSqlParameterSource().addValue("from", filter.from())
			.addValue("to", filter.to())
			.addValue("diagnosis", (filter.diagnosis() != null) ? filter.diagnosis().name() : null)
			.addValue("centre", (filter.centre() != null) ? filter.centre().value() : null);
	}

	/** The row ids of a cohort's cases, first advice and rankings, as they are read. */
	private static final class Cohort {

		private final StringJoiner cases = new StringJoiner(",", "{", "}");

		private final StringJoiner advice = new StringJoiner(",", "{", "}");

		private final StringJoiner rankings = new StringJoiner(",", "{", "}");

		void add(ResultSet rs) throws SQLException {
			this.cases.add(Long.toString(rs.getLong(16)));
			this.advice.add(Long.toString(rs.getLong(17)));
			long ranking = rs.getLong(18);
			if (!rs.wasNull()) {
				this.rankings.add(Long.toString(ranking));
			}
		}

		// PostgreSQL array literals: one parameter each however large the cohort,
		// unnested once and joined.
		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource().addValue("cases", this.cases.toString())
				.addValue("advice", this.advice.toString())
				.addValue("rankings", this.rankings.toString());
		}

	}

	private static CaseOutcome outcome(ResultSet rs) throws SQLException {
		return new CaseOutcome(rs.getString(1), new CentreCode(rs.getString(2)),
				(rs.getString(3) != null) ? Diagnosis.valueOf(rs.getString(3)) : null,
				(rs.getTimestamp(4) != null) ? LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ZoneOffset.UTC)
						: null,
				rs.getObject(5, LocalDate.class), rs.getInt(6),
				(rs.getString(7) != null) ? AdviceFollowed.valueOf(rs.getString(7)) : null, date(rs.getDate(8)),
				(rs.getString(9) != null) ? ResponseCategory.valueOf(rs.getString(9)) : null, rs.getBoolean(10),
				date(rs.getDate(11)), date(rs.getDate(12)), date(rs.getDate(13)),
				(rs.getString(14) != null) ? VitalStatus.valueOf(rs.getString(14)) : null,
				(rs.getString(15) != null) ? CauseOfDeath.valueOf(rs.getString(15)) : null);
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
