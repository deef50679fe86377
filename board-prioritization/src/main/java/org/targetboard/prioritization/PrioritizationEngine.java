package org.targetboard.prioritization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.DrugResponse;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.prioritization.PrioritizationResult.ExcludedOption;
import org.targetboard.prioritization.PrioritizationResult.RankedEvent;
import org.targetboard.prioritization.PrioritizationResult.RankedOption;
import org.targetboard.prioritization.PrioritizationResult.StandardOfCare;
import org.targetboard.prioritization.PrioritizationResult.UnknownItem;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.core.evidence.EvidenceModifier;
import org.targetboard.prioritization.knowledge.ActionableEvent;
import org.targetboard.prioritization.knowledge.Drug;
import org.targetboard.prioritization.knowledge.Header;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.OptionType;
import org.targetboard.prioritization.knowledge.Trial;
import org.targetboard.prioritization.ranking.OptionOrder;
import org.targetboard.prioritization.ranking.RankingKey;
import org.targetboard.prioritization.risk.RelapseRisk;
import org.targetboard.prioritization.risk.RiskAssessment;
import org.targetboard.prioritization.rule.BlinatumomabNonResponseRule;
import org.targetboard.prioritization.rule.Cd19BridgingBeforeCarRule;
import org.targetboard.prioritization.rule.Cd19DimRule;
import org.targetboard.prioritization.rule.Cd19NegativeRule;
import org.targetboard.prioritization.rule.Cd22ExpressionRule;
import org.targetboard.prioritization.rule.EarlyRelapseAfterHsctRule;
import org.targetboard.prioritization.rule.ExtramedullaryTherapyRule;
import org.targetboard.prioritization.rule.FunctionalSupportRule;
import org.targetboard.prioritization.rule.FurtherDiagnosticsRule;
import org.targetboard.prioritization.rule.HighBurdenBeforeCarRule;
import org.targetboard.prioritization.rule.HsctConsolidationRule;
import org.targetboard.prioritization.rule.InotuzumabBeforeHsctRule;
import org.targetboard.prioritization.rule.IntentRule;
import org.targetboard.prioritization.rule.NelarabineNeurotoxicityRule;
import org.targetboard.prioritization.rule.OptionView;
import org.targetboard.prioritization.rule.PalliativeNoCellTherapyRule;
import org.targetboard.prioritization.rule.PriorFailureRule;
import org.targetboard.prioritization.rule.PriorityRule;
import org.targetboard.prioritization.rule.RelapseAfterLineRule;
import org.targetboard.prioritization.rule.ResistanceRule;
import org.targetboard.prioritization.rule.ResponseAdaptedRule;
import org.targetboard.prioritization.rule.RuleContext;
import org.targetboard.prioritization.rule.RuleOutcome;
import org.targetboard.prioritization.rule.SalvageRegimenRule;
import org.targetboard.prioritization.rule.StandardRelapseProtocolRule;
import org.targetboard.prioritization.rule.SubclonalRule;
import org.targetboard.prioritization.trial.TrialMatch;
import org.targetboard.prioritization.trial.TrialMatcher;

/**
 * The prioritization engine: ranks a case's actionable events and treatment options
 * against one knowledge-base version, and explains every rank (domain.md §8). Steps: find
 * the actionable events; collect their options with evidence; apply the rules (standard
 * protocol, strategies, diagnostics, functional data, resistance, history, intent); match
 * trials; rank lexicographically in the knowledge base's criterion order. Deterministic:
 * the same case, date and knowledge base always give the same result. Thread-safe.
 */
public final class PrioritizationEngine {

	/** The engine version, recorded with every result. */
	public static final String ENGINE_VERSION = "1.0.0";

