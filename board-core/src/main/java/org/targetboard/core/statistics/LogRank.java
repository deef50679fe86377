package org.targetboard.core.statistics;

import java.util.List;
import java.util.TreeSet;

/**
 * The log-rank (Mantel–Cox) test of two survival curves: observed and expected events per
 * group, the chi-square statistic with one degree of freedom and its p-value.
 *
 * @param observedA events in group A
 * @param expectedA expected events in group A under equal hazards
 * @param observedB events in group B
 * @param expectedB expected events in group B
 * @param chiSquare the statistic (O_A − E_A)² / Var
 * @param pValue the two-sided p-value
 */
public record LogRank(int observedA, double expectedA, int observedB, double expectedB, double chiSquare,
		double pValue) {

	/** Compares two groups. */
	public static LogRank compare(List<Observation> a, List<Observation> b) {
		TreeSet<Double> times = new TreeSet<>();
		a.stream().filter(Observation::event).forEach((o) -> times.add(o.time()));
		b.stream().filter(Observation::event).forEach((o) -> times.add(o.time()));
		int observedA = 0;
		int observedB = 0;
		double expectedA = 0;
		double variance = 0;
		for (double time : times) {
			int atRiskA = atRisk(a, time);
			int atRiskB = atRisk(b, time);
			int eventsA = events(a, time);
			int eventsB = events(b, time);
			int n = atRiskA + atRiskB;
			int d = eventsA + eventsB;
			observedA += eventsA;
			observedB += eventsB;
			expectedA += (double) d * atRiskA / n;
			if (n > 1) {
				variance += (double) d * atRiskA * atRiskB * (n - d) / ((double) n * n * (n - 1));
			}
		}
		double expectedB = observedA + observedB - expectedA;
		double chiSquare = (variance > 0) ? Math.pow(observedA - expectedA, 2) / variance : 0;
		return new LogRank(observedA, expectedA, observedB, expectedB, chiSquare, chiSquareOneDfPValue(chiSquare));
	}

	/** P(χ²₁ ≥ x) = erfc(√(x/2)). */
	static double chiSquareOneDfPValue(double x) {
		return Erf.erfc(Math.sqrt(x / 2));
	}

	private static int atRisk(List<Observation> group, double time) {
		return (int) group.stream().filter((o) -> o.time() >= time).count();
	}

	private static int events(List<Observation> group, double time) {
		return (int) group.stream().filter((o) -> o.event() && o.time() == time).count();
	}

}
