package org.targetboard.core.advice;

import org.jspecify.annotations.Nullable;

/**
 * One option of the advice, in the order the board gives.
 *
 * @param type the kind of option
 * @param label what is advised, e.g. "Dasatinib with chemotherapy" or the trial's title
 * @param rationale why, in the board's words
 * @param evidenceLevel the DNPM evidence level with modifiers, e.g. {@code m1B Z(FDA)}
 * @param trialId for a trial: its NCT or EU CT number
 * @param trialArm for a trial: the arm
 * @param trialSites for a trial: sites in the patient's country, where known
 * @param engineOptionId the engine's option this came from; absent when the panel added
 * it
 * @param engineRank the engine's rank of that option
 */
public record AdviceOption(AdviceOptionType type, String label, String rationale, @Nullable String evidenceLevel,
		@Nullable String trialId, @Nullable String trialArm, @Nullable String trialSites,
		@Nullable String engineOptionId, @Nullable Integer engineRank) {

	/** Whether the option came from the engine's ranking. */
	public boolean fromEngine() {
		return this.engineRank != null;
	}

}