	/**
	 * Rules in application order: proposals first, then exclusions and penalties, then
	 * intent and warnings.
	 */
	private static final List<PriorityRule> RULES = List.of(new StandardRelapseProtocolRule(),
			new HsctConsolidationRule(), new SalvageRegimenRule(), new ExtramedullaryTherapyRule(),
			new FunctionalSupportRule(), new FurtherDiagnosticsRule(), new ResistanceRule(), new Cd19NegativeRule(),
			new Cd19DimRule(), new Cd22ExpressionRule(), new BlinatumomabNonResponseRule(),
			new EarlyRelapseAfterHsctRule(), new HighBurdenBeforeCarRule(), new InotuzumabBeforeHsctRule(),
			new NelarabineNeurotoxicityRule(), new PriorFailureRule(), new RelapseAfterLineRule(),
			new ResponseAdaptedRule(), new IntentRule(), new Cd19BridgingBeforeCarRule(),
			new PalliativeNoCellTherapyRule(), new SubclonalRule());

	/** The id of the ranking step that places eligible trials before off-label use. */
	public static final String TRIAL_ACCESS = "TRIAL_BEFORE_OFF_LABEL";

	/** The id of the note on what a ranking as of an earlier date could not date. */
	public static final String AS_OF = "KNOWLEDGE_AS_OF";

	/** Rule settings the knowledge base must provide. */
	public static final List<String> REQUIRED_RULES;

	static {
		List<String> ids = new ArrayList<>(RULES.stream().map(PriorityRule::id).toList());
		ids.add("ANTIGEN_POSITIVITY");
		ids.add(TRIAL_ACCESS);
		ids.add(AS_OF);
		REQUIRED_RULES = List.copyOf(ids);
	}

	private static final List<PrioritizationResult.LegendEntry> LEGEND = java.util.Arrays.stream(EvidenceLevel.values())
		.map((level) -> new PrioritizationResult.LegendEntry(level.code(), level.meaning(), level.escat(),
				level.oncoKb()))
		.toList();

	private static final EvidenceGrade NO_EVIDENCE = new EvidenceGrade(EvidenceLevel.M4, Set.of());

	private final KnowledgeBase knowledge;

	private final Comparator<RankingKey> order;

	private final double antigenPositivePercent;

	private final Map<String, Object> presumedAntigens;

	public PrioritizationEngine(KnowledgeBase knowledge) {
		REQUIRED_RULES.forEach(knowledge::rule);
		this.knowledge = knowledge;
		this.order = OptionOrder.comparator(knowledge.header().ranking().order());
		this.antigenPositivePercent = knowledge.rule("ANTIGEN_POSITIVITY").number("antigenPositivePercent");
		this.presumedAntigens = knowledge.rule("ANTIGEN_POSITIVITY").map("presumedWhenNotMeasured");
	}

	public KnowledgeBase knowledgeBase() {
		return this.knowledge;
	}

	/**
	 * Ranks the case.
	 * @param today the assessment date (wash-outs, trial eligibility); part of what makes
	 * a result reproducible
	 */
	public PrioritizationResult prioritize(CaseProfile profile, LocalDate today) {
		RiskAssessment risk = RelapseRisk.assess(profile);
		Map<String, Candidate> candidates = new TreeMap<>();
		Map<ActionableEvent, List<String>> events = findEvents(profile);
		List<UnknownItem> unknown = unknownInputs(profile, events);
		for (Map.Entry<ActionableEvent, List<String>> found : events.entrySet()) {
			ActionableEvent event = found.getKey();
			for (ActionableEvent.Option option : event.options()) {
				Drug drug = this.knowledge.requireDrug(option.drug());
				EvidenceGrade grade = new EvidenceGrade(option.level(), approvedOn(drug, option.modifiers(), today));
				Candidate candidate = candidates.computeIfAbsent(drug.id(),
						(id) -> new Candidate(id, drug.type(), drug.name(), drug, grade));
				candidate.offerEvidence(grade, rank(grade), rank(candidate.evidence));
				candidate.supportingEvents.add(event.name());
				candidate.reasons.add(
						new Reason(event.id(),
								String.join(", ", found.getValue()) + " → " + drug.name() + ": " + grade.dnpm()
										+ ((option.note() != null) ? " (" + option.note() + ")" : ""),
								option.sources()));
			}
		}
		Set<String> eventIds = new TreeSet<>();
		events.keySet().forEach((event) -> eventIds.add(event.id()));
		List<Reason> notes = new ArrayList<>();
		Map<String, ExcludedOption> excludedElsewhere = new TreeMap<>();
		StandardOfCare standard = null;
		for (PriorityRule rule : RULES) {
			RuleContext context = new RuleContext(profile, this.knowledge, this.knowledge.rule(rule.id()),
					views(candidates), eventIds, risk, today);
			for (RuleOutcome outcome : rule.evaluate(context)) {
				apply(outcome, candidates, excludedElsewhere, notes);
				if (rule instanceof StandardRelapseProtocolRule) {
					standard = new StandardOfCare(outcome instanceof RuleOutcome.Propose, outcome.reason().text());
				}
			}
		}
		List<TrialMatch> trials = matchTrials(profile, eventIds, risk, today, candidates);
		asOfNote(profile, today).ifPresent(notes::add);
		return new PrioritizationResult(ENGINE_VERSION, this.knowledge.version(), this.knowledge.contentHash(), today,
				risk, (standard != null) ? standard : new StandardOfCare(false, "not assessed"),
				rankEvents(events, candidates), rankOptions(candidates, false), rankOptions(candidates, true),
				excluded(candidates, excludedElsewhere), trials, unknown, notes, null, LEGEND)
			.withCitations(this.knowledge);
	}

