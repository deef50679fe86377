package org.targetboard.registry.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.Referral;
import org.targetboard.core.advice.ReferralStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.core.followup.VitalStatus;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The exported data sets: one row per case (wide) and one row per follow-up, actionable
 * event or treatment line (long), all keyed by pseudonym. Each column is defined once,
 * with its SQL and its dictionary entry, so the files and the dictionary cannot drift
 * apart.
 */
public enum Dataset {

	/** One row per advised case. */
	CASES("cases", "from cohort c0 join board_case c on c.id = c0.id " + RegistryAnalytics
		.followUpSummary("c0") + " order by c0.advised_on, c0.pseudonym", List.of(
				Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
				Column.of("centre", "Submitting centre (country code)", "string", null, "c0.centre"),
				Column.of("treating_hospital",
						"Treating hospital the centre coordinates (code); empty when the centre treats the patient itself",
						"string", null, "(select h.code from hospital h where h.id = c.hospital_id)"),
				Column.code("diagnosis", "Diagnosis", codes(Diagnosis.values()), "c0.diagnosis"),
				Column.of("age_years", "Age at the current relapse, completed years", "integer", "years",
						"c.age_years"),
				Column.of("age_months", "Age at the current relapse, months beyond the years", "integer", "months",
						"c.age_months"),
				Column.of("relapse_number", "Number of the current relapse (0: refractory primary disease)", "integer",
						null, "c.relapse_number"),
				Column.bool("refractory", "Refractory disease", "c.refractory"),
				Column.code("relapse_site", "Site of the current relapse", codes(RelapseSite.values()),
						"c.relapse_site"),
				Column.of("marrow_blasts_percent", "Marrow blasts at relapse", "number", "%",
						"c.marrow_blasts_percent"),
				Column.code("intent", "Treatment intent", codes(Intent.values()), "c.intent"),
				Column.bool("asks_standard_protocol_fit",
						"The centre asked whether the standard relapse protocol is right for this patient",
						"position('STANDARD_PROTOCOL_FIT' in c.board_questions) > 0"),
				Column.code("risk_bfm", "BFM/IntReALL strategic group at submission", codes("S1", "S2", "S3", "S4"),
						"c.risk_bfm_group"),
				Column.of("enrolled",
						"Enrolment: first submission of the case; empty when the case was registered after its advice",
						"date", null, "cast(c0.submitted_at at time zone 'UTC' as date)"),
				Column.of("advised", "Recommendation: the date the board gave the first advice (time zero)", "date",
						null, "c0.advised_on"),
				Column.bool("retrospective",
						"The first advice was given before it was recorded in the system (registered retrospectively)",
						"c0.advised_on < cast(c0.issued_at at time zone 'UTC' as date)"),
				Column.of("advice_versions", "Issued versions of the advice (amendments + 1)", "integer", null,
						"(select count(*) from advice a where a.case_id = c0.id and a.status = 'ISSUED')"),
				Column.of("advice_options", "Options in the first advice", "integer", null,
						"(select count(*) from advice_option o where o.advice_id = c0.advice_id)"),
				Column.bool("panel_override", "The panel departed from the engine's order",
						"(select a.override_reason is not null from advice a where a.id = c0.advice_id)"),
				Column.code("first_option_type", "Type of the first advised option", codes(AdviceOptionType.values()),
						"(select o.option_type from advice_option o where o.advice_id = c0.advice_id and o.position = 1)"),
				Column.of("follow_ups", "Follow-up reports", "integer", null, "coalesce(fu.n, 0)"),
				Column.code("advice_followed", "Advice followed, first report", codes(AdviceFollowed.values()),
						"fu.followed"),
				Column.of("therapy_start", "Earliest therapy start reported", "date", null, "fu.therapy_start"),
				Column.code("response_cycle1", "First reported response after cycle 1",
						codes(ResponseCategory.values()), "fu.response"),
				Column.bool("targeted_per_advice",
						"An advised targeted agent (off-label or compassionate use) was given", "fu.targeted"),
				Column.of("death_date", "Date of death", "date", null, "fu.death_date"),
				Column.code("cause_of_death", "Cause of death", codes(CauseOfDeath.values()), "fu.cause_of_death"),
				Column.code("vital_status", "Vital status at last contact (definitions in docs/registry.md)",
						codes(VitalStatus.values()), "fu.vital_status"),
				Column.of("relapse_date", "First relapse or progression after the advice", "date", null,
						"fu.relapse_date"),
				Column.of("last_contact", "Latest date of last contact", "date", null, "fu.last_contact"),
				Column.of("os_months", "Overall survival time from the advice (censored at last contact)", "number",
						"months",
						"round(cast((coalesce(fu.death_date, fu.last_contact) - c0.advised_on) / 30.4375 as numeric), 3)"),
				Column.bool("os_event", "Death (1) or censored (0); empty without any report or event",
						"(case when fu.death_date is null and fu.last_contact is null then null "
								+ "else fu.death_date is not null end)"),
				Column.of("efs_months", "Event-free survival time from the advice", "number", "months",
						"round(cast((coalesce(fu.efs_date, fu.last_contact) - c0.advised_on) / 30.4375 as numeric), 3)"),
				Column.bool("efs_event",
						"Relapse, progression, treatment failure after cycle 1 or death (1), or censored (0); empty "
								+ "without any report or event",
						"(case when fu.efs_date is null and fu.last_contact is null then null "
								+ "else fu.efs_date is not null end)"))),

