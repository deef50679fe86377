package org.targetboard.web.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.VitalStatus;
import org.targetboard.core.statistics.KaplanMeier;
import org.targetboard.core.statistics.LogRank;
import org.targetboard.core.statistics.Observation;
import org.targetboard.core.statistics.Proportion;
import org.targetboard.core.statistics.Summary;
import org.targetboard.registry.analytics.CaseOutcome;
import org.targetboard.registry.analytics.EventCount;
import org.targetboard.registry.analytics.ReferralCount;
import org.targetboard.registry.analytics.RegistryData;

/**
 * The study's outcome measures over one registry data set. Definitions, also shown on the
 * dashboard and in {@code docs/registry.md}: time zero is the day the first advice was
 * issued; "advice followed" is the first follow-up report's answer (yes = followed;
 * partly or no = not followed; cases without a report are left out of comparisons); OS
 * counts death of any cause, EFS relapse or progression, treatment failure after cycle 1
 * (no response or progressive disease, dated at the start of that therapy) and death;
 * both are censored at the last contact; every dated fact of a report or an outcome event
 * is a contact; cases without any report or event are left out of survival (those without
 * a report are in neither comparison group); vital status at last contact as
 * {@link VitalStatus} defines it.
 *
 * @param cases advised cases in the filter
 * @param reported cases with at least one follow-up report
 * @param followed proportion treated according to the advice (yes among reported)
 * @param partly cases that followed the advice partly
 * @param targeted proportion treated with an advised targeted agent (among reported)
 * @param enrolmentToAdvice days from enrolment (submission) to the advice
 * @param adviceToTherapy days from the advice to the start of therapy
 * @param responseFollowed overall response after cycle 1 when the advice was followed
 * @param responseNotFollowed overall response after cycle 1 when it was not
 * @param events actionable events by frequency, with those without an open trial
 * @param reasons coded reasons for not following the advice or not entering a trial
 * @param os overall survival
 * @param efs event-free survival
 * @param vitalStatus the cases by vital status at last contact
 * @param causesOfDeath the deaths by cause
 * @param intervalsByCentre the two intervals for each submitting centre
 * @param intervalsByYear the two intervals for each calendar year of the advice
 * @param referrals the first advice's referrals by subject and purpose, with what became
 * of them
 */
