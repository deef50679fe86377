package org.targetboard.prioritization.trial;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.prioritization.knowledge.Trial;

/**
 * A trial judged for a case.
 *
 * @param trialId the knowledge-base id
 * @param registryId NCT or EU CT number
 * @param title the title
 * @param arm the arm
 * @param status recruitment status
 * @param verdict the overall judgement
 * @param openInCountry whether it has sites in the patient's country; absent if the
 * country is not recorded
 * @param eligibleFrom for a wash-out, the first date the patient becomes eligible
 * @param criteria every criterion with its outcome
 */
public record TrialMatch(String trialId, String registryId, String title, String arm, Trial.Status status,
		Verdict verdict, @Nullable Boolean openInCountry, @Nullable LocalDate eligibleFrom,
		List<CriterionResult> criteria) {

	public TrialMatch {
		criteria = List.copyOf(criteria);
	}

	/** The overall judgement. */
	public enum Verdict {

		/** Every criterion met. */
		ELIGIBLE,
		/** None failed, some unknown: decide once the missing data is known. */
		POTENTIALLY_ELIGIBLE,
		/** Only a wash-out fails: eligible from a date. */
		NOT_YET_ELIGIBLE,
		/** A criterion is not met. */
		NOT_ELIGIBLE

	}

	/** Whether the trial can be offered now or after missing data is checked. */
	public boolean isCandidate() {
		return (this.verdict == Verdict.ELIGIBLE || this.verdict == Verdict.POTENTIALLY_ELIGIBLE)
				&& this.status == Trial.Status.RECRUITING && !Boolean.FALSE.equals(this.openInCountry);
	}

}