	/**
	 * The approval modifiers that held on the date: Z needs an EMA approval and Z(FDA) an
	 * FDA approval dated on or before it. An approval without a date, or a drug without
	 * an approval of that agency on record, keeps the knowledge base's modifier.
	 */
	private static Set<EvidenceModifier> approvedOn(Drug drug, Set<EvidenceModifier> modifiers, LocalDate date) {
		Set<EvidenceModifier> held = EnumSet.noneOf(EvidenceModifier.class);
		for (EvidenceModifier modifier : modifiers) {
			String agency = (modifier == EvidenceModifier.Z) ? "EMA"
					: (modifier == EvidenceModifier.Z_FDA) ? "FDA" : null;
			List<Drug.Approval> approvals = (agency == null) ? List.of()
					: drug.approvals().stream().filter((approval) -> approval.agency().equals(agency)).toList();
			boolean approvedByThen = approvals.isEmpty() || approvals.stream()
				.anyMatch((approval) -> approval.date() == null || !approval.date().isAfter(date));
			if (approvedByThen) {
				held.add(modifier);
			}
		}
		return held;
	}

	/**
	 * Ranking as of a date before the knowledge base's: trials with a dated status
	 * history are judged on that date, the others only by their current status, which the
	 * result says.
	 */
	private java.util.Optional<Reason> asOfNote(CaseProfile profile, LocalDate today) {
		if (!today.isBefore(this.knowledge.header().date())) {
			return java.util.Optional.empty();
		}
		List<String> undated = this.knowledge.trials()
			.stream()
			.filter((trial) -> trial.eligibility().diseases().contains(profile.diagnosis())
					&& trial.statusHistory().isEmpty())
			.map(Trial::registryId)
			.toList();
		if (undated.isEmpty()) {
			return java.util.Optional.empty();
		}
		var settings = this.knowledge.rule(AS_OF);
		return java.util.Optional.of(new Reason(AS_OF, settings.format("date", today, "knowledgeBaseDate",
				this.knowledge.header().date(), "trials", String.join(", ", undated)), settings.sources()));
	}

