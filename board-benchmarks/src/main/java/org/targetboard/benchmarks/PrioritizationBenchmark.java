package org.targetboard.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.impact.KnowledgeBaseImpact;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;

/**
 * Ranking speed: a typical case (about 10 events, 5 history lines) against the full
 * knowledge base, and the impact report over 10,000 synthetic cases (each ranked under
 * two knowledge-base versions).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class PrioritizationBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	KnowledgeBase knowledge;

	PrioritizationEngine engine;

	CaseProfile typical;

	List<KnowledgeBaseImpact.NamedCase> registry;

	@Setup
	public void setUp() {
		this.knowledge = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
		this.engine = new PrioritizationEngine(this.knowledge);
		this.typical = typicalCase();
		this.registry = syntheticCases(10_000, 42);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public PrioritizationResult rankTypicalCase() {
		return this.engine.prioritize(this.typical, TODAY);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 5)
	@Measurement(iterations = 5)
	public KnowledgeBaseImpact.Report impactReportOverTenThousandCases() {
		return KnowledgeBaseImpact.compare(this.knowledge, this.knowledge, this.registry, TODAY);
	}

	/**
	 * A multiply relapsed BCP-ALL after HSCT and CAR-T: 10 events' worth of input, 5
	 * history lines.
	 */
	static CaseProfile typicalCase() {
		return new CaseProfile(Diagnosis.BCP_ALL, 11, 6, "NL", 3, false, LocalDate.of(2020, 3, 2),
				LocalDate.of(2022, 6, 30), LocalDate.of(2026, 10, 12), RelapseSite.ISOLATED_MARROW, 62.0, null, null,
				Intent.BRIDGE_TO_HSCT, 80,
				List.of(line(TreatmentLine.Kind.CHEMOTHERAPY, "vincristine", 2022, TreatmentLine.Response.CR),
						line(TreatmentLine.Kind.CHEMOTHERAPY, "cytarabine", 2023, TreatmentLine.Response.CR),
						line(TreatmentLine.Kind.IMMUNOTHERAPY, "blinatumomab", 2023,
								TreatmentLine.Response.NO_RESPONSE),
						line(TreatmentLine.Kind.HSCT, null, 2024, null),
						new TreatmentLine(TreatmentLine.Kind.CAR_T, List.of("tisagenlecleucel"),
								LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2), TreatmentLine.Response.CR, "CD19",
								List.of())),
				List.of(lesion(MolecularLesion.Type.FUSION, "P2RY8::CRLF2", null, null),
						lesion(MolecularLesion.Type.SNV_INDEL, "JAK2", "p.R683G", 0.41),
						lesion(MolecularLesion.Type.SNV_INDEL, "KRAS", "p.G12D", 0.06),
						lesion(MolecularLesion.Type.DELETION, "CDKN2A", null, null),
						lesion(MolecularLesion.Type.SNV_INDEL, "TP53", "p.R248Q", 0.3)),
				List.of(marker("CD19", 3), marker("CD22", 96), marker("CD38", 40)),
				List.of(new DrugResponse("ruxolitinib", DrugResponse.Assay.DRP, "AUC", 0.2, null, 6.0,
						DrugResponse.Call.SENSITIVE, true)),
				List.of(Bh3Dependency.BCL2));
	}

	/**
	 * Clinically plausible variety: diagnoses, relapse numbers, lesions and markers drawn
	 * at random (seeded).
	 */
	static List<KnowledgeBaseImpact.NamedCase> syntheticCases(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Diagnosis[] diagnoses = { Diagnosis.BCP_ALL, Diagnosis.BCP_ALL, Diagnosis.T_ALL, Diagnosis.AML, Diagnosis.MPAL,
				Diagnosis.ALCL };
		String[][] lesions = { { "FUSION", "BCR::ABL1" }, { "FUSION", "KMT2A::AFF1" }, { "SNV_INDEL", "NRAS" },
				{ "SNV_INDEL", "FLT3" }, { "SNV_INDEL", "NPM1" }, { "DELETION", "CDKN2A" }, { "SNV_INDEL", "TP53" },
				{ "FUSION", "NUP214::ABL1" }, { "REARRANGEMENT", "CRLF2" }, { "FUSION", "NPM1::ALK" } };
		String[] markers = { "CD19", "CD22", "CD7", "CD33", "CD38", "CD123", "CD30" };
		List<KnowledgeBaseImpact.NamedCase> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<MolecularLesion> found = new ArrayList<>();
			for (int l = 0; l < 1 + random.nextInt(3); l++) {
				String[] lesion = lesions[random.nextInt(lesions.length)];
				found.add(lesion(MolecularLesion.Type.valueOf(lesion[0]), lesion[1], null,
						0.05 + random.nextDouble() * 0.5));
			}
			List<MarkerResult> measured = new ArrayList<>();
			for (int m = 0; m < 1 + random.nextInt(3); m++) {
				measured.add(marker(markers[random.nextInt(markers.length)], random.nextInt(101)));
			}
			int relapse = 1 + random.nextInt(3);
			CaseProfile profile = new CaseProfile(diagnoses[random.nextInt(diagnoses.length)], 1 + random.nextInt(24),
					random.nextInt(18), "NL", relapse, random.nextInt(4) == 0, LocalDate.of(2020, 1, 1),
					LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1500)),
					RelapseSite.values()[random.nextInt(3)], (double) random.nextInt(100), null, null,
					Intent.values()[random.nextInt(4)], 50 + random.nextInt(51), List.of(), found, measured, List.of(),
					List.of());
			cases.add(new KnowledgeBaseImpact.NamedCase("SYN-" + i, profile));
		}
		return cases;
	}

	private static TreatmentLine line(TreatmentLine.Kind kind, String agent, int year,
			TreatmentLine.Response response) {
		return new TreatmentLine(kind, (agent == null) ? List.of() : List.of(agent), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 3, 1), response, null, List.of());
	}

	private static MolecularLesion lesion(MolecularLesion.Type type, String gene, String change, Double vaf) {
		return new MolecularLesion(type, gene, null, change, vaf, false, null);
	}

	private static MarkerResult marker(String marker, double percent) {
		return new MarkerResult(marker, percent, null, "flow cytometry", null, null);
	}

}
