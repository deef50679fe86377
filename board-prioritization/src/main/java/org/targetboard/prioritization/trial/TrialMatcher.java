package org.targetboard.prioritization.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.knowledge.Trial;
import org.targetboard.prioritization.trial.CriterionResult.Outcome;

/**
 * Judges a trial's structured eligibility for a case, criterion by criterion (domain.md
 * §8 step 6): eligible, potentially eligible (missing data named), not yet eligible
 * (wash-out, with the date) or not eligible (reason). Age at inclusion is judged on the
 * age at the current relapse.
 */
public final class TrialMatcher {

	private TrialMatcher() {
	}

	/**
	 * @param matchedEvents ids of the actionable events found in the case
	 * @param bfmGroup the case's BFM risk group, if known
	 * @param today the assessment date, for wash-outs
	 */
	public static TrialMatch match(Trial trial, CaseProfile profile, Set<String> matchedEvents,
			@Nullable String bfmGroup, LocalDate today) {
		Trial.Eligibility rules = trial.eligibility();
		List<CriterionResult> criteria = new ArrayList<>();
		criteria.add(rules.diseases().contains(profile.diagnosis())
				? CriterionResult.met("Disease: " + names(rules.diseases()), profile.diagnosis().name())
				: CriterionResult.notMet("Disease: " + names(rules.diseases()), profile.diagnosis().name()));
		age(criteria, "Age at diagnosis", rules.ageAtDiagnosis(), profile.ageAtDiagnosisYears(), "ageAtDiagnosisYears");
		age(criteria, "Age at inclusion", rules.ageAtInclusion(), profile.ageYears(), "ageYears");
		if (!rules.categories().isEmpty()) {
			criteria.add(category(rules, profile, matchedEvents));
		}
		if (!rules.requiresAnyEvent().isEmpty()) {
			List<String> found = rules.requiresAnyEvent().stream().filter(matchedEvents::contains).toList();
			String criterion = "Required lesion: one of " + String.join(", ", rules.requiresAnyEvent());
			criteria.add(!found.isEmpty() ? CriterionResult.met(criterion, "found " + String.join(", ", found))
					: profile.lesions().isEmpty() && profile.markers().isEmpty()
							? CriterionResult.unknown(criterion, "no molecular results recorded", "lesions")
							: CriterionResult.notMet(criterion, "not found in the case"));
		}
		for (Trial.MarkerRequirement requirement : rules.markers()) {
			criteria.add(marker(requirement, profile));
		}
		if (!rules.riskGroups().isEmpty()) {
			String criterion = "Risk group: " + String.join(", ", rules.riskGroups());
			criteria.add((bfmGroup == null)
					? CriterionResult.unknown(criterion, "risk group could not be assigned", "relapseDate",
							"frontlineEndDate", "site")
					: rules.riskGroups().contains(bfmGroup) ? CriterionResult.met(criterion, bfmGroup)
							: CriterionResult.notMet(criterion, bfmGroup));
		}
		for (TreatmentLine.Kind kind : rules.excludedPriorKinds()) {
			boolean had = profile.history().stream().anyMatch((line) -> line.kind() == kind);
			String criterion = "No prior " + kind.name().replace('_', '-');
			criteria.add(had ? CriterionResult.notMet(criterion, "history contains " + kind.name().replace('_', '-'))
					: CriterionResult.met(criterion, "none recorded"));
		}
		LocalDate eligibleFrom = null;
		for (Trial.PriorExclusion prior : rules.excludedPrior()) {
			WashOut washOut = washOut(prior, profile, today);
			criteria.add(washOut.result());
			if (washOut.until() != null && (eligibleFrom == null || washOut.until().isAfter(eligibleFrom))) {
				eligibleFrom = washOut.until();
			}
		}
		if (rules.minPerformance() != null) {
			String criterion = "Lansky/Karnofsky ≥ " + rules.minPerformance() + " %";
			criteria.add((profile.performanceStatus() == null)
					? CriterionResult.unknown(criterion, "performance status not recorded", "performanceStatus")
					: (profile.performanceStatus() >= rules.minPerformance())
							? CriterionResult.met(criterion, profile.performanceStatus() + " %")
							: CriterionResult.notMet(criterion, profile.performanceStatus() + " %"));
		}
		for (String other : rules.otherCriteria()) {
			criteria.add(CriterionResult.unknown(other, "not recorded in the case format; check with the centre"));
		}
		Boolean openInCountry = (profile.country() == null) ? null : trial.countries().contains(profile.country());
		return new TrialMatch(trial.id(), trial.registryId(), trial.title(), trial.arm(), trial.statusOn(today),
				verdict(criteria, eligibleFrom), openInCountry, eligibleFrom, criteria);
	}