	private Map<ActionableEvent, List<String>> findEvents(CaseProfile profile) {
		Map<ActionableEvent, List<String>> found = new LinkedHashMap<>();
		for (ActionableEvent event : this.knowledge.eventsFor(profile.diagnosis())) {
			List<String> observed = new ArrayList<>();
			if (event.match().isLesionMatch()) {
				for (MolecularLesion lesion : profile.lesions()) {
					if (!lesion.germline() && event.match().matches(lesion)) {
						observed.add(lesion.label());
					}
				}
			}
			else if (event.match().marker() != null) {
				double threshold = (event.match().minPercent() != null) ? event.match().minPercent()
						: this.antigenPositivePercent;
				java.util.Optional<MarkerResult> measured = latestMarker(profile, event.match().marker());
				measured.filter((marker) -> marker.percentPositive() >= threshold)
					.ifPresent((marker) -> observed.add(marker.marker() + " "
							+ RuleContext.percent(marker.percentPositive()) + " %" + ((marker.sitesPerCell() != null)
									? ", " + RuleContext.percent(marker.sitesPerCell()) + " sites/cell" : "")));
				if (measured.isEmpty() && presumed(event.match().marker(), profile)) {
					observed.add(event.match().marker() + " not measured – presumed on the blasts (no prior "
							+ event.match().marker() + "-directed therapy); confirm by flow cytometry");
				}
			}
			else if (event.match().bh3() != null) {
				Bh3Dependency dependency = event.match().bh3();
				if (profile.bh3Dependencies().contains(dependency)) {
					observed.add(dependency.name() + " dependence (BH3 profiling)");
				}
			}
			else if (event.match().lineage()) {
				observed.add(profile.diagnosis().name().replace('_', '-'));
			}
			if (!observed.isEmpty()) {
				found.put(event, observed);
			}
		}
		return found;
	}

	/**
	 * Whether an antigen that was not measured is presumed present: lineage antigens such
	 * as CD19 on B-lineage blasts are expressed unless therapy directed against them
	 * selected antigen-negative escape (rules.yaml ANTIGEN_POSITIVITY,
	 * presumedWhenNotMeasured).
	 */
	private boolean presumed(String marker, CaseProfile profile) {
		Object diseases = this.presumedAntigens.get(marker);
		if (!(diseases instanceof List<?> list) || !list.contains(profile.diagnosis().name())) {
			return false;
		}
		boolean directedBefore = profile.history()
			.stream()
			.anyMatch((line) -> marker.equals(line.targetAntigen()) || line.agentIds()
				.stream()
				.anyMatch((agent) -> this.knowledge.drug(agent).map((drug) -> drug.targets(marker)).orElse(false)));
		return !directedBefore;
	}

	private static java.util.Optional<MarkerResult> latestMarker(CaseProfile profile, String name) {
		return profile.markers().stream().filter((marker) -> marker.marker().equals(name)).reduce((a, b) -> b);
	}

	private List<UnknownItem> unknownInputs(CaseProfile profile, Map<ActionableEvent, List<String>> events) {
		List<UnknownItem> unknown = new ArrayList<>();
		for (MolecularLesion lesion : profile.lesions()) {
			boolean known = this.knowledge.knowsGene(lesion.gene())
					&& (lesion.partner() == null || this.knowledge.knowsGene(lesion.partner()));
			boolean matched = events.keySet()
				.stream()
				.anyMatch((event) -> event.match().isLesionMatch() && event.match().matches(lesion));
			boolean resistance = this.knowledge.resistance()
				.stream()
				.anyMatch((entry) -> entry.match().matches(lesion));
			if (!known) {
				unknown.add(new UnknownItem("lesion", lesion.label(), "not in knowledge base"));
			}
			else if (!matched && !resistance) {
				unknown.add(new UnknownItem("lesion", lesion.label(), "known gene, but no actionable event for "
						+ profile.diagnosis().name().replace('_', '-') + " in the knowledge base"));
			}
			else if (lesion.germline()) {
				unknown.add(new UnknownItem("lesion", lesion.label(), "germline: not ranked as a tumour target"));
			}
		}
		for (MarkerResult marker : profile.markers()) {
			if (!this.knowledge.knowsMarker(marker.marker())) {
				unknown.add(new UnknownItem("marker", marker.marker(), "not in knowledge base"));
			}
		}
		for (DrugResponse response : profile.drugResponses()) {
			if (this.knowledge.drug(response.drug()).isEmpty()) {
				unknown.add(new UnknownItem("drug response", response.drug(), "drug not in knowledge base"));
			}
		}
		return unknown;
	}

	private static List<OptionView> views(Map<String, Candidate> candidates) {
		List<OptionView> views = new ArrayList<>();
		for (Candidate candidate : candidates.values()) {
			if (!candidate.isExcluded()) {
				views.add(new OptionView(candidate.id, candidate.type, candidate.drug));
			}
		}
		return views;
	}

