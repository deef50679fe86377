package org.targetboard.web.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.targetboard.core.advice.AdviceSignature;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.meeting.RankingSnapshot;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.web.advice.AdviceProposal;
import org.targetboard.web.meeting.Rankings;

/**
 * The synthetic registry generator, run as a command for demos and benchmarks:
 * {@code java -jar board-web.jar --board.synthetic.cases=10000 [--board.synthetic.seed=42]}
 * fills the configured database with clinically plausible advised cases — intake with
 * lesions, markers, drug responses and treatment history by diagnosis, consent, a ranking
 * by the real engine, a meeting, an issued advice from the engine's options, and
 * quarterly follow-ups until death, loss or today — then exits. Seeded, so the same seed
 * gives the same registry. Every synthetic letter is one placeholder PDF saying so; the
 * pseudonyms are real pseudonyms of the demo centres. Never run it against production.
 */
@Component
public class SyntheticRegistry {

	private static final Logger log = LoggerFactory.getLogger(SyntheticRegistry.class);

	private static final String ACTOR = "synthetic-registry";

	private static final Diagnosis[] DIAGNOSES = { Diagnosis.BCP_ALL, Diagnosis.BCP_ALL, Diagnosis.BCP_ALL,
			Diagnosis.BCP_ALL, Diagnosis.T_ALL, Diagnosis.T_ALL, Diagnosis.AML, Diagnosis.AML, Diagnosis.AML,
			Diagnosis.ETP_ALL, Diagnosis.T_LBL, Diagnosis.ALCL, Diagnosis.MPAL };

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PrioritizationEngine engine;

	private final Clock clock;

	private final Map<String, Long> meetings = new HashMap<>();

	SyntheticRegistry(JdbcClient jdbc, TransactionTemplate transactions, PrioritizationEngine engine, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.engine = engine;
		this.clock = clock;
	}