	private static TrialMatch.Verdict verdict(List<CriterionResult> criteria, @Nullable LocalDate eligibleFrom) {
		long notMet = criteria.stream().filter((criterion) -> criterion.outcome() == Outcome.NOT_MET).count();
		if (notMet > 0) {
			// A wash-out alone makes the patient eligible later, not ineligible.
			return (eligibleFrom != null && notMet == 1) ? TrialMatch.Verdict.NOT_YET_ELIGIBLE
					: TrialMatch.Verdict.NOT_ELIGIBLE;
		}
		return criteria.stream().anyMatch((criterion) -> criterion.outcome() == Outcome.UNKNOWN)
				? TrialMatch.Verdict.POTENTIALLY_ELIGIBLE : TrialMatch.Verdict.ELIGIBLE;
	}

	private static void age(List<CriterionResult> criteria, String what, Trial.@Nullable AgeRange range,
			@Nullable Integer age, String field) {
		if (range == null) {
			return;
		}
		String criterion = what + ": " + range.describe();
		if (age == null) {
			criteria.add(CriterionResult.unknown(criterion, "age not recorded", field));
			return;
		}
		boolean ok = (range.min() == null || age >= range.min())
				&& (range.maxExclusive() == null || age < range.maxExclusive());
		criteria.add(ok ? CriterionResult.met(criterion, age + " years")
				: CriterionResult.notMet(criterion, age + " years"));
	}

	private static CriterionResult category(Trial.Eligibility rules, CaseProfile profile, Set<String> matchedEvents) {
		String criterion = "Disease category";
		List<String> tried = new ArrayList<>();
		boolean unknownMarrow = false;
		for (Trial.Category category : rules.categories()) {
			if (!category.diseases().isEmpty() && !category.diseases().contains(profile.diagnosis())) {
				continue;
			}
			String description = describe(category);
			tried.add(description);
			boolean relapseOk = (category.minRelapseNumber() == null
					|| profile.relapseNumber() >= category.minRelapseNumber()
					|| (category.refractoryQualifies() && profile.refractory()))
					&& (category.maxRelapseNumber() == null || profile.relapseNumber() <= category.maxRelapseNumber());
			if (!relapseOk) {
				continue;
			}
			if (!category.requiresAnyEvent().isEmpty()
					&& category.requiresAnyEvent().stream().noneMatch(matchedEvents::contains)) {
				continue;
			}
			if (!category.requiresAnyPrior().isEmpty()
					&& category.requiresAnyPrior().stream().noneMatch((prior) -> hadPrior(profile, prior))) {
				continue;
			}
			if (category.marrowInvolved()) {
				if (profile.site() == null) {
					unknownMarrow = true;
					continue;
				}
				if (profile.site() == RelapseSite.ISOLATED_EXTRAMEDULLARY) {
					continue;
				}
			}
			return CriterionResult.met(criterion, description);
		}
		if (unknownMarrow) {
			return CriterionResult.unknown(criterion, "marrow involvement not recorded", "site");
		}
		return CriterionResult.notMet(criterion,
				tried.isEmpty() ? "no category for this disease" : "none of: " + String.join("; ", tried));
	}