	private void apply(RuleOutcome outcome, Map<String, Candidate> candidates,
			Map<String, ExcludedOption> excludedElsewhere, List<Reason> notes) {
		switch (outcome) {
			case RuleOutcome.Propose propose -> {
				Candidate existing = candidates.get(propose.optionId());
				if (existing == null) {
					Candidate candidate = new Candidate(propose.optionId(), propose.type(), propose.label(),
							this.knowledge.drug(propose.optionId()).orElse(null), propose.evidence());
					candidate.standardOfCare = propose.standardOfCare();
					candidate.reasons.add(propose.reason());
					candidates.put(candidate.id, candidate);
				}
				else {
					existing.reasons.add(propose.reason());
				}
			}
			case RuleOutcome.Exclude exclude -> {
				Candidate candidate = candidates.get(exclude.optionId());
				if (candidate != null) {
					candidate.exclusions.add(exclude.reason());
				}
				else {
					// Considered and excluded although no event proposed it: still shown,
					// so the board sees why.
					Drug drug = this.knowledge.drug(exclude.optionId()).orElse(null);
					excludedElsewhere.merge(exclude.optionId(),
							new ExcludedOption(exclude.optionId(), (drug != null) ? drug.type() : OptionType.TRIAL,
									(drug != null) ? drug.name() : exclude.optionId(), List.of(exclude.reason())),
							(a, b) -> new ExcludedOption(a.optionId(), a.type(), a.label(),
									concat(a.reasons(), b.reasons())));
				}
			}
			case RuleOutcome.Penalise penalise -> on(candidates, penalise.optionId(), (candidate) -> {
				switch (penalise.dimension()) {
					case FEASIBILITY -> {
						candidate.feasibilityPenalties++;
						candidate.concerns.add(penalise.reason());
					}
					case SITUATION -> candidate.situationFit--;
					case FUNCTIONAL -> candidate.functionalSupport--;
					case INTENT -> candidate.intentFit--;
				}
				candidate.reasons.add(penalise.reason());
			});
			case RuleOutcome.Support support -> on(candidates, support.optionId(), (candidate) -> {
				switch (support.dimension()) {
					case FEASIBILITY -> candidate.feasibilityPenalties--;
					case SITUATION -> {
						candidate.situationFit++;
						candidate.strategy.add(support.reason());
					}
					case FUNCTIONAL -> {
						candidate.functionalSupport++;
						candidate.evidence = candidate.evidence.with(EvidenceModifier.IV);
					}
					case INTENT -> candidate.intentFit++;
				}
				candidate.reasons.add(support.reason());
			});
			case RuleOutcome.Flag flag ->
				on(candidates, flag.optionId(), (candidate) -> candidate.warnings.add(flag.reason()));
			case RuleOutcome.Note note -> notes.add(note.reason());
		}
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static void on(Map<String, Candidate> candidates, String id,
			java.util.function.Consumer<Candidate> change) {
		Candidate candidate = candidates.get(id);
		if (candidate != null && !candidate.isExcluded()) {
			change.accept(candidate);
		}
	}

	private List<TrialMatch> matchTrials(CaseProfile profile, Set<String> eventIds, RiskAssessment risk,
			LocalDate today, Map<String, Candidate> candidates) {
		List<TrialMatch> matches = new ArrayList<>();
		for (Trial trial : this.knowledge.trials()) {
			if (!trial.eligibility().diseases().contains(profile.diagnosis())) {
				continue;
			}
			TrialMatch match = TrialMatcher.match(trial, profile, eventIds, risk.bfmGroup(), today);
			matches.add(match);
			if (match.isCandidate()) {
				offerTrial(trial, match, candidates);
			}
		}
		matches.sort(Comparator.comparing(TrialMatch::verdict).thenComparing(TrialMatch::trialId));
		return matches;
	}

	private void offerTrial(Trial trial, TrialMatch match, Map<String, Candidate> candidates) {
		Candidate standard = candidates.get(StandardRelapseProtocolRule.OPTION_ID);
		boolean eligible = match.verdict() == TrialMatch.Verdict.ELIGIBLE;
		if (trial.standardOfCare() && standard != null) {
			// The standard protocol is itself run as this trial: one option, open for
			// enrolment.
			standard.trials.add(trial.registryId());
			standard.reasons.add(new Reason(trial.id(), "Enrol in " + trial.title(), trial.sources()));
			return;
		}
		EvidenceGrade best = null;
		int functional = 0;
		List<Reason> excludedDrugs = new ArrayList<>();
		for (String drugId : trial.drugs()) {
			Candidate drug = candidates.get(drugId);
			if (drug == null) {
				continue;
			}
			if (drug.isExcluded()) {
				excludedDrugs.addAll(drug.exclusions);
				continue;
			}
			drug.trials.add(trial.registryId());
			if (best == null || rank(drug.evidence) < rank(best)) {
				best = drug.evidence;
			}
			// The arm carries the functional data of its drugs, so it does not rank below
			// them for lack of it.
			functional = Math.max(functional, drug.functionalSupport);
		}
		if (best == null && trial.evidence() != null) {
			best = new EvidenceGrade(trial.evidence().level(), Set.of());
		}
		String label = (trial.screening() ? "Screening protocol " : "Trial ") + trial.registryId() + " – "
				+ trial.arm();
		Candidate candidate = new Candidate(trial.id(), OptionType.TRIAL, label, null,
				(best != null) ? best : NO_EVIDENCE);
		// A trial is standard of care only for a case that meets its eligibility;
		// "potentially
		// eligible" is not enough.
		candidate.standardOfCare = trial.standardOfCare() && eligible;
		candidate.eligibleTrial = eligible;
		candidate.trialDrugs.addAll(trial.drugs());
		candidate.functionalSupport = functional;
		candidate.trials.add(trial.registryId());
		String verdict = (match.verdict() == TrialMatch.Verdict.ELIGIBLE) ? "eligible"
				: "potentially eligible (missing: " + String.join(", ", missing(match)) + ")";
		candidate.reasons.add(new Reason(trial.id(), trial.title() + ": " + verdict, trial.sources()));
		if (best == null && !excludedDrugs.isEmpty()) {
			candidate.exclusions.addAll(excludedDrugs);
		}
		candidates.put(candidate.id, candidate);
	}

	private static List<String> missing(TrialMatch match) {
		Set<String> missing = new TreeSet<>();
		match.criteria().forEach((criterion) -> missing.addAll(criterion.missing()));
		if (missing.isEmpty()) {
			match.criteria()
				.stream()
				.filter((criterion) -> criterion
					.outcome() == org.targetboard.prioritization.trial.CriterionResult.Outcome.UNKNOWN)
				.forEach((criterion) -> missing.add(criterion.criterion()));
		}
		return List.copyOf(missing);
	}

	/**
	 * The treatment ranking, or with {@code alongside} the options given alongside one.
	 */
	private List<RankedOption> rankOptions(Map<String, Candidate> candidates, boolean alongside) {
		List<Candidate> ranked = new ArrayList<>();
		for (Candidate candidate : candidates.values()) {
			if (!candidate.isExcluded() && candidate.type.alongside() == alongside) {
				ranked.add(candidate);
			}
		}
		Comparator<Candidate> byKey = Comparator.comparing(this::key, this.order);
		ranked.sort(byKey.thenComparing((Candidate candidate) -> candidate.type)
			.thenComparing((Candidate candidate) -> candidate.label));
		placeTrialsBeforeOffLabel(ranked);
		List<String> criteria = this.knowledge.header().ranking().order();
		List<RankedOption> options = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Candidate candidate = ranked.get(i);
			RankingKey key = key(candidate);
			options.add(new RankedOption(i + 1, candidate.id, candidate.type, candidate.label, candidate.evidence,
					List.copyOf(candidate.supportingEvents), List.copyOf(candidate.trials),
					List.copyOf(candidate.reasons), List.copyOf(candidate.warnings), key,
					Explanations.why(ranked, i, this::key, criteria, alongside), key.describe(criteria),
					candidate.toxicities()));
		}
		return options;
	}

