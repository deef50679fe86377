package org.targetboard.core.statistics;

/**
 * One subject's follow-up for a survival analysis.
 *
 * @param time time from time zero to the event or to censoring (e.g. days or months)
 * @param event whether the event happened at that time ({@code false}: censored)
 */
public record Observation(double time, boolean event) {

	public Observation {
		if (!(time >= 0) || Double.isInfinite(time)) {
			throw new IllegalArgumentException("A survival time is a finite number of at least 0");
		}
	}

}
