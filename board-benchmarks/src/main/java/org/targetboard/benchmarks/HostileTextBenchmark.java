package org.targetboard.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IdentifierScreen;
import org.targetboard.core.intake.IntakeCheck;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.prioritization.json.CaseJson;

/**
 * 100 kB of hostile text (issue 16: the old identifier screen took 12 s for 40 kB and
 * never returned for 100 kB). {@code refuseCase}: a case whose question is 100 kB, read
 * from JSON and refused by the draft rules, as the API does before anything else;
 * {@code screenText}: the identifier screen itself over 100 kB, for texts that reach it.
 * Each pattern is one that made a backtracking pattern quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HostileTextBenchmark {

	@Param({ "a", "1 ", "a@", "1-" })
	public String unit;

	private String text;

	private String caseJson;

	@Setup
	public void build() {
		this.text = this.unit.repeat(100_000 / this.unit.length());
		this.caseJson = "{\"diagnosis\": \"BCP_ALL\", \"relapseNumber\": 1, \"questionToBoard\": \"" + this.text
				+ "\"}";
	}

	@Benchmark
	public List<IntakeProblem> refuseCase() {
		CaseIntake intake = CaseJson.readIntake(this.caseJson);
		List<IntakeProblem> problems = IntakeCheck.forDraft(intake, LocalDate.of(2026, 12, 1));
		if (problems.isEmpty()) {
			throw new IllegalStateException("100 kB must be refused");
		}
		return problems;
	}

	@Benchmark
	public List<IntakeProblem> screenText() {
		return IdentifierScreen.screen(Map.of("questionToBoard", this.text));
	}

}
