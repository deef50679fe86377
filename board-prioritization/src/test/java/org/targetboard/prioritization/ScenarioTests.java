package org.targetboard.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;
import org.targetboard.prioritization.trial.TrialMatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The clinical scenario table of {@code scenarios.yaml}: expected top options, exclusions
 * with reasons, risk groups, trial verdicts and unknowns, each scenario citing the rule
 * or source it exercises.
 */
class ScenarioTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static KnowledgeBase knowledge;

	private static PrioritizationEngine engine;

	@BeforeAll
	static void loadKnowledgeBase() {
		knowledge = KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES);
		engine = new PrioritizationEngine(knowledge);
	}

	static Stream<Arguments> scenarios() throws IOException {
		JsonNode file = file();
		List<Arguments> scenarios = new ArrayList<>();
		for (JsonNode scenario : file.get("scenarios")) {
			ObjectNode profile = ((ObjectNode) file.get("defaults")).deepCopy();
			scenario.get("case").properties().forEach((entry) -> profile.set(entry.getKey(), entry.getValue()));
			scenarios.add(Arguments.of(Named.of(scenario.get("id").asString(), scenario), profile));
		}
		return scenarios.stream();
	}

	private static JsonNode file() throws IOException {
		try (InputStream in = ScenarioTests.class.getClassLoader().getResourceAsStream("scenarios.yaml")) {
			return YAML.readTree(in);
		}
	}

	private static final java.util.Set<String> EXPECT_KEYS = java.util.Set.of("first", "top3", "notTop3", "present",
			"absent", "excluded", "reasons", "noReasons", "evidence", "functional", "intent", "bfm", "nct05827549",
			"standard", "trials", "eligibleFrom", "unknown", "notes");

	@Test
	void coversAtLeastFortyScenariosEachCitingAKnownRuleEntryOrSource() throws IOException {
		JsonNode scenarios = file().get("scenarios");
		assertThat(scenarios.size()).isGreaterThanOrEqualTo(40);
		for (JsonNode scenario : scenarios) {
			assertThat(scenario.get("cites").size()).as(scenario.get("id").asString()).isPositive();
			for (JsonNode cite : scenario.get("cites")) {
				String id = cite.asString();
				boolean known = knowledge.source(id).isPresent() || knowledge.hasRule(id)
						|| knowledge.event(id).isPresent()
						|| knowledge.resistance().stream().anyMatch((entry) -> entry.id().equals(id));
				assertThat(known).as(scenario.get("id").asString() + " cites " + id).isTrue();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void ranksTheScenarioAsExpected(JsonNode scenario, ObjectNode profile) throws IOException {
		PrioritizationResult result = engine.prioritize(CaseJson.readProfile(profile.toString()), LocalDate
			.parse((scenario.has("date") ? scenario.get("date") : file().get("assessmentDate")).asString()));
		JsonNode expect = scenario.get("expect");
		// A misspelt key would assert nothing: every key must be one this test reads.
		expect.propertyNames()
			.forEach((key) -> assertThat(EXPECT_KEYS).as(scenario.get("id").asString() + " expects " + key)
				.contains(key));
		// Every scenario says which option comes first: a scenario that only checks a
		// side
		// effect would not notice when the ranking around it goes wrong.
		assertThat(expect.has("first")).as(scenario.get("id").asString() + " names its first option").isTrue();
		List<String> ranked = result.options().stream().map(RankedOption::optionId).toList();
		List<String> top3 = ranked.stream().limit(3).toList();
		List<String> proposed = new ArrayList<>(ranked);
		result.alongside().forEach((option) -> proposed.add(option.optionId()));
		String context = scenario.get("id").asString() + " → " + ranked;

		if (expect.has("first")) {
			assertThat(ranked).as(context).first().isEqualTo(expect.get("first").asString());
		}
		values(expect, "top3").forEach((id) -> assertThat(top3).as(context).contains(id));
		values(expect, "notTop3").forEach((id) -> assertThat(top3).as(context).doesNotContain(id));
		values(expect, "present").forEach((id) -> assertThat(proposed).as(context).contains(id));
		values(expect, "absent").forEach((id) -> assertThat(proposed).as(context).doesNotContain(id));
		entries(expect, "excluded")
			.forEach((id, text) -> assertThat(result.excluded()).as(context).anySatisfy((excluded) -> {
				assertThat(excluded.optionId()).isEqualTo(id);
				assertThat(excluded.reasons()).anySatisfy((reason) -> assertThat(reason.text()).contains(text));
			}));
		entries(expect, "reasons")
			.forEach((id, rule) -> assertThat(reasonsOf(option(result, id, context))).as(context + " reasons of " + id)
				.contains(rule));
		entries(expect, "noReasons")
			.forEach((id, rule) -> assertThat(reasonsOf(option(result, id, context))).as(context).doesNotContain(rule));
		entries(expect, "evidence").forEach(
				(id, dnpm) -> assertThat(option(result, id, context).evidence().dnpm()).as(context).isEqualTo(dnpm));
		entries(expect, "functional")
			.forEach((id, value) -> assertThat(option(result, id, context).key().functionalSupport())
				.isEqualTo(Integer.parseInt(value)));
		entries(expect, "intent").forEach((id, value) -> assertThat(option(result, id, context).key().intentFit())
			.isEqualTo(Integer.parseInt(value)));
		if (expect.has("bfm")) {
			assertThat(Optional.ofNullable(result.risk().bfmGroup()).orElse("none")).as(context)
				.isEqualTo(expect.get("bfm").asString());
		}
		if (expect.has("nct05827549")) {
			assertThat(Optional.ofNullable(result.risk().nct05827549Group()).orElse("none")).as(context)
				.isEqualTo(expect.get("nct05827549").asString());
		}
		if (expect.has("standard")) {
			assertThat(result.standardOfCare().exists()).as(context).isEqualTo(expect.get("standard").asBoolean());
		}
		entries(expect, "trials").forEach((id, verdict) -> assertThat(trial(result, id).verdict().name())
			.as(context + " " + id + " " + trial(result, id).criteria())
			.isEqualTo(verdict));
		entries(expect, "eligibleFrom")
			.forEach((id, date) -> assertThat(trial(result, id).eligibleFrom()).isEqualTo(LocalDate.parse(date)));
		values(expect, "unknown").forEach((text) -> assertThat(result.notInKnowledgeBase()).as(context)
			.anySatisfy((item) -> assertThat(item.item() + ": " + item.explanation()).contains(text)));
		values(expect, "notes").forEach((text) -> assertThat(result.notes()).as(context)
			.anySatisfy((note) -> assertThat(note.text()).contains(text)));
	}

	private static RankedOption option(PrioritizationResult result, String id, String context) {
		return Stream.concat(result.options().stream(), result.alongside().stream())
			.filter((option) -> option.optionId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("option " + id + " not ranked: " + context));
	}

	private static TrialMatch trial(PrioritizationResult result, String id) {
		return result.trials()
			.stream()
			.filter((trial) -> trial.trialId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("trial " + id + " not listed"));
	}

	private static List<String> reasonsOf(RankedOption option) {
		List<String> rules = new ArrayList<>();
		option.reasons().forEach((reason) -> rules.add(reason.ruleId()));
		option.warnings().forEach((reason) -> rules.add(reason.ruleId()));
		return rules;
	}

	private static List<String> values(JsonNode expect, String name) {
		List<String> values = new ArrayList<>();
		if (expect.has(name)) {
			expect.get(name).forEach((value) -> values.add(value.asString()));
		}
		return values;
	}

	private static Map<String, String> entries(JsonNode expect, String name) {
		Map<String, String> entries = new java.util.LinkedHashMap<>();
		if (expect.has(name)) {
			expect.get(name).properties().forEach((entry) -> entries.put(entry.getKey(), entry.getValue().asString()));
		}
		return entries;
	}

}