	/**
	 * A board of this kind exists to open trial access: an eligible, recruiting trial in
	 * the patient's country goes before off-label use of its own drugs or their class.
	 */
	private void placeTrialsBeforeOffLabel(List<Candidate> ranked) {
		for (Candidate trial : List.copyOf(ranked)) {
			if (!trial.eligibleTrial) {
				continue;
			}
			Set<String> classes = new TreeSet<>();
			trial.trialDrugs
				.forEach((id) -> this.knowledge.drug(id).ifPresent((drug) -> classes.add(drug.drugClass())));
			int at = ranked.indexOf(trial);
			for (int i = 0; i < at; i++) {
				Candidate other = ranked.get(i);
				if (other.offLabel() && other.feasibilityPenalties >= trial.feasibilityPenalties
						&& (trial.trialDrugs.contains(other.id) || classes.contains(other.drug.drugClass()))) {
					ranked.remove(at);
					ranked.add(i, trial);
					trial.reasons
						.add(new Reason(TRIAL_ACCESS, this.knowledge.rule(TRIAL_ACCESS).format("offLabel", other.label),
								this.knowledge.rule(TRIAL_ACCESS).sources()));
					break;
				}
			}
		}
	}

	private RankingKey key(Candidate candidate) {
		return new RankingKey(candidate.feasibilityPenalties, candidate.standardOfCare, candidate.situationFit,
				rank(candidate.evidence), !candidate.offLabel(), !candidate.trials.isEmpty(),
				candidate.functionalSupport, candidate.intentFit, candidate.toxicityFlags());
	}

