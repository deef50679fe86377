package org.targetboard.core.advice;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.evidence.EvidenceGrade;

/**
 * One option of the advice, in the order the board gives.
 *
 * @param type the kind of option
 * @param label what is advised, e.g. "Dasatinib with chemotherapy" or the trial's title
 * @param rationale why, in the board's words
 * @param evidence the evidence grade, as the engine grades it (DNPM level with modifiers,
 * e.g. {@code m1B Z(FDA)}); absent when the board does not grade the option
 * @param trialId for a trial: its NCT or EU CT number
 * @param trialArm for a trial: the arm
 * @param trialSites for a trial: sites in the patient's country, where known
 * @param engineOptionId the engine's option this came from; absent when the panel added
 * it
 * @param engineRank the engine's rank of that option
 * @param recommendation the number of the recommendation this option is a component of:
 * options with the same number are one recommendation, given together ("high-risk relapse
 * protocol and blinatumomab"); absent, the option is a recommendation of its own
 */
public record AdviceOption(@Nullable AdviceOptionType type, String label, String rationale,
		@Nullable EvidenceGrade evidence, @Nullable String trialId, @Nullable String trialArm,
		@Nullable String trialSites, @Nullable String engineOptionId, @Nullable Integer engineRank,
		@Nullable Integer recommendation) {

	public AdviceOption {
		// What a client leaves out is a rule's refusal (AdviceDraft#check), never a
		// crash.
		label = (label != null) ? label : "";
		rationale = (rationale != null) ? rationale : "";
	}

	/** An option that is a recommendation of its own. */
	public AdviceOption(@Nullable AdviceOptionType type, String label, String rationale,
			@Nullable EvidenceGrade evidence, @Nullable String trialId, @Nullable String trialArm,
			@Nullable String trialSites, @Nullable String engineOptionId, @Nullable Integer engineRank) {
		this(type, label, rationale, evidence, trialId, trialArm, trialSites, engineOptionId, engineRank, null);
	}

	/** The same option as a component of the given recommendation. */
	public AdviceOption inRecommendation(int number) {
		return new AdviceOption(this.type, this.label, this.rationale, this.evidence, this.trialId, this.trialArm,
				this.trialSites, this.engineOptionId, this.engineRank, number);
	}

	/**
	 * What the board writes as the trial number of a trial it names whose registry number
	 * is not yet known: it is then flagged "registry number to be confirmed".
	 */
	public static final String NUMBER_TO_BE_CONFIRMED = "TBC";

	/** Whether this is a trial the board named without its registry number. */
	public boolean trialNumberToBeConfirmed() {
		return this.type == AdviceOptionType.TRIAL
				&& NUMBER_TO_BE_CONFIRMED.equalsIgnoreCase(String.valueOf(this.trialId));
	}

	/** Whether the option came from the engine's ranking. */
	public boolean fromEngine() {
		return this.engineRank != null;
	}

}
