package org.targetboard.prioritization.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.Intent;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.TestProfiles;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;
import org.targetboard.prioritization.knowledge.OptionType;
import org.targetboard.prioritization.risk.RelapseRisk;

/**
 * Each rule on its own: given a case and the options under consideration, the outcomes
 * and their reasons.
 */
class RulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static KnowledgeBase knowledge;

	@BeforeAll
	static void load() {
		knowledge = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
	}

	private static List<RuleOutcome> evaluate(PriorityRule rule, CaseProfile profile, String... options) {
		List<OptionView> views = java.util.Arrays.stream(options)
			.map((id) -> knowledge.drug(id)
				.map((drug) -> new OptionView(id, drug.type(), drug))
				.orElse(new OptionView(id, OptionType.HSCT, null)))
			.toList();
		return rule.evaluate(new RuleContext(profile, knowledge, knowledge.rule(rule.id()), views, Set.of(),
				RelapseRisk.assess(profile), TODAY));
	}

	@Test
	void resistanceRuleExcludesAbl1InhibitorsForT315I() {
		CaseProfile profile = TestProfiles.of(Diagnosis.BCP_ALL)
			.fusion("BCR::ABL1")
			.lesion(MolecularLesion.Type.SNV_INDEL, "ABL1", "p.T315I")
			.build();

		List<RuleOutcome> outcomes = evaluate(new ResistanceRule(), profile, "imatinib", "dasatinib", "ponatinib");

		assertThat(outcomes).filteredOn(RuleOutcome.Exclude.class::isInstance)
			.extracting((outcome) -> ((RuleOutcome.Exclude) outcome).optionId())
			.containsExactlyInAnyOrder("imatinib", "dasatinib", "nilotinib");
		assertThat(outcomes.get(0).reason().sources()).containsExactly("K");
	}

	@Test
	void cd19NegativeRuleExcludesEveryCd19DirectedOptionBelowTheThreshold() {
		List<RuleOutcome> negative = evaluate(new Cd19NegativeRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).marker("CD19", 3).build());
		List<RuleOutcome> positive = evaluate(new Cd19NegativeRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).marker("CD19", 25).build(), "blinatumomab");

		assertThat(negative).hasSize(2).allMatch(RuleOutcome.Exclude.class::isInstance);
		assertThat(negative.get(0).reason().text()).contains("3 % < 20 %");
		assertThat(positive).isEmpty();
	}

	@Test
	void cd19DimRuleOnlyFlagsCarTAfterCd19Therapy() {
		CaseProfile profile = TestProfiles.of(Diagnosis.BCP_ALL)
			.marker("CD19", 50)
			.had(TreatmentLine.Kind.CAR_T, "tisagenlecleucel", LocalDate.of(2025, 1, 1), TreatmentLine.Response.CR)
			.build();

		assertThat(evaluate(new Cd19DimRule(), profile, "tisagenlecleucel", "blinatumomab")).singleElement()
			.isInstanceOf(RuleOutcome.Flag.class);
	}

	@Test
	void cd22RulePenalisesBelowNinetyAndExcludesBelowTwenty() {
		assertThat(evaluate(new Cd22ExpressionRule(), TestProfiles.of(Diagnosis.BCP_ALL).marker("CD22", 70).build(),
				"inotuzumab-ozogamicin"))
			.singleElement()
			.isInstanceOf(RuleOutcome.Penalise.class);
		assertThat(evaluate(new Cd22ExpressionRule(), TestProfiles.of(Diagnosis.BCP_ALL).marker("CD22", 10).build()))
			.isNotEmpty()
			.allMatch(RuleOutcome.Exclude.class::isInstance);
		assertThat(evaluate(new Cd22ExpressionRule(), TestProfiles.of(Diagnosis.BCP_ALL).marker("CD22", 95).build(),
				"inotuzumab-ozogamicin"))
			.isEmpty();
	}

	@Test
	void blinatumomabNonResponsePenalisesOnlyCd19CarT() {
		CaseProfile profile = TestProfiles.of(Diagnosis.BCP_ALL)
			.had(TreatmentLine.Kind.IMMUNOTHERAPY, "blinatumomab", LocalDate.of(2025, 5, 1),
					TreatmentLine.Response.NO_RESPONSE)
			.build();

		assertThat(evaluate(new BlinatumomabNonResponseRule(), profile, "tisagenlecleucel", "blinatumomab"))
			.singleElement()
			.satisfies(
					(outcome) -> assertThat(((RuleOutcome.Penalise) outcome).optionId()).isEqualTo("tisagenlecleucel"));
	}

	@Test
	void earlyRelapseAfterHsctPenalisesCellTherapyWithinSixMonths() {
		CaseProfile early = TestProfiles.of(Diagnosis.BCP_ALL)
			.relapsedOn(LocalDate.of(2026, 10, 1))
			.had(TreatmentLine.Kind.HSCT, null, LocalDate.of(2026, 6, 1), null)
			.build();
		CaseProfile late = TestProfiles.of(Diagnosis.BCP_ALL)
			.relapsedOn(LocalDate.of(2026, 10, 1))
			.had(TreatmentLine.Kind.HSCT, null, LocalDate.of(2025, 6, 1), null)
			.build();

		assertThat(evaluate(new EarlyRelapseAfterHsctRule(), early, "tisagenlecleucel", "HSCT")).hasSize(2);
		assertThat(evaluate(new EarlyRelapseAfterHsctRule(), late, "tisagenlecleucel")).isEmpty();
	}

	@Test
	void highBurdenRulePenalisesCarTAtFiftyPercentBlasts() {
		assertThat(evaluate(new HighBurdenBeforeCarRule(), TestProfiles.of(Diagnosis.BCP_ALL).blasts(50).build(),
				"tisagenlecleucel", "blinatumomab"))
			.singleElement()
			.isInstanceOf(RuleOutcome.Penalise.class);
		assertThat(evaluate(new HighBurdenBeforeCarRule(), TestProfiles.of(Diagnosis.BCP_ALL).blasts(49).build(),
				"tisagenlecleucel"))
			.isEmpty();
	}

	@Test
	void nelarabineRuleExcludesOnlyAfterSevereNeurotoxicity() {
		CaseProfile neurotoxic = TestProfiles.of(Diagnosis.T_ALL)
			.had(TreatmentLine.Kind.CHEMOTHERAPY, "nelarabine", LocalDate.of(2025, 1, 1), TreatmentLine.Response.CR,
					"neurotoxicity")
			.build();
		CaseProfile tolerated = TestProfiles.of(Diagnosis.T_ALL)
			.had(TreatmentLine.Kind.CHEMOTHERAPY, "nelarabine", LocalDate.of(2025, 1, 1), TreatmentLine.Response.CR)
			.build();

		assertThat(evaluate(new NelarabineNeurotoxicityRule(), neurotoxic, "nelarabine")).singleElement()
			.isInstanceOf(RuleOutcome.Exclude.class);
		assertThat(evaluate(new NelarabineNeurotoxicityRule(), tolerated, "nelarabine")).isEmpty();
	}

	@Test
	void intentRuleFavoursOralForPalliationAndPenalisesSosRiskBeforeHsct() {
		List<RuleOutcome> palliative = evaluate(new IntentRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).intent(Intent.PALLIATIVE).build(), "dasatinib");
		List<RuleOutcome> bridging = evaluate(new IntentRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).intent(Intent.BRIDGE_TO_HSCT).build(), "inotuzumab-ozogamicin");

		assertThat(palliative).hasSize(2).allMatch(RuleOutcome.Support.class::isInstance);
		assertThat(bridging).anySatisfy((outcome) -> assertThat(outcome.reason().text())
			.contains("penalises a risk of sinusoidal obstruction syndrome"));
	}

	@Test
	void palliativeIntentExcludesCellTherapyAndHsct() {
		assertThat(evaluate(new PalliativeNoCellTherapyRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).intent(Intent.PALLIATIVE).build(), "tisagenlecleucel", "HSCT",
				"dasatinib"))
			.hasSize(2)
			.allMatch(RuleOutcome.Exclude.class::isInstance);
	}

	@Test
	void functionalRuleSupportsSensitiveDrugsAndIgnoresFailedQualityControl() {
		assertThat(evaluate(new FunctionalSupportRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).drp("dasatinib", 4, true).build(), "dasatinib"))
			.singleElement()
			.isInstanceOf(RuleOutcome.Support.class);
		assertThat(evaluate(new FunctionalSupportRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).drp("dasatinib", 4, false).build(), "dasatinib"))
			.singleElement()
			.isInstanceOf(RuleOutcome.Note.class);
		assertThat(evaluate(new FunctionalSupportRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).drp("dasatinib", 80, true).build(), "dasatinib"))
			.singleElement()
			.isInstanceOf(RuleOutcome.Penalise.class);
	}

	@Test
	void furtherDiagnosticsRuleAsksForWhatIsMissing() {
		assertThat(evaluate(new FurtherDiagnosticsRule(), TestProfiles.of(Diagnosis.AML).refractory().build()))
			.extracting((outcome) -> ((RuleOutcome.Propose) outcome).optionId())
			.containsExactly("DIAGNOSTICS-NGS", "DIAGNOSTICS-FLOW", "DIAGNOSTICS-DRP");
		assertThat(evaluate(new FurtherDiagnosticsRule(),
				TestProfiles.of(Diagnosis.AML)
					.relapse(1)
					.marker("CD33", 80)
					.bh3(Bh3Dependency.BCL2)
					.fusion("KMT2A::MLLT3")
					.build()))
			.isEmpty();
	}

	@Test
	void standardProtocolRuleStatesNoStandardForASecondRelapse() {
		List<RuleOutcome> secondRelapse = evaluate(new StandardRelapseProtocolRule(),
				TestProfiles.of(Diagnosis.BCP_ALL).build());

		assertThat(secondRelapse).singleElement().isInstanceOf(RuleOutcome.Note.class);
		assertThat(secondRelapse.get(0).reason().text()).contains("relapse number 2");
		assertThat(secondRelapse.get(0).reason().sources()).contains("S14", "S16");
	}

	@Test
	void subclonalRuleFlagsOptionsOfLowVafLesions() {
		CaseProfile profile = TestProfiles.of(Diagnosis.BCP_ALL).build();
		CaseProfile subclonal = new CaseProfile(profile.diagnosis(), 10, 6, "NL", 2, false, null, null, null, null,
				null, null, null, null, null, List.of(),
				List.of(new MolecularLesion(MolecularLesion.Type.SNV_INDEL, "NRAS", null, "p.G12D", 0.02, false, null)),
				List.of(), List.of(), List.of());

		assertThat(evaluate(new SubclonalRule(), subclonal, "trametinib")).singleElement()
			.isInstanceOf(RuleOutcome.Flag.class);
	}

}
