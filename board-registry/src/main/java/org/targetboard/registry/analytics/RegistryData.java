package org.targetboard.registry.analytics;

import java.util.List;
import java.util.Map;

import org.targetboard.core.followup.ReasonCode;

/**
 * The data the outcome measures are computed from.
 *
 * @param cases one row per advised case
 * @param events the actionable events of the rankings the advice was composed from
 * @param reasons coded reasons of all follow-up reports
 * @param referrals the first advice's referrals by subject and purpose, with what became
 * of them
 */
public record RegistryData(List<CaseOutcome> cases, List<EventCount> events, Map<ReasonCode, Integer> reasons,
		List<ReferralCount> referrals) {

}
