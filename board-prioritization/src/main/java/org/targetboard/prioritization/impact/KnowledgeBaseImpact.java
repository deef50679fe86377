package org.targetboard.prioritization.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.targetboard.core.profile.CaseProfile;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.PrioritizationResult;
import org.targetboard.prioritization.Reason;
import org.targetboard.prioritization.knowledge.KnowledgeBase;

/**
 * Re-ranks a set of cases under two knowledge-base versions and reports the cases whose
 * top options changed, with the reasons behind the new ranking (product.md: "the board
 * can see which open cases would rank differently").
 */
public final class KnowledgeBaseImpact {

	/** How many top options count as "the top options". */
	public static final int TOP = 3;

	private KnowledgeBaseImpact() {
	}

	/**
	 * A case to re-rank.
	 *
	 * @param name how the report names it (a pseudonym or file name)
	 * @param profile the case
	 */
	public record NamedCase(String name, CaseProfile profile) {
	}

	/**
	 * One case whose top options changed.
	 *
	 * @param name the case
	 * @param before top options under the old version
	 * @param after top options under the new version
	 * @param newlyExcluded options excluded only under the new version
	 * @param reasons the reasons attached to the new top options
	 */
	public record CaseChange(String name, List<String> before, List<String> after, List<String> newlyExcluded,
			List<Reason> reasons) {
	}

	/**
	 * The report.
	 *
	 * @param oldVersion the old version and hash
	 * @param newVersion the new version and hash
	 * @param casesCompared how many cases were re-ranked
	 * @param changed the cases whose top options changed
	 */
	public record Report(String oldVersion, String newVersion, int casesCompared, List<CaseChange> changed) {

		/** The report in words. */
		public String describe() {
			StringBuilder out = new StringBuilder("Knowledge base " + this.oldVersion + " → " + this.newVersion + ": "
					+ this.changed.size() + " of " + this.casesCompared + " cases rank differently\n");
			for (CaseChange change : this.changed) {
				out.append("\n")
					.append(change.name())
					.append("\n  before: ")
					.append(String.join(" | ", change.before()))
					.append("\n  after:  ")
					.append(String.join(" | ", change.after()))
					.append('\n');
				if (!change.newlyExcluded().isEmpty()) {
					out.append("  newly excluded: ").append(String.join(", ", change.newlyExcluded())).append('\n');
				}
				change.reasons().forEach((reason) -> out.append("  · ").append(reason.text()).append('\n'));
			}
			return out.toString();
		}

	}

	public static Report compare(KnowledgeBase oldKnowledge, KnowledgeBase newKnowledge, List<NamedCase> cases,
			LocalDate today) {
		PrioritizationEngine before = new PrioritizationEngine(oldKnowledge);
		PrioritizationEngine after = new PrioritizationEngine(newKnowledge);
		List<CaseChange> changed = new ArrayList<>();
		for (NamedCase named : cases) {
			PrioritizationResult old = before.prioritize(named.profile(), today);
			PrioritizationResult now = after.prioritize(named.profile(), today);
			List<String> topBefore = top(old);
			List<String> topAfter = top(now);
			if (!Objects.equals(topBefore, topAfter)) {
				List<String> excludedBefore = old.excluded()
					.stream()
					.map(PrioritizationResult.ExcludedOption::label)
					.toList();
				List<String> newlyExcluded = now.excluded()
					.stream()
					.map(PrioritizationResult.ExcludedOption::label)
					.filter((label) -> !excludedBefore.contains(label))
					.toList();
				List<Reason> reasons = new ArrayList<>();
				now.options().stream().limit(TOP).forEach((option) -> reasons.addAll(option.reasons()));
				now.excluded()
					.stream()
					.filter((excluded) -> newlyExcluded.contains(excluded.label()))
					.forEach((excluded) -> reasons.addAll(excluded.reasons()));
				changed.add(new CaseChange(named.name(), topBefore, topAfter, newlyExcluded, reasons));
			}
		}
		return new Report(oldKnowledge.version() + " (" + oldKnowledge.contentHash().substring(0, 12) + ")",
				newKnowledge.version() + " (" + newKnowledge.contentHash().substring(0, 12) + ")", cases.size(),
				changed);
	}

	private static List<String> top(PrioritizationResult result) {
		return result.options().stream().limit(TOP).map(PrioritizationResult.RankedOption::label).toList();
	}

}
