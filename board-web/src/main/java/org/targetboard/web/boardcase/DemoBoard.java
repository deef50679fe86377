package org.targetboard.web.boardcase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.core.meeting.MeetingPlan;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.web.meeting.MeetingUseCases;
import org.targetboard.web.system.SyntheticRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small, realistic board for a newcomer's first start ({@code board.demo.seed}, on in
 * the embedded run): advised cases of past meetings with their follow-up (the synthetic
 * registry), the documented example cases submitted with consent, two of them on the
 * agenda of next week's meeting, and one draft. Only on an empty database; every step
 * goes through the same use cases as the pages.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "board.demo.seed", havingValue = "true")
@Order(5)
class DemoBoard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBoard.class);

	/**
	 * Documented example cases (docs/examples, packaged with the application) a centre
	 * submits: each completed by what the intake asks beyond the engine's facts
	 * ({@code demo/<name>.intake.json}: the question, the performance scale, the
	 * statement that no standard of care exists, which is true for each of them).
	 */
	static final List<String> SUBMITTED = List.of("t-all-refractory-first-relapse", "aml-kmt2a-second-relapse",
			"bcp-all-post-cart-cd19-negative");

	/**
	 * A late first relapse has a standard of care: its centre is still deciding whether
	 * to ask this board, so it stays a draft.
	 */
	static final String DRAFT = "bcp-all-late-first-relapse";

	/**
	 * Advised cases with meetings and follow-up, as the synthetic registry makes them.
	 */
	static final int ADVISED = 8;

	private static final Viewer COORDINATOR = new Viewer("coordinator-nl", Role.COORDINATOR, new CentreCode("NL"));

	/** The chair who plans the demo meeting. */
	static final Viewer CHAIR = new Viewer("chair", Role.CHAIR, null);

	private final CaseUseCases cases;

	private final MeetingUseCases meetings;

	private final SyntheticRegistry registry;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoBoard(CaseUseCases cases, MeetingUseCases meetings, SyntheticRegistry registry, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.registry = registry;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from board_case").query(Integer.class).single() == 0) {
			seed();
		}
	}

	/** Seeds the board; returns the meeting of next week. */
	MeetingId seed() {
		this.registry.generate(ADVISED, 7);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate nextWeek = today.plusDays(7);
		MeetingId meeting = this.meetings.plan(CHAIR,
				new MeetingPlan("Target board, " + nextWeek, LocalDateTime.of(nextWeek, LocalTime.of(16, 0)),
						"Europe/Amsterdam", 60, nextWeek.minusDays(2), "chair", List.of("member")));
		int placed = 0;
		for (String example : SUBMITTED) {
			BoardCase submitted = submitted(read(example), today);
			if (submitted != null && placed < 2) {
				this.meetings.placeOnAgenda(CHAIR, meeting, this.meetings.read(CHAIR, meeting).version(),
						submitted.id(), 15);
				placed++;
			}
		}
		this.cases.create(COORDINATOR, read(DRAFT), null, null);
		log.info("Demo board: {} advised cases, {} submitted, a meeting on {} with {} on its agenda, a draft", ADVISED,
				SUBMITTED.size(), nextWeek, placed);
		return meeting;
	}

	/**
	 * The case drafted, consented and submitted as a coordinator does; null if refused.
	 */
	private @Nullable BoardCase submitted(CaseIntake intake, LocalDate today) {
		try {
			BoardCase draft = this.cases.create(COORDINATOR, intake, null, null);
			BoardCase consented = this.cases.recordConsent(COORDINATOR, draft.id(), draft.version(),
					new ConsentRequest.Given(today, "iLTB-NL 3.1", false, true, true, true, true));
			BoardCase sent = this.cases.apply(COORDINATOR, draft.id(), CaseAction.SUBMIT, consented.version(), null);
			return this.cases.apply(COORDINATOR, draft.id(), CaseAction.VERIFY_CONSENT, sent.version(), null);
		}
		catch (IncompleteCaseException ex) {
			// An example that the board's rules refuse is left out, or stays a draft.
			log.info("Demo board: an example case was refused (fields {})",
					ex.problems().stream().map((problem) -> problem.field() + ":" + problem.code()).toList());
			return null;
		}
	}

	// The example with the intake's own fields laid over it, where the demo has them.
	private static CaseIntake read(String example) {
		ObjectNode tree = (ObjectNode) JSON.readTree(text("demo/" + example + ".json"));
		ClassPathResource overlay = new ClassPathResource("demo/" + example + ".intake.json");
		if (overlay.exists()) {
			tree.setAll((ObjectNode) JSON.readTree(text(overlay.getPath())));
		}
		return CaseJson.readIntake(tree.toString());
	}

	private static String text(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The demo cases are packaged with the application", ex);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

}