	private static String describe(Trial.Category category) {
		List<String> parts = new ArrayList<>();
		if (category.minRelapseNumber() != null && category.minRelapseNumber().equals(category.maxRelapseNumber())) {
			parts.add("relapse " + category.minRelapseNumber() + " exactly");
		}
		else if (category.minRelapseNumber() != null) {
			parts.add((category.minRelapseNumber() == 0) ? "primary refractory or relapsed" : "relapse ≥ "
					+ category.minRelapseNumber() + (category.refractoryQualifies() ? " (or refractory)" : ""));
		}
		if (category.maxRelapseNumber() != null && !category.maxRelapseNumber().equals(category.minRelapseNumber())) {
			parts.add("relapse ≤ " + category.maxRelapseNumber());
		}
		if (category.marrowInvolved()) {
			parts.add("marrow involved");
		}
		if (!category.requiresAnyEvent().isEmpty()) {
			parts.add("with " + String.join(" or ", category.requiresAnyEvent()));
		}
		if (!category.requiresAnyPrior().isEmpty()) {
			parts.add("after " + String.join(" or ", category.requiresAnyPrior()));
		}
		return (category.diseases().isEmpty() ? "" : names(category.diseases()) + ": ") + String.join(", ", parts);
	}

	private static boolean hadPrior(CaseProfile profile, String prior) {
		for (TreatmentLine.Kind kind : TreatmentLine.Kind.values()) {
			if (kind.name().equals(prior)) {
				return profile.history().stream().anyMatch((line) -> line.kind() == kind);
			}
		}
		return profile.hadAgent(prior::equals);
	}

	private static CriterionResult marker(Trial.MarkerRequirement requirement, CaseProfile profile) {
		String criterion = requirement.marker() + (requirement.exclusive() ? " > " : " ≥ ")
				+ format(requirement.minPercent()) + " % of blasts";
		MarkerResult result = profile.markers()
			.stream()
			.filter((marker) -> marker.marker().equals(requirement.marker()))
			.reduce((first, second) -> second)
			.orElse(null);
		if (result == null) {
			return CriterionResult.unknown(criterion, requirement.marker() + " not measured", "markers");
		}
		boolean ok = requirement.exclusive() ? result.percentPositive() > requirement.minPercent()
				: result.percentPositive() >= requirement.minPercent();
		String detail = format(result.percentPositive()) + " %";
		return ok ? CriterionResult.met(criterion, detail) : CriterionResult.notMet(criterion, detail);
	}

	private record WashOut(CriterionResult result, @Nullable LocalDate until) {
	}

	private static WashOut washOut(Trial.PriorExclusion prior, CaseProfile profile, LocalDate today) {
		List<String> what = new ArrayList<>(prior.agents());
		prior.kinds().forEach((kind) -> what.add(kind.name().replace('_', '-')));
		String criterion = (prior.withinDays() == null) ? "Never received " + String.join(", ", what)
				: "No " + String.join(", ", what) + " within " + prior.withinDays() + " days";
		LocalDate latest = null;
		boolean undated = false;
		for (TreatmentLine line : profile.history()) {
			boolean concerned = prior.kinds().contains(line.kind())
					|| line.agents().stream().anyMatch(prior.agents()::contains);
			if (!concerned) {
				continue;
			}
			if (prior.withinDays() == null) {
				return new WashOut(CriterionResult.notMet(criterion, "received"), null);
			}
			LocalDate end = (line.end() != null) ? line.end() : line.start();
			if (end == null) {
				undated = true;
			}
			else if (latest == null || end.isAfter(latest)) {
				latest = end;
			}
		}
		if (latest != null) {
			LocalDate until = latest.plusDays(prior.withinDays());
			if (until.isAfter(today)) {
				return new WashOut(
						CriterionResult.notMet(criterion, "last given " + latest + "; eligible from " + until), until);
			}
			return new WashOut(CriterionResult.met(criterion, "last given " + latest), null);
		}
		if (undated) {
			return new WashOut(CriterionResult.unknown(criterion, "given, but without dates", "history.end"), null);
		}
		return new WashOut(CriterionResult.met(criterion, "none recorded"), null);
	}

	private static String names(List<? extends Enum<?>> values) {
		return values.stream().map((value) -> value.name().replace('_', '-')).collect(Collectors.joining(", "));
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
