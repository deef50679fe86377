package org.targetboard.core.intake;

import org.jspecify.annotations.Nullable;

/**
 * The relapse risk group computed at submission (domain.md 4): BFM/IntReALL strategic
 * group and the NCT05827549 group where they apply, with how they were reached.
 *
 * @param timing time to relapse (VERY_EARLY, EARLY, LATE) when it could be told
 * @param bfmGroup S1–S4, when it applies
 * @param nct05827549Group SR, HR or VHR, when it applies
 * @param explanation how the groups were reached or why none applies, in words
 */
public record RiskGroup(@Nullable String timing, @Nullable String bfmGroup, @Nullable String nct05827549Group,
		String explanation) {
}