	/**
	 * Generates advised cases.
	 * @param count how many
	 * @param seed the seed of the random choices
	 */
	public void generate(int count, long seed) {
		Random random = new Random(seed);
		List<CentreRow> centres = this.jdbc.sql("select id, code, country from centre order by code")
			.query((rs, n) -> new CentreRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		if (centres.isEmpty() || this.jdbc.sql("select count(*) from account where username = 'chair'")
			.query(Integer.class)
			.single() == 0) {
			throw new IllegalStateException(
					"The synthetic registry needs the demo centres and accounts (demo profile)");
		}
		byte[] letter = placeholderLetter();
		String letterSha = AdviceSignature.sha256(letter);
		long started = System.nanoTime();
		int batch = 100;
		for (int done = 0; done < count; done += batch) {
			int size = Math.min(batch, count - done);
			this.transactions.executeWithoutResult((status) -> {
				for (int i = 0; i < size; i++) {
					generate(random, centres.get(random.nextInt(centres.size())), letter, letterSha);
				}
			});
			if ((done + size) % 1000 == 0) {
				log.info("Synthetic registry: {} of {} cases", done + size, count);
			}
		}
		log.info("Synthetic registry: {} cases in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
	}

	/**
	 * The command: {@code --board.synthetic.cases=N [--board.synthetic.seed=S]} generates
	 * and exits.
	 */
	@Component
	@ConditionalOnProperty("board.synthetic.cases")
	@Order(10)
	static class Command implements ApplicationRunner {

		private final SyntheticRegistry generator;

		private final Environment environment;

		private final ConfigurableApplicationContext context;

		Command(SyntheticRegistry generator, Environment environment, ConfigurableApplicationContext context) {
			this.generator = generator;
			this.environment = environment;
			this.context = context;
		}

		@Override
		public void run(ApplicationArguments args) {
			this.generator.generate(this.environment.getRequiredProperty("board.synthetic.cases", Integer.class),
					this.environment.getProperty("board.synthetic.seed", Long.class, 42L));
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}

	}

	private record CentreRow(long id, String code, String country) {
	}

	private void generate(Random random, CentreRow centre, byte[] letter, String letterSha) {
		long centreId = centre.id();
		String country = centre.country();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Diagnosis diagnosis = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
		int age = 1 + random.nextInt(23);
		int ageAtDiagnosis = Math.max(0, age - 1 - random.nextInt(4));
		LocalDate enrolled = today.minusDays(30 + random.nextInt(7 * 365));
		LocalDate relapse = enrolled.minusDays(3 + random.nextInt(20));
		LocalDate diagnosed = relapse.minusDays(200 + random.nextInt(5 * 365));
		LocalDate frontlineEnd = diagnosed.plusDays(150
				+ random.nextInt(Math.max(1, (int) Math.min(700, ChronoUnit.DAYS.between(diagnosed, relapse) - 160))));
		int relapseNumber = 1 + ((random.nextDouble() < 0.45) ? 1 + random.nextInt(2) : 0);
		Intent intent = Intent.values()[random.nextDouble() < 0.1 ? 3 : random.nextInt(3)];
		RelapseSite site = (random.nextDouble() < 0.7) ? RelapseSite.ISOLATED_MARROW
				: (random.nextDouble() < 0.7) ? RelapseSite.COMBINED : RelapseSite.ISOLATED_EXTRAMEDULLARY;
		List<TreatmentLine> history = history(random, diagnosis, diagnosed, frontlineEnd, relapse, relapseNumber);
		List<MolecularLesion> lesions = lesions(random, diagnosis);
		List<MarkerResult> markers = markers(random, diagnosis, history);
		List<DrugResponse> responses = drugResponses(random);
		double blasts = 5 + random.nextInt(90);
		CaseProfile profile = new CaseProfile(diagnosis, age, ageAtDiagnosis, country, relapseNumber, false, diagnosed,
				frontlineEnd, relapse, site, blasts, null, null, intent, 60 + 10 * random.nextInt(5), history, lesions,
				markers, responses, List.of());
		PrioritizationResult result = this.engine.prioritize(profile, enrolled.plusDays(14));

		int year = enrolled.getYear();
		int sequence = this.jdbc.sql("""
				insert into pseudonym_sequence (centre_id, year, last_value) values (?, ?, 1)
				on conflict (centre_id, year) do update set last_value = pseudonym_sequence.last_value + 1
				returning last_value""").params(centreId, year).query(Integer.class).single();
		String pseudonym = "%s-%d-%04d".formatted(centre.code(), year, sequence);
		Instant created = at(enrolled.minusDays(2), random);
		Instant submitted = at(enrolled, random);
		LocalDate meetingDay = enrolled.plusDays(7 + random.nextInt(21));
		Instant discussed = at(meetingDay, random);
		Instant issued = discussed.plus(1 + random.nextInt(48), ChronoUnit.HOURS);
		long caseId = this.jdbc
			.sql("""
					insert into board_case (public_id, pseudonym, centre_id, status, version, diagnosis, relapse_number,
					    age_years, age_months, created_at, created_by, updated_at, refractory, age_at_diagnosis_years,
					    diagnosis_date, frontline_end_date, relapse_date, relapse_site, marrow_blasts_percent, intent,
					    performance_scale, performance_status, no_standard_of_care, risk_bfm_group)
					values (?, ?, ?, 'ADVICE_ISSUED', 6, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, 'LANSKY', ?, true, ?)
					returning id""")
			.params(UUID.randomUUID(), pseudonym, centreId, diagnosis.name(), relapseNumber, age, random.nextInt(12),
					ts(created), ACTOR, ts(issued), ageAtDiagnosis, diagnosed, frontlineEnd, relapse, site.name(),
					blasts, intent.name(), profile.performanceStatus(), result.risk().bfmGroup())
			.query(Long.class)
			.single();
		status(caseId, null, "DRAFT", null, created);
		status(caseId, "DRAFT", "SUBMITTED", "SUBMIT", submitted);
		status(caseId, "SUBMITTED", "CONSENT_VERIFIED", "VERIFY_CONSENT", submitted.plus(1, ChronoUnit.DAYS));
		status(caseId, "CONSENT_VERIFIED", "SCHEDULED", "SCHEDULE", submitted.plus(2, ChronoUnit.DAYS));
		status(caseId, "SCHEDULED", "DISCUSSED", "RECORD_DISCUSSION", discussed);
		status(caseId, "DISCUSSED", "ADVICE_ISSUED", "ISSUE_ADVICE", issued);
		this.jdbc.sql("""
				insert into case_consent (case_id, consent_date, form_version, signed_by_patient, signed_by_parent,
				    child_assent, discussion, registry, recorded_at, recorded_by)
				values (?, ?, 'synthetic 1.0', ?, ?, ?, true, true, ?, ?)""")
			.params(caseId, enrolled.minusDays(1), age >= 16, age < 18, age >= 12 && age < 18, ts(submitted), ACTOR)
			.update();
		for (int i = 0; i < history.size(); i++) {
			TreatmentLine line = history.get(i);
			this.jdbc
				.sql("""
						insert into case_treatment_line (case_id, position, kind, agents, start_date, end_date, best_response,
						    target_antigen, severe_toxicities) values (?, ?, ?, ?, ?, ?, ?, ?, '')""")
				.params(caseId, i, line.kind().name(), String.join(",", line.agents()), line.start(), line.end(),
						(line.bestResponse() != null) ? line.bestResponse().name() : null, line.targetAntigen())
				.update();
		}
		for (int i = 0; i < lesions.size(); i++) {
			MolecularLesion l = lesions.get(i);
			this.jdbc
				.sql("""
						insert into case_lesion (case_id, position, type, gene, partner, protein_change, vaf, germline, assay)
						values (?, ?, ?, ?, ?, ?, ?, false, 'NGS panel')""")
				.params(caseId, i, l.type().name(), l.gene(), l.partner(), l.proteinChange(), l.vaf())
				.update();
		}
		for (int i = 0; i < markers.size(); i++) {
			MarkerResult m = markers.get(i);
			this.jdbc.sql("""
					insert into case_marker (case_id, position, marker, percent_positive, sites_per_cell, method)
					values (?, ?, ?, ?, ?, 'flow cytometry')""")
				.params(caseId, i, m.marker(), m.percentPositive(), m.sitesPerCell())
				.update();
		}
		for (int i = 0; i < responses.size(); i++) {
			DrugResponse r = responses.get(i);
			this.jdbc
				.sql("""
						insert into case_drug_response (case_id, position, drug, assay, metric, value, unit, percentile, call,
						    qc_passed) values (?, ?, ?, ?, 'DSS', ?, null, ?, ?, true)""")
				.params(caseId, i, r.drug(), r.assay().name(), r.value(), r.percentile(), r.call().name())
				.update();
		}
		RankingSnapshot snapshot = Rankings.snapshot(result, submitted.plus(2, ChronoUnit.DAYS));
		long rankingId = this.jdbc.sql("""
				insert into case_ranking (case_id, engine_version, knowledge_base_version, knowledge_base_hash,
				    assessment_date, result, ranked_at) values (?, ?, ?, ?, ?, ?::jsonb, ?) returning id""")
			.params(caseId, result.engineVersion(), result.knowledgeBaseVersion(), result.knowledgeBaseHash(),
					result.assessmentDate(), snapshot.resultJson(), ts(snapshot.rankedAt()))
			.query(Long.class)
			.single();
		for (RankingSnapshot.Event event : snapshot.events()) {
			this.jdbc.sql("""
					insert into case_ranking_event (ranking_id, rank, event_id, name, tier, best_evidence,
					    without_open_trial) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(rankingId, event.rank(), event.eventId(), event.name(), event.tier(), event.bestEvidence(),
						event.withoutOpenTrial())
				.update();
		}
		long meetingId = meeting(meetingDay);
		this.jdbc
			.sql("""
					insert into agenda_item (meeting_id, case_id, position, minutes, ranking_id, discussion_notes)
					values (?, ?, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?), 10, ?, null)""")
			.params(meetingId, caseId, meetingId, rankingId)
			.update();
		List<RankedOption> options = result.options().subList(0, Math.min(3, result.options().size()));
		boolean override = options.size() > 1 && random.nextDouble() < 0.15;
		long adviceId = this.jdbc.sql("""
				insert into advice (public_id, case_id, meeting_id, ranking_id, version_number, status, override_reason,
				    created_at, created_by, updated_at)
				values (?, ?, ?, ?, 1, 'DRAFT', ?, ?, 'chair', ?) returning id""")
			.params(UUID.randomUUID(), caseId, meetingId, rankingId,
					override ? "Synthetic: the panel preferred the second option" : null, ts(discussed), ts(issued))
			.query(Long.class)
			.single();
		for (int i = 0; i < options.size(); i++) {
			RankedOption option = options.get(override ? (i == 0 ? 1 : (i == 1 ? 0 : i)) : i);
			this.jdbc.sql("""
					insert into advice_option (advice_id, position, option_type, label, rationale, evidence_level,
					    engine_option_id, engine_rank) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(adviceId, i + 1, AdviceProposal.typeOf(option.type()).name(), option.label(), option.why(),
						option.evidence().dnpm(), option.optionId(), option.rank())
				.update();
		}
		if (options.isEmpty()) {
			this.jdbc.sql("""
					insert into advice_option (advice_id, position, option_type, label, rationale)
					values (?, 1, 'FURTHER_DIAGNOSTICS', 'Drug-response profiling and NGS', 'No actionable event')""")
				.param(adviceId)
				.update();
		}
		this.jdbc.sql("""
				update advice set status = 'ISSUED', issued_at = ?, issued_by = 'chair', document_id = ?,
				    content_sha256 = ?, pdf = ?, pdf_sha256 = ?, advised_on = ? where id = ?""")
			.params(ts(issued), AdviceSignature.documentId(Pseudonym.parse(pseudonym), 1),
					AdviceSignature.sha256(pseudonym.getBytes()), letter, letterSha,
					LocalDate.ofInstant(issued, ZoneOffset.UTC), adviceId)
			.update();
		followUps(random, caseId, LocalDate.ofInstant(issued, ZoneOffset.UTC), today, options.size(), diagnosis);
	}

	private void followUps(Random random, long caseId, LocalDate advised, LocalDate today, int options,
			Diagnosis diagnosis) {
		double followedDraw = random.nextDouble();
		String followed = (followedDraw < 0.55) ? "YES" : (followedDraw < 0.7) ? "PARTLY" : "NO";
		boolean advisedTherapy = !"NO".equals(followed) && options > 0;
		String therapy = advisedTherapy ? "ADVISED_OPTION"
				: new String[] { "OTHER_TRIAL", "OFF_LABEL", "COMPASSIONATE_USE", "STANDARD", "NONE" }[random
					.nextInt(5)];
		LocalDate start = "NONE".equals(therapy) ? null : advised.plusDays(3 + random.nextInt(30));
		String response = (start == null) ? null
				: pick(random,
						advisedTherapy ? new double[] { 0.25, 0.2, 0.1, 0.15, 0.2, 0.1 }
								: new double[] { 0.15, 0.15, 0.1, 0.15, 0.25, 0.2 },
						new String[] { "MRD_NEGATIVE_CR", "CR", "CRI", "PR", "NO_RESPONSE", "PROGRESSIVE_DISEASE" });
		if (response != null && response.equals("CRI") && !diagnosis.isLeukaemia()) {
			response = "CR";
		}
		boolean responder = response != null && !response.equals("NO_RESPONSE")
				&& !response.equals("PROGRESSIVE_DISEASE");
		// Monthly hazards of death and relapse: lower for responders.
		double deathHazard = responder ? 0.004 : 0.02;
		double relapseHazard = responder ? 0.02 : 0.0;
		LocalDate relapseDate = null;
		int reported = 0;
		for (int k = 1; k <= 32; k++) {
			LocalDate due = advised.plusMonths(3L * k);
			if (due.isAfter(today.minusDays(10)) || random.nextDouble() < 0.03) {
				break;
			}
			LocalDate periodStart = due.minusMonths(3);
			LocalDate death = null;
			for (int m = 0; m < 3 && death == null; m++) {
				if (random.nextDouble() < deathHazard) {
					death = periodStart.plusDays(30L * m + random.nextInt(30));
				}
				if (relapseDate == null && random.nextDouble() < relapseHazard) {
					relapseDate = periodStart.plusDays(30L * m + random.nextInt(30));
					deathHazard = 0.03;
				}
			}
			if (death != null && start != null && !death.isAfter(start)) {
				death = start.plusDays(1 + random.nextInt(20));
			}
			if (death != null && death.isAfter(due)) {
				death = due;
			}
			boolean lost = death == null && random.nextDouble() < 0.01;
			boolean first = reported == 0;
			boolean hsct = first && responder && random.nextDouble() < 0.35;
			LocalDate relapseNow = (relapseDate != null && !relapseDate.isAfter(due)
					&& (death == null || !relapseDate.isAfter(death)) && !relapseDate.isBefore(advised)) ? relapseDate
							: null;
			LocalDate lastContact = (death != null) ? death : due.minusDays(random.nextInt(10));
			LocalDate hsctDate = hsct ? start.plusDays(60 + random.nextInt(30)) : null;
			if (hsctDate != null && hsctDate.isAfter(lastContact)) {
				hsctDate = lastContact;
			}
			this.jdbc
				.sql("""
						insert into follow_up (case_id, due_date, advice_followed, therapy_given, advised_option,
						    therapy_start, reason_code, response_cycle1, hsct, hsct_date, car_t, relapse, relapse_date, alive,
						    death_date, cause_of_death, last_contact, lost_to_follow_up, reported_at, reported_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(caseId, due, followed, therapy, "ADVISED_OPTION".equals(therapy) ? 1 : null, start,
						"YES".equals(followed) ? null
								: pick(random, new double[] { 0.2, 0.15, 0.15, 0.1, 0.15, 0.15, 0.1 },
										new String[] { "TRIAL_NOT_OPEN", "NOT_ELIGIBLE", "PAYMENT_REFUSED", "TOXICITY",
												"PATIENT_REFUSAL", "OTHER_THERAPY_CHOSEN", "DETERIORATION" }),
						first ? response : null, hsct, hsctDate, relapseNow != null, relapseNow, death == null, death,
						(death != null) ? (relapseDate != null ? "DISEASE" : "TREATMENT_TOXICITY") : null, lastContact,
						lost, ts(at(due.plusDays(random.nextInt(5)), random)), ACTOR)
				.update();
			reported++;
			if (death != null || lost) {
				this.jdbc.sql("update board_case set status = 'CLOSED' where id = ?").param(caseId).update();
				return;
			}
		}
		if (reported > 0) {
			this.jdbc.sql("update board_case set status = 'FOLLOW_UP' where id = ?").param(caseId).update();
		}
	}

	private static List<TreatmentLine> history(Random random, Diagnosis diagnosis, LocalDate diagnosed,
			LocalDate frontlineEnd, LocalDate relapse, int relapseNumber) {
		List<TreatmentLine> lines = new ArrayList<>();
		boolean myeloid = diagnosis == Diagnosis.AML;
		lines.add(new TreatmentLine(TreatmentLine.Kind.CHEMOTHERAPY,
				myeloid ? List.of("cytarabine", "daunorubicin", "etoposide")
						: List.of("vincristine", "dexamethasone", "asparaginase"),
				diagnosed, frontlineEnd, TreatmentLine.Response.MRD_NEGATIVE_CR, null, List.of()));
		LocalDate cursor = frontlineEnd.plusDays(60);
		for (int r = 1; r < relapseNumber && cursor.isBefore(relapse.minusDays(90)); r++) {
			lines.add(new TreatmentLine(TreatmentLine.Kind.CHEMOTHERAPY,
					myeloid ? List.of("fludarabine", "cytarabine") : List.of("vincristine", "dexamethasone"), cursor,
					cursor.plusDays(60), TreatmentLine.Response.CR, null, List.of()));
			if (random.nextDouble() < 0.5) {
				lines.add(new TreatmentLine(TreatmentLine.Kind.HSCT, List.of(), cursor.plusDays(90),
						cursor.plusDays(90), null, null, List.of()));
			}
			if (diagnosis == Diagnosis.BCP_ALL && random.nextDouble() < 0.4) {
				lines.add(new TreatmentLine(TreatmentLine.Kind.CAR_T, List.of("tisagenlecleucel"), cursor.plusDays(150),
						cursor.plusDays(150), TreatmentLine.Response.MRD_NEGATIVE_CR, "CD19", List.of()));
			}
			cursor = cursor.plusDays(200);
		}
		return lines;
	}

	private static List<MolecularLesion> lesions(Random random, Diagnosis diagnosis) {
		String[][] pool = switch (diagnosis) {
			case BCP_ALL, B_LBL,
					MPAL ->
				new String[][] { { "FUSION", "BCR", "ABL1", null }, { "FUSION", "KMT2A", "AFF1", null },
						{ "FUSION", "TCF3", "HLF", null }, { "FUSION", "P2RY8", "CRLF2", null },
						{ "SNV_INDEL", "NRAS", null, "p.G12D" }, { "SNV_INDEL", "KRAS", null, "p.G13D" },
						{ "SNV_INDEL", "JAK2", null, "p.R683G" }, { "SNV_INDEL", "TP53", null, "p.R248Q" },
						{ "DELETION", "CDKN2A", null, null }, { "DELETION", "IKZF1", null, null } };
			case T_ALL, ETP_ALL, T_LBL ->
				new String[][] { { "SNV_INDEL", "NOTCH1", null, "p.L1600P" }, { "SNV_INDEL", "NRAS", null, "p.Q61K" },
						{ "SNV_INDEL", "JAK3", null, "p.M511I" }, { "DELETION", "CDKN2A", null, null },
						{ "DELETION", "PTEN", null, null }, { "SNV_INDEL", "IL7R", null, "p.S185C" } };
			case AML ->
				new String[][] { { "SNV_INDEL", "FLT3", null, "p.D835Y" }, { "SNV_INDEL", "IDH1", null, "p.R132H" },
						{ "SNV_INDEL", "KIT", null, "p.D816V" }, { "FUSION", "NUP98", "NSD1", null },
						{ "FUSION", "CBFA2T3", "GLIS2", null }, { "FUSION", "KMT2A", "MLLT3", null },
						{ "SNV_INDEL", "NRAS", null, "p.G12D" }, { "SNV_INDEL", "TP53", null, "p.R273H" } };
			default -> new String[][] { { "FUSION", "NPM1", "ALK", null }, { "SNV_INDEL", "TP53", null, "p.R175H" } };
		};
		List<MolecularLesion> lesions = new ArrayList<>();
		int count = 3 + random.nextInt(4);
		List<Integer> used = new ArrayList<>();
		for (int i = 0; i < count && used.size() < pool.length; i++) {
			int pick = random.nextInt(pool.length);
			if (used.contains(pick)) {
				continue;
			}
			used.add(pick);
			String[] l = pool[pick];
			lesions.add(new MolecularLesion(MolecularLesion.Type.valueOf(l[0]), l[1], l[2], l[3],
					"SNV_INDEL".equals(l[0]) ? 0.05 + random.nextInt(45) / 100.0 : null, false, "NGS panel"));
		}
		return lesions;
	}

	private static List<MarkerResult> markers(Random random, Diagnosis diagnosis, List<TreatmentLine> history) {
		boolean afterCd19CarT = history.stream().anyMatch((l) -> "CD19".equals(l.targetAntigen()));
		List<MarkerResult> markers = new ArrayList<>();
		switch (diagnosis) {
			case BCP_ALL, B_LBL, MPAL -> {
				markers.add(new MarkerResult("CD19",
						afterCd19CarT && random.nextDouble() < 0.4 ? random.nextInt(5) : 80 + random.nextInt(20), null,
						"flow cytometry", null, null));
				markers.add(new MarkerResult("CD22", 50 + random.nextInt(50), 1000.0 + random.nextInt(6000),
						"flow cytometry", null, null));
				markers.add(new MarkerResult("CD38", 10 + random.nextInt(80), null, "flow cytometry", null, null));
				markers.add(new MarkerResult("CD20", random.nextInt(60), null, "flow cytometry", null, null));
			}
			case T_ALL, ETP_ALL, T_LBL -> {
				markers.add(new MarkerResult("CD7", 60 + random.nextInt(40), null, "flow cytometry", null, null));
				markers.add(new MarkerResult("CD38", 30 + random.nextInt(70), null, "flow cytometry", null, null));
			}
			case AML -> {
				markers.add(new MarkerResult("CD33", 40 + random.nextInt(60), null, "flow cytometry", null, null));
				markers.add(new MarkerResult("CD123", 20 + random.nextInt(80), null, "flow cytometry", null, null));
				markers.add(new MarkerResult("CD38", 10 + random.nextInt(60), null, "flow cytometry", null, null));
			}
			default -> markers.add(new MarkerResult("CD30", 70 + random.nextInt(30), null, "IHC", null, null));
		}
		return markers;
	}

	private static List<DrugResponse> drugResponses(Random random) {
		List<DrugResponse> responses = new ArrayList<>();
		if (random.nextDouble() < 0.6) {
			for (String drug : List.of("venetoclax", "dasatinib", "trametinib", "ruxolitinib")) {
				double percentile = random.nextInt(100);
				DrugResponse.Call call = (percentile < 20) ? DrugResponse.Call.SENSITIVE
						: (percentile > 80) ? DrugResponse.Call.RESISTANT : DrugResponse.Call.INTERMEDIATE;
				responses.add(new DrugResponse(drug, DrugResponse.Assay.DRP, "DSS", 40 - percentile / 3, null,
						percentile, call, true));
			}
		}
		return responses;
	}

	private long meeting(LocalDate day) {
		LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
		String key = monday.toString();
		return this.meetings.computeIfAbsent(key, (k) -> {
			Instant starts = monday.atTime(16, 0).toInstant(ZoneOffset.UTC);
			long id = this.jdbc.sql("""
					insert into meeting (public_id, title, starts_at, time_zone, duration_minutes, submission_cutoff,
					    chair, version, created_at, created_by, updated_at)
					values (?, ?, ?, 'Europe/Amsterdam', 180, ?, 'chair', 0, ?, ?, ?) returning id""")
				.params(UUID.randomUUID(), "Target board " + monday, ts(starts), monday.minusDays(3),
						ts(starts.minus(14, ChronoUnit.DAYS)), ACTOR, ts(starts))
				.query(Long.class)
				.single();
			this.jdbc
				.sql("insert into meeting_member (meeting_id, username, attended) values (?, 'chair', true), "
						+ "(?, 'member', true)")
				.params(id, id)
				.update();
			return id;
		});
	}

	private void status(long caseId, @Nullable String from, String to, @Nullable String action, Instant at) {
		this.jdbc.sql("""
				insert into case_status_change (case_id, from_status, to_status, action, occurred_at, actor)
				values (?, ?, ?, ?, ?, ?)""").params(caseId, from, to, action, ts(at), ACTOR).update();
	}

	private static @Nullable String pick(Random random, double[] weights, String[] values) {
		double draw = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			if (draw < sum) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static Instant at(LocalDate day, Random random) {
		return day.atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	// One honest placeholder for every synthetic letter: there was no real advice.
	private static byte[] placeholderLetter() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("Synthetic registry: no advice letter");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
