package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A drug or cell therapy with the attributes the rules use.
 *
 * @param id lower-case identifier (INN)
 * @param name display name
 * @param drugClass pharmacological class
 * @param type the option type it forms
 * @param route route of administration
 * @param targets surface antigens it is directed against
 * @param flags attributes for intent rules
 * @param toxicities notable toxicities
 * @param approvals approvals per agency
 * @param sources cited sources
 * @param reviewed when curators last reviewed the entry
 */
public record Drug(String id, String name, String drugClass, OptionType type, String route, List<String> targets,
		Set<DrugFlag> flags, List<String> toxicities, List<Approval> approvals, List<String> sources,
		LocalDate reviewed) {

	public Drug {
		targets = Lists.orEmpty(targets);
		flags = (flags != null) ? Set.copyOf(flags) : Set.of();
		toxicities = Lists.orEmpty(toxicities);
		approvals = Lists.orEmpty(approvals);
		sources = Lists.orEmpty(sources);
	}

	/** Whether the drug is directed against the antigen. */
	public boolean targets(String antigen) {
		return this.targets.contains(antigen);
	}

	/**
	 * An approval.
	 *
	 * @param agency EMA or FDA
	 * @param scope the approved indication
	 * @param minAgeYears the minimum age of the approval
	 * @param date the approval date
	 */
	public record Approval(String agency, String scope, @Nullable Integer minAgeYears, @Nullable LocalDate date) {
	}

}
