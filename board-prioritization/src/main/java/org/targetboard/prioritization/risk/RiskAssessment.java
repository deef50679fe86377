package org.targetboard.prioritization.risk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The relapse risk assessment of a case.
 *
 * @param timing time to relapse (BFM/IntReALL definitions), if it can be told
 * @param bfmGroup BFM/IntReALL strategic group S1–S4, where it applies and can be told
 * @param nct05827549Group the NCT05827549 group (SR, HR, VHR), where it applies and can
 * be told
 * @param explanation how the groups were reached, or why not, in words
 * @param missing data that would be needed to assign a group
 */
public record RiskAssessment(@Nullable RelapseTiming timing, @Nullable String bfmGroup,
		@Nullable String nct05827549Group, List<String> explanation, List<String> missing) {

	public RiskAssessment {
		explanation = List.copyOf(explanation);
		missing = List.copyOf(missing);
	}

	/** Time to relapse (domain.md 4.1). */
	public enum RelapseTiming {

		VERY_EARLY, EARLY, LATE

	}

}
