package org.targetboard.prioritization.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.HgncIds;
import org.targetboard.core.evidence.EvidenceLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the knowledge base from the files shipped in this module or from a directory, and
 * validates it: every reference resolves, every entry cites a known source and carries a
 * review date, every threshold is in range. A problem fails the load with the file, the
 * entry and the problem named.
 */
public final class KnowledgeBaseLoader {

	/** The files of a knowledge base, in hashing order. */
	public static final List<String> FILES = List.of("knowledge-base.yaml", "sources.yaml", "genes.yaml", "drugs.yaml",
			"events.yaml", "resistance.yaml", "rules.yaml", "trials.yaml");

	private static final String BUNDLED = "knowledge-base/";

	private static final Set<String> RANKING_CRITERIA = Set.of("feasibility", "standard", "situation", "evidence",
			"trial", "functional", "intent", "toxicity");

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Absent flags (booleans) mean false.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	record SourcesFile(List<Source> sources) {
	}

	/** Each gene with its HGNC id, the day the ids were last checked, and the markers. */
	record GenesFile(Map<String, String> genes, java.time.LocalDate hgncChecked, List<String> markers) {
	}

	record DrugsFile(List<Drug> drugs) {
	}

	record EventsFile(List<ActionableEvent> events) {
	}

	record ResistanceFile(List<ResistanceEntry> resistance) {
	}

	record RulesFile(List<RuleSettings> rules) {
	}

	record TrialsFile(List<Trial> trials) {
	}

	private KnowledgeBaseLoader() {
	}