	private static List<ExcludedOption> excluded(Map<String, Candidate> candidates,
			Map<String, ExcludedOption> excludedElsewhere) {
		Map<String, ExcludedOption> all = new TreeMap<>(excludedElsewhere);
		for (Candidate candidate : candidates.values()) {
			if (candidate.isExcluded()) {
				all.put(candidate.id, new ExcludedOption(candidate.id, candidate.type, candidate.label,
						List.copyOf(candidate.exclusions)));
			}
		}
		return List.copyOf(all.values());
	}

	private List<RankedEvent> rankEvents(Map<ActionableEvent, List<String>> events, Map<String, Candidate> candidates) {
		record Scored(ActionableEvent event, List<String> observed, @Nullable EvidenceGrade best, int functional) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Map.Entry<ActionableEvent, List<String>> found : events.entrySet()) {
			EvidenceGrade best = null;
			int functional = 0;
			for (ActionableEvent.Option option : found.getKey().options()) {
				Candidate candidate = candidates.get(option.drug());
				if (candidate == null || candidate.isExcluded()) {
					continue;
				}
				EvidenceGrade grade = new EvidenceGrade(option.level(), option.modifiers());
				if (best == null || rank(grade) < rank(best)) {
					best = grade;
				}
				functional = Math.max(functional, candidate.functionalSupport);
			}
			scored.add(new Scored(found.getKey(), found.getValue(), best, functional));
		}
		scored.sort(Comparator.comparingInt((Scored s) -> (s.best() != null) ? rank(s.best()) : Integer.MAX_VALUE)
			.thenComparing(Comparator.comparingInt(Scored::functional).reversed())
			.thenComparing((Scored s) -> s.event().id()));
		List<RankedEvent> ranked = new ArrayList<>();
		for (Scored s : scored) {
			Header.Tier tier = tier(s.best());
			ranked.add(new RankedEvent(ranked.size() + 1, s.event().id(), s.event().name(), s.observed(), tier.tier(),
					(s.best() == null) ? "no option remains in the ranking" : tier.label(), s.best(),
					s.event().options().stream().map(ActionableEvent.Option::drug).toList(), s.event().note(),
					s.event().sources()));
		}
		return ranked;
	}

	private Header.Tier tier(@Nullable EvidenceGrade best) {
		List<Header.Tier> tiers = this.knowledge.header().ranking().tiers();
		if (best != null) {
			for (Header.Tier tier : tiers) {
				if (rank(best) <= rankOf(tier.maxEvidence())) {
					return tier;
				}
			}
		}
		return tiers.get(tiers.size() - 1);
	}

	private int rank(EvidenceGrade grade) {
		return rankOf(grade.level());
	}

	private int rankOf(EvidenceLevel level) {
		return this.knowledge.header().ranking().evidenceRank().get(level);
	}

}
