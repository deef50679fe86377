package org.targetboard.registry.analytics;

/**
 * How often an actionable event was found among the advised cases.
 *
 * @param event the event's name
 * @param cases cases with it
 * @param withoutOpenTrial cases in which no open trial offered any of its options
 */
public record EventCount(String event, int cases, int withoutOpenTrial) {

}
