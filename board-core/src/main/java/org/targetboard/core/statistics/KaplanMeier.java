package org.targetboard.core.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Kaplan–Meier product-limit estimate of a survival function, with Greenwood's
 * variance and pointwise 95 % confidence intervals on the log(−log) scale (which stay
 * within 0 and 1). Censored observations at an event time count as at risk at that time,
 * the usual convention.
 *
 * @param steps the estimate after each distinct event time, in time order
 * @param censored the censoring times, for the marks on a curve
 * @param subjects the number of subjects
 */
public record KaplanMeier(List<Step> steps, List<Double> censored, int subjects) {

	/** The normal quantile of a two-sided 95 % interval. */
	static final double Z95 = 1.959963984540054;

	public KaplanMeier {
		steps = List.copyOf(steps);
		censored = List.copyOf(censored);
	}

	/**
	 * The estimate at one event time.
	 *
	 * @param time the event time
	 * @param atRisk subjects at risk just before it
	 * @param events events at it
	 * @param survival the estimate S(t)
	 * @param standardError Greenwood's standard error of S(t)
	 * @param lower the lower 95 % limit (log−log)
	 * @param upper the upper 95 % limit (log−log)
	 */
	public record Step(double time, int atRisk, int events, double survival, double standardError, double lower,
			double upper) {
	}

	/** Estimates the survival function of the observations. */
	public static KaplanMeier estimate(List<Observation> observations) {
		List<Observation> sorted = new ArrayList<>(observations);
		sorted.sort(Comparator.comparingDouble(Observation::time));
		List<Step> steps = new ArrayList<>();
		List<Double> censored = new ArrayList<>();
		int atRisk = sorted.size();
		double survival = 1;
		double greenwood = 0;
		int i = 0;
		while (i < sorted.size()) {
			double time = sorted.get(i).time();
			int events = 0;
			int leaving = 0;
			while (i < sorted.size() && sorted.get(i).time() == time) {
				if (sorted.get(i).event()) {
					events++;
				}
				else {
					censored.add(time);
				}
				leaving++;
				i++;
			}
			if (events > 0) {
				survival *= 1 - (double) events / atRisk;
				if (atRisk > events) {
					greenwood += (double) events / ((double) atRisk * (atRisk - events));
				}
				double se = survival * Math.sqrt(greenwood);
				double[] limits = logLogLimits(survival, greenwood);
				steps.add(new Step(time, atRisk, events, survival, se, limits[0], limits[1]));
			}
			atRisk -= leaving;
		}
		return new KaplanMeier(steps, censored, sorted.size());
	}

	/** S(t): the estimate at a time (1 before the first event). */
	public double survivalAt(double time) {
		double survival = 1;
		for (Step step : this.steps) {
			if (step.time() > time) {
				break;
			}
			survival = step.survival();
		}
		return survival;
	}

	/**
	 * The median survival time: the first time at which S(t) ≤ 0.5; absent when the curve
	 * never gets there.
	 */
	public @Nullable Double median() {
		for (Step step : this.steps) {
			if (step.survival() <= 0.5 + 1e-12) {
				return step.time();
			}
		}
		return null;
	}

	private static double[] logLogLimits(double survival, double greenwood) {
		if (survival <= 0 || survival >= 1) {
			return new double[] { survival, survival };
		}
		double log = Math.log(survival);
		double se = Math.sqrt(greenwood) / Math.abs(log);
		double lower = Math.pow(survival, Math.exp(Z95 * se));
		double upper = Math.pow(survival, Math.exp(-Z95 * se));
		return new double[] { lower, upper };
	}

}
