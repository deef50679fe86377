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

	/**
	 * Compares two groups: one sweep over the sorted times, so large registries cost O(n
	 * log n).
	 */
	public static LogRank compare(List<Observation> a, List<Observation> b) {
		double[][] groups = { sortedTimes(a, false), sortedTimes(b, false) };
		double[][] events = { sortedTimes(a, true), sortedTimes(b, true) };
		TreeSet<Double> times = new TreeSet<>();
		for (double[] group : events) {
			for (double time : group) {
				times.add(time);
			}
		}
		int[] leftBefore = new int[2];
		int[] eventIndex = new int[2];
		int observedA = 0;
		int observedB = 0;
		double expectedA = 0;
		double variance = 0;
		for (double time : times) {
			int[] atRisk = new int[2];
			int[] dead = new int[2];
			for (int g = 0; g < 2; g++) {
				while (leftBefore[g] < groups[g].length && groups[g][leftBefore[g]] < time) {
					leftBefore[g]++;
				}
				atRisk[g] = groups[g].length - leftBefore[g];
				while (eventIndex[g] < events[g].length && events[g][eventIndex[g]] == time) {
					dead[g]++;
					eventIndex[g]++;
				}
			}
			int n = atRisk[0] + atRisk[1];
			int d = dead[0] + dead[1];
			observedA += dead[0];
			observedB += dead[1];
			expectedA += (double) d * atRisk[0] / n;
			if (n > 1) {
				variance += (double) d * atRisk[0] * atRisk[1] * (n - d) / ((double) n * n * (n - 1));
			}
		}
		double expectedB = observedA + observedB - expectedA;
		double chiSquare = (variance > 0) ? Math.pow(observedA - expectedA, 2) / variance : 0;
		return new LogRank(observedA, expectedA, observedB, expectedB, chiSquare, chiSquareOneDfPValue(chiSquare));
	}

	private static double[] sortedTimes(List<Observation> group, boolean eventsOnly) {
		return group.stream().filter((o) -> !eventsOnly || o.event()).mapToDouble(Observation::time).sorted().toArray();
	}

	/** P(χ²₁ ≥ x) = erfc(√(x/2)). */
	static double chiSquareOneDfPValue(double x) {
		return Erf.erfc(Math.sqrt(x / 2));
	}

}
