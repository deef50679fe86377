package org.targetboard.core.statistics;

/**
 * A proportion with its Wilson score 95 % interval (Wilson 1927; Newcombe, Stat Med
 * 1998;17:857–72, method 3), which behaves well for small samples and proportions near 0
 * or 1, unlike the Wald interval.
 *
 * @param successes the count
 * @param total the denominator
 * @param estimate successes / total (0 when total is 0)
 * @param lower the lower limit
 * @param upper the upper limit
 */
public record Proportion(int successes, int total, double estimate, double lower, double upper) {

	/** The proportion and its Wilson interval. */
	public static Proportion wilson(int successes, int total) {
		if (successes < 0 || total < 0 || successes > total) {
			throw new IllegalArgumentException("need 0 ≤ successes ≤ total");
		}
		if (total == 0) {
			return new Proportion(0, 0, 0, 0, 1);
		}
		double z = KaplanMeier.Z95;
		double p = (double) successes / total;
		double z2 = z * z;
		double centre = (p + z2 / (2.0 * total)) / (1 + z2 / total);
		double half = z / (1 + z2 / total) * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
		return new Proportion(successes, total, p, Math.max(0, centre - half), Math.min(1, centre + half));
	}

}
