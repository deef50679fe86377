package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.core.evidence.EvidenceLevel;

/**
 * A clinical trial (or arm) with structured eligibility.
 *
 * @param id identifier
 * @param title title
 * @param nct ClinicalTrials.gov number
 * @param euCt EU CT (CTIS) number
 * @param phase phase
 * @param status recruitment status
 * @param arm the arm or regimen
 * @param drugs drugs of the arm that the knowledge base knows
 * @param genericArm whether the arm takes patients without a matching lesion
 * @param screening whether it is a screening protocol rather than a treatment
 * @param standardOfCare whether it is the standard-of-care relapse protocol
 * @param evidence the evidence for a generic arm
 * @param eligibility the criteria
 * @param countries countries with sites
 * @param sources cited sources
 * @param reviewed when curators last reviewed the entry
 * @param statusHistory the dated changes of the recruitment status, oldest first (empty:
 * only the current status is known)
 */
public record Trial(String id, String title, @Nullable String nct, @Nullable String euCt, String phase, Status status,
		String arm, List<String> drugs, boolean genericArm, boolean screening, boolean standardOfCare,
		@Nullable Evidence evidence, Eligibility eligibility, List<String> countries, List<String> sources,
		LocalDate reviewed, List<StatusChange> statusHistory) {

	public Trial {
		statusHistory = Lists.orEmpty(statusHistory);
		drugs = Lists.orEmpty(drugs);
		countries = Lists.orEmpty(countries);
		sources = Lists.orEmpty(sources);
	}

	/** The registry identifier to show: NCT, else EU CT, else the id. */
	public String registryId() {
		return (this.nct != null) ? this.nct : (this.euCt != null) ? this.euCt : this.id;
	}

	/**
	 * The recruitment status on a date: the latest dated change on or before it; before
	 * the first change the trial was not yet open. Without a history only the current
	 * status is known and is used for every date.
	 */
	public Status statusOn(LocalDate date) {
		if (this.statusHistory.isEmpty()) {
			return this.status;
		}
		Status status = Status.NOT_YET_RECRUITING;
		for (StatusChange change : this.statusHistory) {
			if (!change.date().isAfter(date)) {
				status = change.status();
			}
		}
		return status;
	}

	/**
	 * A change of the recruitment status.
	 *
	 * @param date when it took effect
	 * @param status the new status
	 */
	public record StatusChange(LocalDate date, Status status) {
	}

	/** Recruitment status. */
	public enum Status {

		RECRUITING, NOT_YET_RECRUITING, ACTIVE_NOT_RECRUITING, COMPLETED, TERMINATED

	}

	/**
	 * Evidence for a generic arm.
	 *
	 * @param level the level
	 * @param sources cited sources
	 * @param note a remark
	 */
	public record Evidence(EvidenceLevel level, List<String> sources, @Nullable String note) {

		public Evidence {
			sources = Lists.orEmpty(sources);
		}

	}

	/**
	 * Eligibility criteria; see trials.yaml for their meaning.
	 *
	 * @param inherit another trial whose criteria apply where this one sets none
	 * @param diseases entities accepted
	 * @param ageAtDiagnosis age at initial diagnosis
	 * @param ageAtInclusion age at inclusion
	 * @param categories disease categories, any of which must hold
	 * @param requiresAnyEvent actionable events of which one is required
	 * @param markers marker thresholds
	 * @param riskGroups relapse risk groups accepted
	 * @param excludedPrior wash-outs and excluded prior agents
	 * @param excludedPriorKinds history kinds that exclude
	 * @param minPerformance minimum Lansky/Karnofsky
	 * @param otherCriteria criteria the case format does not record
	 */
	public record Eligibility(@Nullable String inherit, List<Diagnosis> diseases, @Nullable AgeRange ageAtDiagnosis,
			@Nullable AgeRange ageAtInclusion, List<Category> categories, List<String> requiresAnyEvent,
			List<MarkerRequirement> markers, List<String> riskGroups, List<PriorExclusion> excludedPrior,
			List<TreatmentLine.Kind> excludedPriorKinds, @Nullable Integer minPerformance, List<String> otherCriteria) {

		public Eligibility {
			diseases = Lists.orEmpty(diseases);
			categories = Lists.orEmpty(categories);
			requiresAnyEvent = Lists.orEmpty(requiresAnyEvent);
			markers = Lists.orEmpty(markers);
			riskGroups = Lists.orEmpty(riskGroups);
			excludedPrior = Lists.orEmpty(excludedPrior);
			excludedPriorKinds = Lists.orEmpty(excludedPriorKinds);
			otherCriteria = Lists.orEmpty(otherCriteria);
		}

		/** These criteria, completed from the inherited ones where these set none. */
		Eligibility inheritFrom(Eligibility base) {
			return new Eligibility(null, this.diseases.isEmpty() ? base.diseases : this.diseases,
					(this.ageAtDiagnosis != null) ? this.ageAtDiagnosis : base.ageAtDiagnosis,
					(this.ageAtInclusion != null) ? this.ageAtInclusion : base.ageAtInclusion,
					this.categories.isEmpty() ? base.categories : this.categories,
					this.requiresAnyEvent.isEmpty() ? base.requiresAnyEvent : this.requiresAnyEvent,
					this.markers.isEmpty() ? base.markers : this.markers,
					this.riskGroups.isEmpty() ? base.riskGroups : this.riskGroups,
					this.excludedPrior.isEmpty() ? base.excludedPrior : this.excludedPrior,
					this.excludedPriorKinds.isEmpty() ? base.excludedPriorKinds : this.excludedPriorKinds,
					(this.minPerformance != null) ? this.minPerformance : base.minPerformance,
					this.otherCriteria.isEmpty() ? base.otherCriteria : this.otherCriteria);
		}

	}

	/**
	 * An age range in completed years.
	 *
	 * @param min inclusive minimum
	 * @param maxExclusive exclusive maximum
	 */
	public record AgeRange(@Nullable Integer min, @Nullable Integer maxExclusive) {

		/** The range in words, e.g. "1 to under 18 years". */
		public String describe() {
			if (this.min != null && this.maxExclusive != null) {
				return this.min + " to under " + this.maxExclusive + " years";
			}
			return (this.min != null) ? "at least " + this.min + " years" : "under " + this.maxExclusive + " years";
		}

	}

	/**
	 * A disease category.
	 *
	 * @param diseases entities (empty: the trial's diseases)
	 * @param minRelapseNumber minimum relapse number
	 * @param maxRelapseNumber maximum relapse number
	 * @param refractoryQualifies whether refractory disease qualifies in place of the
	 * relapse number
	 * @param marrowInvolved whether marrow involvement is required
	 * @param requiresAnyEvent actionable events of which one is required for this
	 * category
	 * @param requiresAnyPrior history kinds or agents of which one is required
	 */
	public record Category(List<Diagnosis> diseases, @Nullable Integer minRelapseNumber,
			@Nullable Integer maxRelapseNumber, boolean refractoryQualifies, boolean marrowInvolved,
			List<String> requiresAnyEvent, List<String> requiresAnyPrior) {

		public Category {
			diseases = Lists.orEmpty(diseases);
			requiresAnyEvent = Lists.orEmpty(requiresAnyEvent);
			requiresAnyPrior = Lists.orEmpty(requiresAnyPrior);
		}

	}

	/**
	 * A marker threshold.
	 *
	 * @param marker the marker
	 * @param minPercent the threshold
	 * @param exclusive whether the threshold itself does not qualify
	 */
	public record MarkerRequirement(String marker, double minPercent, boolean exclusive) {
	}

	/**
	 * A prior treatment that excludes, ever or within a wash-out period.
	 *
	 * @param agents agents
	 * @param kinds history kinds
	 * @param withinDays the wash-out; absent: ever
	 */
	public record PriorExclusion(List<String> agents, List<TreatmentLine.Kind> kinds, @Nullable Integer withinDays) {

		public PriorExclusion {
			agents = Lists.orEmpty(agents);
			kinds = Lists.orEmpty(kinds);
		}

	}

}
