package org.targetboard.core.statistics;

import java.util.Collection;

/**
 * Median and quartiles of a sample (quantiles by linear interpolation between order
 * statistics, Hyndman and Fan type 7, the default of R and of spreadsheet programs).
 *
 * @param n the sample size
 * @param median the median
 * @param lowerQuartile the 25th percentile
 * @param upperQuartile the 75th percentile
 */
public record Summary(int n, double median, double lowerQuartile, double upperQuartile) {

	/** The summary of the values; all NaN for an empty sample. */
	public static Summary of(Collection<? extends Number> values) {
		double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
		}
		return new Summary(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
	}

	static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

}
