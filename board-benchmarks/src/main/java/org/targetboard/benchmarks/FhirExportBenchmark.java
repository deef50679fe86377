package org.targetboard.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.AdviceStatus;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.CaseSummary;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.consent.Consent;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.profile.HgncIds;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.fhir.FhirCase;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

/**
 * Export of one case as a FHIR Bundle in JSON, warm: the multiply relapsed BCP-ALL of
 * {@code docs/examples} with consent and an issued advice of three options.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class FhirExportBenchmark {

	private FhirCase fhirCase;

	private HgncIds genes;

	@Setup
	public void load() {
		CaseIntake intake;
		try {
			intake = CaseJson
				.readIntake(Files.readString(Path.of("docs/examples/bcp-all-post-cart-cd19-negative.json")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PublicCaseId id = new PublicCaseId(UUID.randomUUID());
		BoardCase boardCase = new BoardCase(id, Pseudonym.parse("NL-2026-0042"), new CentreCode("NL"),
				CaseStatus.ADVICE_ISSUED, 7, new CaseSummary(intake.diagnosis(), intake.relapseNumber(),
						intake.ageYears(), intake.ageMonths(), null),
				Instant.now(), Instant.now());
		Advice advice = new Advice(UUID.randomUUID(), id, 1, AdviceStatus.ISSUED, new AdviceDraft("Summary", List.of(
				new AdviceOption(AdviceOptionType.TRIAL, "Trial", "Open in NL",
						EvidenceGrade.parse("m2B").orElseThrow(), "NCT05270096", "B", null, "t", 1),
				new AdviceOption(AdviceOptionType.IMMUNOTHERAPY, "Inotuzumab", "CD22",
						EvidenceGrade.parse("m1B Z").orElseThrow(), null, null, null, "ino", 2),
				new AdviceOption(AdviceOptionType.HSCT, "HSCT", "Consolidation", null, null, null, null, null, null)),
				null), null, 1, 0, Instant.now(), "chair", Instant.now(), "chair", "TB-NL-2026-0042-A1", "a", "b",
				java.time.LocalDate.of(2026, 11, 2));
		this.genes = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES).hgncIds();
		this.fhirCase = new FhirCase(boardCase, intake,
				new Consent(LocalDate.of(2026, 10, 1), "1", false, true, false, true, true, null), null,
				List.of(advice), List.of());
	}

	@Benchmark
	public String exportOneCase() {
		return CaseBundles.json(CaseBundles.export(this.fhirCase, this.genes));
	}

}