	/**
	 * The knowledge base shipped with the engine.
	 * @param requiredRules rule ids the engine will ask for
	 */
	public static KnowledgeBase loadBundled(Collection<String> requiredRules) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : FILES) {
			try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
				if (in == null) {
					throw new KnowledgeBaseException(name, "(whole file)", "missing from the bundled knowledge base");
				}
				files.put(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new KnowledgeBaseException(name, "cannot be read", ex);
			}
		}
		return load(files, requiredRules);
	}

	/**
	 * A knowledge base from a directory holding the files of {@link #FILES}.
	 * @param requiredRules rule ids the engine will ask for
	 */
	public static KnowledgeBase loadFrom(Path directory, Collection<String> requiredRules) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : FILES) {
			Path file = directory.resolve(name);
			try {
				files.put(name, Files.readAllBytes(file));
			}
			catch (IOException ex) {
				throw new KnowledgeBaseException(name, "cannot be read from " + directory, ex);
			}
		}
		return load(files, requiredRules);
	}

	static KnowledgeBase load(Map<String, byte[]> files, Collection<String> requiredRules) {
		Header header = read(files, "knowledge-base.yaml", Header.class);
		SourcesFile sources = read(files, "sources.yaml", SourcesFile.class);
		GenesFile genes = read(files, "genes.yaml", GenesFile.class);
		if (genes.genes().containsValue(null)) {
			throw new KnowledgeBaseException("genes.yaml", "genes", "every gene needs its HGNC id");
		}
		HgncIds hgnc;
		try {
			hgnc = new HgncIds(genes.genes());
		}
		catch (IllegalArgumentException ex) {
			throw new KnowledgeBaseException("genes.yaml", "genes", ex.getMessage());
		}
		if (genes.hgncChecked() == null) {
			throw new KnowledgeBaseException("genes.yaml", "hgncChecked",
					"the day the HGNC ids were checked is missing");
		}
		DrugsFile drugs = read(files, "drugs.yaml", DrugsFile.class);
		EventsFile events = read(files, "events.yaml", EventsFile.class);
		ResistanceFile resistance = read(files, "resistance.yaml", ResistanceFile.class);
		RulesFile rules = read(files, "rules.yaml", RulesFile.class);
		TrialsFile trials = read(files, "trials.yaml", TrialsFile.class);

		Validation check = new Validation(sources.sources());
		check.header(header);
		Set<String> drugIds = check.unique("drugs.yaml", drugs.drugs().stream().map(Drug::id).toList());
		for (Drug drug : drugs.drugs()) {
			check.cited("drugs.yaml", drug.id(), drug.sources(), drug.reviewed());
		}
		Set<String> eventIds = check.unique("events.yaml", events.events().stream().map(ActionableEvent::id).toList());
		for (ActionableEvent event : events.events()) {
			check.cited("events.yaml", event.id(), event.sources(), event.reviewed());
			check.match("events.yaml", event.id(), event.match());
			check.notEmpty("events.yaml", event.id(), "diseases", event.diseases());
			for (ActionableEvent.Option option : event.options()) {
				check.known("events.yaml", event.id(), "drug", option.drug(), drugIds);
				check.cited("events.yaml", event.id() + " / " + option.drug(), option.sources(), event.reviewed());
			}
		}
		check.unique("resistance.yaml", resistance.resistance().stream().map(ResistanceEntry::id).toList());
		for (ResistanceEntry entry : resistance.resistance()) {
			check.cited("resistance.yaml", entry.id(), entry.sources(), entry.reviewed());
			check.match("resistance.yaml", entry.id(), entry.match());
			check.notEmpty("resistance.yaml", entry.id(), "drugs", entry.drugs());
			entry.drugs().forEach((drug) -> check.known("resistance.yaml", entry.id(), "drug", drug, drugIds));
		}
		Set<String> ruleIds = check.unique("rules.yaml", rules.rules().stream().map(RuleSettings::id).toList());
		for (RuleSettings rule : rules.rules()) {
			check.cited("rules.yaml", rule.id(), rule.sources(), rule.reviewed());
		}
		for (String required : requiredRules) {
			if (!ruleIds.contains(required)) {
				throw new KnowledgeBaseException("rules.yaml", required, "no settings for this engine rule");
			}
		}
		Set<String> trialIds = check.unique("trials.yaml", trials.trials().stream().map(Trial::id).toList());
		List<Trial> resolvedTrials = new ArrayList<>();
		for (Trial trial : trials.trials()) {
			check.cited("trials.yaml", trial.id(), trial.sources(), trial.reviewed());
			Trial.Eligibility eligibility = trial.eligibility();
			String inherited = eligibility.inherit();
			if (inherited != null) {
				check.known("trials.yaml", trial.id(), "inherited trial", inherited, trialIds);
				Trial base = trials.trials()
					.stream()
					.filter((other) -> other.id().equals(inherited))
					.findFirst()
					.orElseThrow();
				eligibility = eligibility.inheritFrom(base.eligibility());
			}
			check.eligibility(trial.id(), eligibility, eventIds);
			trial.drugs().forEach((drug) -> check.known("trials.yaml", trial.id(), "drug", drug, drugIds));
			if (trial.genericArm() && trial.evidence() == null) {
				throw new KnowledgeBaseException("trials.yaml", trial.id(), "a generic arm needs its evidence");
			}
			checkHistory(trial);
			resolvedTrials.add(new Trial(trial.id(), trial.title(), trial.nct(), trial.euCt(), trial.phase(),
					trial.status(), trial.arm(), trial.drugs(), trial.genericArm(), trial.screening(),
					trial.standardOfCare(), trial.evidence(), eligibility, trial.countries(), trial.sources(),
					trial.reviewed(), trial.statusHistory()));
		}
		return new KnowledgeBase(header, hash(files), sources.sources(), drugs.drugs(), events.events(),
				resistance.resistance(), rules.rules(), resolvedTrials, hgnc, Set.copyOf(genes.markers()));
	}

	/** A status history is in date order and ends in the trial's current status. */
	private static void checkHistory(Trial trial) {
		List<Trial.StatusChange> history = trial.statusHistory();
		for (int i = 0; i < history.size(); i++) {
			if (history.get(i).date() == null || history.get(i).status() == null) {
				throw new KnowledgeBaseException("trials.yaml", trial.id(),
						"a status change needs a date and a status");
			}
			if (i > 0 && !history.get(i).date().isAfter(history.get(i - 1).date())) {
				throw new KnowledgeBaseException("trials.yaml", trial.id(), "statusHistory must be in date order");
			}
		}
		if (!history.isEmpty() && history.get(history.size() - 1).status() != trial.status()) {
			throw new KnowledgeBaseException("trials.yaml", trial.id(),
					"the last entry of statusHistory must be the current status " + trial.status());
		}
	}

	private static <T> T read(Map<String, byte[]> files, String name, Class<T> type) {
		try {
			T value = YAML.readValue(files.get(name), type);
			if (value == null) {
				throw new KnowledgeBaseException(name, "(whole file)", "is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new KnowledgeBaseException(name, "cannot be parsed: " + ex.getOriginalMessage() + " at "
					+ ex.getPathReference() + " (line " + lineOf(ex) + ")", ex);
		}
	}

	private static String lineOf(JacksonException ex) {
		return (ex.getLocation() != null) ? Integer.toString(ex.getLocation().getLineNr()) : "?";
	}

	private static String hash(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String name : FILES) {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(files.get(name));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The checks, each failing with file, entry and problem. */
	private static final class Validation {

		private final Set<String> sourceIds = new HashSet<>();

		Validation(List<Source> sources) {
			for (Source source : sources) {
				if (!this.sourceIds.add(source.id())) {
					throw new KnowledgeBaseException("sources.yaml", source.id(), "duplicate id");
				}
				if (source.citation() == null || source.citation().isBlank()) {
					throw new KnowledgeBaseException("sources.yaml", source.id(), "no citation");
				}
			}
		}

		void header(Header header) {
			if (header.version() == null || header.version().isBlank()) {
				throw new KnowledgeBaseException("knowledge-base.yaml", "version", "missing");
			}
			List<String> order = header.ranking().order();
			if (order.size() != RANKING_CRITERIA.size() || !Set.copyOf(order).equals(RANKING_CRITERIA)) {
				throw new KnowledgeBaseException("knowledge-base.yaml", "ranking.order",
						"must list each of " + RANKING_CRITERIA + " exactly once");
			}
			for (EvidenceLevel level : EvidenceLevel.values()) {
				if (!header.ranking().evidenceRank().containsKey(level)) {
					throw new KnowledgeBaseException("knowledge-base.yaml", "ranking.evidenceRank",
							"no rank for " + level);
				}
			}
		}

		Set<String> unique(String file, List<String> ids) {
			Set<String> seen = new HashSet<>();
			for (String id : ids) {
				if (id == null || id.isBlank()) {
					throw new KnowledgeBaseException(file, "?", "an entry has no id");
				}
				if (!seen.add(id)) {
					throw new KnowledgeBaseException(file, id, "duplicate id");
				}
			}
			return seen;
		}

		void cited(String file, String entry, List<String> sources, java.time.@Nullable LocalDate reviewed) {
			if (sources.isEmpty()) {
				throw new KnowledgeBaseException(file, entry, "missing source");
			}
			for (String source : sources) {
				if (!this.sourceIds.contains(source)) {
					throw new KnowledgeBaseException(file, entry, "unknown source '" + source + "'");
				}
			}
			if (reviewed == null) {
				throw new KnowledgeBaseException(file, entry, "missing review date");
			}
		}

		void known(String file, String entry, String what, String id, Set<String> known) {
			if (!known.contains(id)) {
				throw new KnowledgeBaseException(file, entry, "unknown " + what + " '" + id + "'");
			}
		}

		void notEmpty(String file, String entry, String what, List<?> list) {
			if (list.isEmpty()) {
				throw new KnowledgeBaseException(file, entry, "no " + what);
			}
		}

		void match(String file, String entry, @Nullable LesionMatch match) {
			if (match == null) {
				throw new KnowledgeBaseException(file, entry, "no match");
			}
			int ways = (match.isLesionMatch() ? 1 : 0) + ((match.marker() != null) ? 1 : 0)
					+ ((match.bh3() != null) ? 1 : 0) + (match.lineage() ? 1 : 0);
			if (ways != 1) {
				throw new KnowledgeBaseException(file, entry,
						"match must use exactly one of lesion kinds, marker, bh3 or lineage");
			}
			if (match.isLesionMatch() && match.genes().isEmpty()) {
				throw new KnowledgeBaseException(file, entry, "a lesion match needs genes");
			}
			if (match.minPercent() != null && (match.minPercent() < 0 || match.minPercent() > 100)) {
				throw new KnowledgeBaseException(file, entry, "bad threshold: minPercent must be 0–100");
			}
		}

		void eligibility(String trial, Trial.Eligibility eligibility, Set<String> eventIds) {
			notEmpty("trials.yaml", trial, "diseases", eligibility.diseases());
			for (Trial.AgeRange range : new Trial.AgeRange[] { eligibility.ageAtDiagnosis(),
					eligibility.ageAtInclusion() }) {
				if (range != null && range.min() != null && range.maxExclusive() != null
						&& range.min() >= range.maxExclusive()) {
					throw new KnowledgeBaseException("trials.yaml", trial, "bad threshold: empty age range");
				}
			}
			for (Trial.MarkerRequirement marker : eligibility.markers()) {
				if (marker.minPercent() < 0 || marker.minPercent() > 100) {
					throw new KnowledgeBaseException("trials.yaml", trial,
							"bad threshold: " + marker.marker() + " minPercent must be 0–100");
				}
			}
			if (eligibility.minPerformance() != null
					&& (eligibility.minPerformance() < 0 || eligibility.minPerformance() > 100)) {
				throw new KnowledgeBaseException("trials.yaml", trial, "bad threshold: minPerformance must be 0–100");
			}
			eligibility.requiresAnyEvent().forEach((event) -> known("trials.yaml", trial, "event", event, eventIds));
			for (Trial.Category category : eligibility.categories()) {
				category.requiresAnyEvent().forEach((event) -> known("trials.yaml", trial, "event", event, eventIds));
			}
			for (Trial.PriorExclusion prior : eligibility.excludedPrior()) {
				if (prior.withinDays() != null && prior.withinDays() < 0) {
					throw new KnowledgeBaseException("trials.yaml", trial, "bad threshold: negative wash-out");
				}
			}
		}

	}

}
