package org.targetboard.core.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

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
	 * The median survival time as R's {@code survival} package defines it: the first time
	 * at which S(t) falls below 0.5, or, where S(t) equals 0.5 over a flat stretch, the
	 * midpoint of that stretch (up to the last observed time when the stretch reaches
	 * it). Absent when the curve never reaches 0.5.
	 */
	public @Nullable Double median() {
		return quantile(Step::survival, false);
	}

	/**
	 * The lower 95 % limit of the median: the same definition applied to the lower
	 * confidence band, as {@code quantile.survfit} does.
	 */
	public @Nullable Double medianLower() {
		return quantile(Step::lower, true);
	}

	/** The upper 95 % limit of the median, from the upper band; often absent. */
	public @Nullable Double medianUpper() {
		return quantile(Step::upper, true);
	}

	/**
	 * The estimate at a landmark time, with its 95 % limits: the step in force then.
	 * Absent when the time lies beyond the last observation, where nothing is known.
	 */
	public @Nullable Landmark at(double time) {
		if (time > lastObserved()) {
			return null;
		}
		Landmark landmark = new Landmark(time, 1, 1, 1);
		for (Step step : this.steps) {
			if (step.time() > time) {
				break;
			}
			landmark = new Landmark(time, step.survival(), step.lower(), step.upper());
		}
		return landmark;
	}

	/**
	 * An estimate at a landmark time.
	 *
	 * @param time the landmark
	 * @param survival S(t)
	 * @param lower its lower 95 % limit
	 * @param upper its upper 95 % limit
	 */
	public record Landmark(double time, double survival, double lower, double upper) {
	}

	/** The last time observed, event or censoring. */
	public double lastObserved() {
		double last = this.steps.isEmpty() ? 0 : this.steps.get(this.steps.size() - 1).time();
		for (double time : this.censored) {
			last = Math.max(last, time);
		}
		return last;
	}

	// R's findq (survival 3.x) for p = 0.5 on the cumulative curve 1 - S: the points
	// where
	// it changes, from time 0; an exact hit (within R's tolerance) is averaged with the
	// next change, or with the last observed time when there is none. A band that is
	// undefined (S = 0) contributes no point, as R's NA does.
	private @Nullable Double quantile(ToDoubleFunction<Step> curve, boolean band) {
		double p = 0.5;
		double tolerance = Math.sqrt(Math.ulp(1.0));
		List<double[]> points = new ArrayList<>();
		points.add(new double[] { 0, 0 });
		for (Step step : this.steps) {
			if (band && step.survival() <= 0) {
				continue;
			}
			double y = 1 - curve.applyAsDouble(step);
			if (y != points.get(points.size() - 1)[1]) {
				points.add(new double[] { step.time(), y });
			}
		}
		double[] last = points.get(points.size() - 1);
		if (last[1] < p) {
			return null;
		}
		int first = -1;
		int next = -1;
		for (int j = 0; j < points.size(); j++) {
			if (first < 0 && points.get(j)[1] + tolerance >= p) {
				first = j;
			}
			if (next < 0 && points.get(j)[1] - tolerance >= p) {
				next = j;
			}
		}
		if (next >= 0) {
			return (points.get(first)[0] + points.get(next)[0]) / 2;
		}
		return (Math.abs(p - last[1]) < tolerance) ? (points.get(first)[0] + lastObserved()) / 2 : null;
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
