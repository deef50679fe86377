package org.targetboard.core.advice;

import org.jspecify.annotations.Nullable;

/**
 * An option of the engine's ranking that the panel considered and did not advise, with
 * its reason: the letter lists it under "considered and not advised", so that the centre
 * reads why a ranked option is not part of the advice.
 *
 * @param engineOptionId the engine's option
 * @param engineRank its rank in the engine's ranking
 * @param label what the engine ranked, e.g. "Dasatinib with chemotherapy"
 * @param reason why the panel does not advise it, in the panel's words; absent when the
 * panel gave none
 */
public record NotAdvised(String engineOptionId, int engineRank, String label, @Nullable String reason) {

	public NotAdvised {
		// What a client leaves out is a rule's refusal (AdviceDraft#check), never a
		// crash.
		engineOptionId = (engineOptionId != null) ? engineOptionId : "";
		label = (label != null) ? label : "";
		reason = (reason == null || reason.isBlank()) ? null : reason.strip();
	}

}
