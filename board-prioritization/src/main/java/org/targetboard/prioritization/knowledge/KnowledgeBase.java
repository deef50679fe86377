package org.targetboard.prioritization.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.HgncIds;

/**
 * One loaded, validated version of the knowledge base, indexed for the engine. Immutable
 * and safe to share.
 */
public final class KnowledgeBase {

	private final Header header;

	private final String contentHash;

	private final Map<String, Source> sources;

	private final Map<String, Drug> drugs;

	private final List<ActionableEvent> events;

	private final Map<String, ActionableEvent> eventsById;

	private final Map<Diagnosis, List<ActionableEvent>> eventsByDisease;

	private final List<ResistanceEntry> resistance;

	private final Map<String, RuleSettings> rules;

	private final List<Trial> trials;

	private final HgncIds genes;

	private final Set<String> markers;

	KnowledgeBase(Header header, String contentHash, List<Source> sources, List<Drug> drugs,
			List<ActionableEvent> events, List<ResistanceEntry> resistance, List<RuleSettings> rules,
			List<Trial> trials, HgncIds genes, Set<String> markers) {
		this.header = header;
		this.contentHash = contentHash;
		this.sources = index(sources, Source::id);
		this.drugs = index(drugs, Drug::id);
		this.events = List.copyOf(events);
		this.eventsById = index(events, ActionableEvent::id);
		Map<Diagnosis, List<ActionableEvent>> byDisease = new HashMap<>();
		for (Diagnosis diagnosis : Diagnosis.values()) {
			List<ActionableEvent> applicable = new ArrayList<>();
			for (ActionableEvent event : events) {
				if (event.diseases().contains(diagnosis)) {
					applicable.add(event);
				}
			}
			byDisease.put(diagnosis, List.copyOf(applicable));
		}
		this.eventsByDisease = Map.copyOf(byDisease);
		this.resistance = List.copyOf(resistance);
		this.rules = index(rules, RuleSettings::id);
		this.trials = List.copyOf(trials);
		this.genes = genes;
		this.markers = Set.copyOf(markers);
	}

	private static <T> Map<String, T> index(List<T> entries, java.util.function.Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		entries.forEach((entry) -> map.put(id.apply(entry), entry));
		return Collections.unmodifiableMap(map);
	}

	/** The curators' version identifier. */
	public String version() {
		return this.header.version();
	}

	/**
	 * SHA-256 over all files, so that two copies with the same version but different
	 * content are told apart.
	 */
	public String contentHash() {
		return this.contentHash;
	}

	public Header header() {
		return this.header;
	}

	public Optional<Drug> drug(String id) {
		return Optional.ofNullable(this.drugs.get(id));
	}

	public Drug requireDrug(String id) {
		Drug drug = this.drugs.get(id);
		if (drug == null) {
			throw new IllegalArgumentException("Unknown drug " + id);
		}
		return drug;
	}

	public List<ActionableEvent> events() {
		return this.events;
	}

	/** The events whose entries apply to the diagnosis. */
	public List<ActionableEvent> eventsFor(Diagnosis diagnosis) {
		return this.eventsByDisease.get(diagnosis);
	}

	public Optional<ActionableEvent> event(String id) {
		return Optional.ofNullable(this.eventsById.get(id));
	}

	public List<ResistanceEntry> resistance() {
		return this.resistance;
	}

	/**
	 * A rule's settings.
	 * @throws KnowledgeBaseException if the rule is not configured
	 */
	public RuleSettings rule(String id) {
		RuleSettings settings = this.rules.get(id);
		if (settings == null) {
			throw new KnowledgeBaseException("rules.yaml", id, "no settings for this engine rule");
		}
		return settings;
	}

	public boolean hasRule(String id) {
		return this.rules.containsKey(id);
	}

	public List<Trial> trials() {
		return this.trials;
	}

	public Optional<Source> source(String id) {
		return Optional.ofNullable(this.sources.get(id));
	}

	public Map<String, Source> sources() {
		return this.sources;
	}

	public Map<String, Drug> drugs() {
		return this.drugs;
	}

	/** Whether the gene symbol is known to the knowledge base. */
	public boolean knowsGene(String gene) {
		return this.genes.bySymbol().containsKey(gene);
	}

	/** Whether the marker is known to the knowledge base. */
	public boolean knowsMarker(String marker) {
		return this.markers.contains(marker);
	}

	/** The known gene symbols, sorted. */
	public List<String> genes() {
		return this.genes.bySymbol().keySet().stream().sorted().toList();
	}

	/** The HGNC id of each known gene, for exchange formats. */
	public HgncIds hgncIds() {
		return this.genes;
	}

}