public record OutcomeMeasures(int cases, int reported, Proportion followed, int partly, Proportion targeted,
		Summary enrolmentToAdvice, Summary adviceToTherapy, Proportion responseFollowed, Proportion responseNotFollowed,
		List<EventCount> events, Map<ReasonCode, Integer> reasons, Survival os, Survival efs,
		Map<VitalStatus, Integer> vitalStatus, Map<CauseOfDeath, Integer> causesOfDeath,
		Map<String, Intervals> intervalsByCentre, Map<Integer, Intervals> intervalsByYear,
		List<ReferralCount> referrals) {

	/**
	 * The days from enrolment (first submission) to the advice, and from the advice to
	 * the start of therapy, of a group of cases: where a board is slow, and whether it
	 * became faster.
	 *
	 * @param cases the advised cases of the group
	 * @param enrolmentToAdvice days from enrolment to the advice, where the enrolment day
	 * is known (not for a case registered after its advice)
	 * @param adviceToTherapy days from the advice to the start of therapy, where reported
	 */
	public record Intervals(int cases, Summary enrolmentToAdvice, Summary adviceToTherapy) {

		static Intervals of(List<CaseOutcome> cases) {
			return new Intervals(cases.size(),
					Summary.of(cases.stream()
						.filter((c) -> c.enrolled() != null)
						.map((c) -> ChronoUnit.DAYS.between(c.enrolled(), c.advised()))
						.toList()),
					Summary.of(cases.stream()
						.filter((c) -> c.therapyStart() != null)
						.map((c) -> ChronoUnit.DAYS.between(c.advised(), c.therapyStart()))
						.toList()));
		}

	}

	/** Days in a month, for survival times in months. */
	static final double DAYS_PER_MONTH = 30.4375;

	/**
	 * A survival end-point by advice followed or not.
	 *
	 * @param followed the observations of cases that followed the advice
	 * @param notFollowed the observations of cases that did not
	 * @param all every reported case
	 * @param curveFollowed Kaplan–Meier of the first
	 * @param curveNotFollowed Kaplan–Meier of the second
	 * @param curveAll Kaplan–Meier of all
	 * @param test the log-rank comparison of the two groups; absent when a group is empty
	 */
	public record Survival(List<Observation> followed, List<Observation> notFollowed, List<Observation> all,
			KaplanMeier curveFollowed, KaplanMeier curveNotFollowed, KaplanMeier curveAll, @Nullable LogRank test) {

		static Survival of(List<Observation> followed, List<Observation> notFollowed, List<Observation> all) {
			return new Survival(followed, notFollowed, all, KaplanMeier.estimate(followed),
					KaplanMeier.estimate(notFollowed), KaplanMeier.estimate(all),
					(followed.isEmpty() || notFollowed.isEmpty()) ? null : LogRank.compare(followed, notFollowed));
		}

	}

	/** Cases without any report or event, whose vital status is not known. */
	public int withoutVitalStatus() {
		return this.cases - this.vitalStatus.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Computes the measures. */
	public static OutcomeMeasures of(RegistryData data) {
		List<CaseOutcome> cases = data.cases();
		List<CaseOutcome> reported = cases.stream().filter((c) -> c.followUps() > 0 && c.followed() != null).toList();
		Predicate<CaseOutcome> followed = (c) -> c.followed() == AdviceFollowed.YES;
		int yes = (int) reported.stream().filter(followed).count();
		int partly = (int) reported.stream().filter((c) -> c.followed() == AdviceFollowed.PARTLY).count();
		int targeted = (int) reported.stream().filter(CaseOutcome::targeted).count();
		Intervals intervals = Intervals.of(cases);
		List<CaseOutcome> withResponse = reported.stream().filter((c) -> c.response() != null).toList();
		Proportion responseFollowed = responses(withResponse.stream().filter(followed).toList());
		Proportion responseNotFollowed = responses(withResponse.stream().filter(followed.negate()).toList());
		Map<ReasonCode, Integer> reasons = new LinkedHashMap<>();
		data.reasons()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<ReasonCode, Integer>comparingByValue().reversed())
			.forEach((entry) -> reasons.put(entry.getKey(), entry.getValue()));
		return new OutcomeMeasures(cases.size(), reported.size(), Proportion.wilson(yes, reported.size()), partly,
				Proportion.wilson(targeted, reported.size()), intervals.enrolmentToAdvice(),
				intervals.adviceToTherapy(), responseFollowed, responseNotFollowed, data.events(), reasons,
				survival(cases, followed, CaseOutcome::deathDate), survival(cases, followed, CaseOutcome::efsEventDate),
				count(cases, CaseOutcome::vitalStatus, VitalStatus.class),
				count(cases, CaseOutcome::causeOfDeath, CauseOfDeath.class),
				intervals(cases, (c) -> c.centre().value()), intervals(cases, (c) -> c.advised().getYear()),
				data.referrals());
	}

	// In the order of the key: centres by code, years in order.
	private static <K extends Comparable<K>> Map<K, Intervals> intervals(List<CaseOutcome> cases,
			java.util.function.Function<CaseOutcome, K> key) {
		Map<K, Intervals> groups = new java.util.TreeMap<>();
		cases.stream()
			.collect(java.util.stream.Collectors.groupingBy(key))
			.forEach((group, members) -> groups.put(group, Intervals.of(members)));
		return groups;
	}

	private static <E extends Enum<E>> Map<E, Integer> count(List<CaseOutcome> cases,
			java.util.function.Function<CaseOutcome, @Nullable E> value, Class<E> type) {
		Map<E, Integer> counts = new java.util.EnumMap<>(type);
		for (CaseOutcome c : cases) {
			E e = value.apply(c);
			if (e != null) {
				counts.merge(e, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static Proportion responses(List<CaseOutcome> cases) {
		return Proportion.wilson((int) cases.stream().filter((c) -> c.response().isResponse()).count(), cases.size());
	}

	private static Survival survival(List<CaseOutcome> cases, Predicate<CaseOutcome> followed,
			java.util.function.Function<CaseOutcome, @Nullable LocalDate> event) {
		List<Observation> yes = new ArrayList<>();
		List<Observation> no = new ArrayList<>();
		List<Observation> all = new ArrayList<>();
		for (CaseOutcome c : cases) {
			LocalDate eventDate = event.apply(c);
			LocalDate end = (eventDate != null) ? eventDate : c.lastContact();
			if (end == null) {
				continue;
			}
			Observation observation = new Observation(
					Math.max(0, ChronoUnit.DAYS.between(c.advised(), end)) / DAYS_PER_MONTH, eventDate != null);
			all.add(observation);
			if (c.followed() != null) {
				(followed.test(c) ? yes : no).add(observation);
			}
		}
		return Survival.of(yes, no, all);
	}

}