	/** One row per follow-up report. */
	FOLLOW_UPS("follow_ups", """
			from cohort c0 join follow_up f on f.case_id = c0.id order by c0.pseudonym, f.due_date
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("due_date", "The scheduled follow-up this report answers", "date", null, "f.due_date"),
					Column.code("advice_followed", "Advice followed", codes(AdviceFollowed.values()),
							"f.advice_followed"),
					Column.code("therapy_given", "Therapy given", codes(TherapyGiven.values()), "f.therapy_given"),
					Column.of("advised_option", "Which advised option (position in the advice)", "integer", null,
							"f.advised_option"),
					Column.of("components_given",
							"For a recommendation of several components: those given, by number in the advice's order "
									+ "(e.g. 1;2); empty otherwise",
							"string", null, "nullif(replace(f.components_given, ',', ';'), '')"),
					Column.of("therapy_start", "Start of the therapy given", "date", null, "f.therapy_start"),
					Column.code("reason", "Reason the advice was not followed or no trial entered",
							codes(ReasonCode.values()), "f.reason_code"),
					Column.freeText("reason_text", "Reason in words (only when an administrator includes free text)",
							"f.reason_text"),
					Column.code("response_cycle1", "Response after cycle 1", codes(ResponseCategory.values()),
							"f.response_cycle1"),
					Column.of("mrd_after_cycle1", "MRD after cycle 1 (fraction of cells)", "number", "fraction",
							"f.mrd_fraction"),
					Column.bool("mrd_below_limit", "MRD below the assay's limit", "f.mrd_below_limit"),
					Column.bool("hsct", "Allogeneic HSCT performed", "f.hsct"),
					Column.of("hsct_date", "Date of HSCT", "date", null, "f.hsct_date"),
					Column.bool("car_t", "CAR-T cells given", "f.car_t"),
					Column.of("car_t_date", "Date of CAR-T infusion", "date", null, "f.car_t_date"),
					Column.bool("relapse", "Relapse or progression", "f.relapse"),
					Column.of("relapse_date", "Date of relapse or progression", "date", null, "f.relapse_date"),
					Column.bool("alive", "Alive at last contact", "f.alive"),
					Column.of("death_date", "Date of death", "date", null, "f.death_date"),
					Column.code("cause_of_death", "Cause of death", codes(CauseOfDeath.values()), "f.cause_of_death"),
					Column.of("last_contact", "Date of last contact", "date", null, "f.last_contact"),
					Column.bool("lost_to_follow_up", "Lost to follow-up", "f.lost_to_follow_up"))),

	/**
	 * One row per outcome event a centre reported between the scheduled follow-ups: the
	 * date it happened and the date it was recorded.
	 */
	OUTCOME_EVENTS("outcome_events", """
			from cohort c0 join outcome_event e on e.case_id = c0.id order by c0.pseudonym, e.occurred_on, e.id
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.code("kind", "What happened", codes(OutcomeEvent.Kind.values()), "e.kind"),
					Column.of("occurred_on", "The date it happened (loss to follow-up: the last date known alive)",
							"date", null, "e.occurred_on"),
					Column.code("cause_of_death", "Cause of death", codes(CauseOfDeath.values()), "e.cause_of_death"),
					Column.code("therapy_given", "Therapy started", codes(TherapyGiven.values()), "e.therapy_given"),
					Column.of("advised_option", "Which advised recommendation was started", "integer", null,
							"e.advised_option"),
					Column.of("recorded_on", "The date it was recorded", "date", null,
							"cast(e.recorded_at at time zone 'UTC' as date)"))),

	/** One row per actionable event of the ranking each advice was composed from. */
	EVENTS("events", """
			from cohort c0 join case_ranking r on r.id = c0.ranking_id
			join case_ranking_event ev on ev.ranking_id = r.id
			order by c0.pseudonym, ev.rank
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("rank", "Rank of the event in the engine's ranking", "integer", null, "ev.rank"),
					Column.of("event_id", "Knowledge-base id of the event", "string", null, "ev.event_id"),
					Column.of("event", "Actionable event", "string", null, "ev.name"),
					Column.of("tier", "Priority tier (1 highest; 4: no option remains)", "integer", null, "ev.tier"),
					Column.of("best_evidence", "Best evidence level (DNPM) among its ranked options", "string", null,
							"ev.best_evidence"),
					Column.bool("without_open_trial", "No open, matching trial offered any of the event's options",
							"ev.without_open_trial"),
					Column.of("knowledge_base", "Knowledge-base version of the ranking", "string", null,
							"r.knowledge_base_version"))),

	/** One row per treatment line before the current relapse. */
	HISTORY("history", """
			from cohort c0 join case_treatment_line t on t.case_id = c0.id order by c0.pseudonym, t.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("line", "Number of the treatment line", "integer", null, "t.position + 1"),
					Column.code("kind", "Kind of treatment", codes(TreatmentLine.Kind.values()), "t.kind"),
					Column.text("agents", "Agents (lower-case INN, comma-separated)", "t.agents"),
					Column.of("start_date", "Start", "date", null, "t.start_date"),
					Column.of("end_date", "End", "date", null, "t.end_date"),
					Column.code("best_response", "Best response", codes(TreatmentLine.Response.values()),
							"t.best_response"),
					Column.of("target_antigen", "CAR-T target antigen", "string", null, "t.target_antigen"))),

	/** One row per molecular lesion of the case as submitted. */
	LESIONS("lesions", """
			from cohort c0 join case_lesion l on l.case_id = c0.id order by c0.pseudonym, l.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("lesion", "Number of the lesion in the case", "integer", null, "l.position + 1"),
					Column.code("type", "Kind of lesion", codes(MolecularLesion.Type.values()), "l.type"),
					Column.of("gene", "Gene (HGNC symbol)", "string", null, "l.gene"),
					Column.of("partner", "Fusion partner (HGNC symbol)", "string", null, "l.partner"),
					Column.of("protein_change", "Protein change (HGVS p.)", "string", null, "l.protein_change"),
					Column.of("vaf", "Variant allele fraction, 0 to 1", "number", null, "l.vaf"),
					Column.bool("germline", "Germline", "l.germline"))),

	/** One row per immunophenotype marker of the case as submitted. */
	MARKERS("markers", """
			from cohort c0 join case_marker m on m.case_id = c0.id order by c0.pseudonym, m.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("marker", "Surface marker", "string", null, "m.marker"),
					Column.of("percent_positive", "Blasts positive", "number", "%", "m.percent_positive"),
					Column.of("sites_per_cell", "Antigen sites per cell", "number", null, "m.sites_per_cell"),
					Column.of("sample_date", "The date of the sample", "date", null, "m.sample_date"))),

	/**
	 * One row per relapse up to the current one, with its timing from diagnosis and from
	 * the end of front-line therapy; the current relapse also carries the timing group
	 * the case was classified in at submission.
	 */
	RELAPSES("relapses", """
			from cohort c0 join board_case c on c.id = c0.id
			cross join lateral (select e.position + 1 as number, e.relapse_date, e.site, false as current_relapse
			                    from case_earlier_relapse e where e.case_id = c.id
			                    union all
			                    select c.relapse_number, c.relapse_date, c.relapse_site, true
			                    where c.relapse_number > 0) r
			order by c0.pseudonym, r.number
			""", List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
			Column.of("relapse", "Number of the relapse (the current one is the case's relapse number)", "integer",
					null, "r.number"),
			Column.bool("current", "The relapse the board discussed", "r.current_relapse"),
			Column.of("relapse_date", "The date of the relapse", "date", null, "r.relapse_date"),
			Column.code("site", "Site of the relapse", codes(RelapseSite.values()), "r.site"),
			Column.of("months_from_diagnosis", "Months from the initial diagnosis (30.4375 days)", "number", "months",
					"round(cast((r.relapse_date - c.diagnosis_date) / 30.4375 as numeric), 2)"),
			Column.of("months_after_frontline", "Months after the end of front-line therapy (negative: during it)",
					"number", "months", "round(cast((r.relapse_date - c.frontline_end_date) / 30.4375 as numeric), 2)"),
			Column.of("timing", "BFM timing group of the current relapse, as classified at submission", "string", null,
					"case when r.current_relapse then c.risk_timing end"))),

	/**
	 * One row per option of the advice in force, with the recommendation it belongs to:
	 * options of one recommendation were advised together. Every option saved since V16
	 * carries its number; an earlier one stood alone, numbered by its position.
	 */
	ADVICE("advice", """
			from cohort c0 join advice_option o on o.advice_id = c0.advice_id order by c0.pseudonym, o.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("position", "Place of the option in the advice (1 = first advised)", "integer", null,
							"o.position"),
					Column.of("recommendation",
							"Number of the recommendation the option belongs to; options with the "
									+ "same number were advised together",
							"integer", null, "coalesce(o.recommendation, o.position)"),
					Column.code("option_type", "Type of the option", codes(AdviceOptionType.values()), "o.option_type"),
					Column.text("label", "What was advised", "o.label"),
					Column.of("evidence_level", "Evidence level (DNPM) as the panel gave it", "string", null,
							"o.evidence_level"),
					Column.of("trial_id", "Trial registry number (NCT or EU CT; TBC: to be confirmed)", "string", null,
							"o.trial_id"),
					Column.of("engine_rank", "The engine's rank of the option; empty when the panel added it",
							"integer", null, "o.engine_rank"))),

	/** One row per referral of the advice in force, with what became of it. */
	REFERRALS("referrals", """
			from cohort c0 join advice_referral r on r.advice_id = c0.advice_id
			left join lateral (select p.status, p.effective_on from referral_progress p where p.referral_id = r.id
			                   order by p.id desc limit 1) p on true
			order by c0.pseudonym, r.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("referral", "Number of the referral in the advice", "integer", null, "r.position"),
					Column.code("subject", "Who or what is referred", codes(Referral.Subject.values()), "r.subject"),
					Column.code("purpose", "What for", codes(Referral.Purpose.values()), "r.purpose"),
					Column.text("destination", "Centre or laboratory", "r.destination"),
					Column.code("status", "What became of it, as last reported", codes(ReferralStatus.values()),
							"coalesce(p.status, 'PROPOSED')"),
					Column.of("status_date", "The date that status took effect", "date", null, "p.effective_on"))),

	/**
	 * One row per option of the engine's ranking the panel considered and did not advise,
	 * for advice composed since the panel lists them.
	 */
	NOT_ADVISED("not_advised", """
			from cohort c0 join advice_not_advised n on n.advice_id = c0.advice_id order by c0.pseudonym, n.position
			""",
			List.of(Column.text("pseudonym", "Pseudonym of the case", "c0.pseudonym"),
					Column.of("engine_rank", "The engine's rank of the option", "integer", null, "n.engine_rank"),
					Column.text("label", "What the engine ranked", "n.label"),
					Column.bool("reason_given", "The panel gave a reason", "n.reason is not null"),
					Column.freeText("reason", "The panel's reason (free text)", "n.reason")));

	private final String file;

	private final String from;

	private final List<Column> columns;

	Dataset(String file, String from, List<Column> columns) {
		this.file = file;
		this.from = from;
		this.columns = columns;
	}

	/** The file name without extension. */
	public String file() {
		return this.file;
	}

	List<Column> columns(boolean includeFreeText) {
		return this.columns.stream().filter((c) -> includeFreeText || !c.freeText()).toList();
	}

	String sql(boolean includeFreeText) {
		return "with cohort as (" + RegistryAnalytics.COHORT + ") select "
				+ columns(includeFreeText).stream().map(Column::sql).collect(Collectors.joining(", ")) + " "
				+ this.from;
	}

	/** The dictionary entries of the data set (free-text columns included). */
	public List<Variable> variables() {
		return this.columns.stream()
			.map((c) -> new Variable(this.file, c.name(), c.label(), c.type(), c.unit(), c.codes(), c.freeText()))
			.toList();
	}

	/** The data set of a file name, if there is one. */
	public static @Nullable Dataset ofFile(String file) {
		return Arrays.stream(values()).filter((d) -> d.file.equals(file)).findFirst().orElse(null);
	}

	private static Map<String, String> codes(Enum<?>... values) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			codes.put(value.name(), value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		}
		return codes;
	}

	private static Map<String, String> codes(String... values) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (String value : values) {
			codes.put(value, value);
		}
		return codes;
	}

	/**
	 * One column: its SQL and its dictionary entry.
	 */
	record Column(String name, String label, String type, @Nullable String unit, Map<String, String> codes, String sql,
			boolean freeText) {

		/** The labels of a 0/1 flag, in the order of its values. */
		static final Map<String, String> YES_NO = yesNo();

		private static Map<String, String> yesNo() {
			Map<String, String> labels = new LinkedHashMap<>();
			labels.put("0", "no");
			labels.put("1", "yes");
			return java.util.Collections.unmodifiableMap(labels);
		}

		static Column of(String name, String label, String type, @Nullable String unit, String sql) {
			return new Column(name, label, type, unit, Map.of(), sql, false);
		}

		static Column text(String name, String label, String sql) {
			return new Column(name, label, "string", null, Map.of(), sql, false);
		}

		static Column freeText(String name, String label, String sql) {
			return new Column(name, label, "string", null, Map.of(), sql, true);
		}

		static Column code(String name, String label, Map<String, String> codes, String sql) {
			return new Column(name, label, "code", null, codes, sql, false);
		}

		// 1, 0, or empty (NA) when the condition is unknown: an unknown outcome is never
		// a
		// "no".
		static Column bool(String name, String label, String sql) {
			return new Column(name, label, "boolean", null, YES_NO,
					"case when " + sql + " then 1 when not (" + sql + ") then 0 end", false);
		}

	}

}
