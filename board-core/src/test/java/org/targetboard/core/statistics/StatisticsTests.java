package org.targetboard.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: the remission data of Freireich et al. (Blood 1963;21:699–716), the
 * classic 6-mercaptopurine versus placebo trial in acute leukaemia, as analysed in
 * Kleinbaum and Klein, Survival Analysis (3rd ed., ch. 2) and by R's {@code survfit} and
 * {@code survdiff} on {@code MASS::gehan}; Wilson intervals from Newcombe (Stat Med
 * 1998;17:857–72, table II, method 3); quantiles as R's {@code quantile} (type 7).
 */
class StatisticsTests {

	/** Weeks in remission under 6-MP; a minus sign marks a censored time. */
	private static final int[] SIX_MP = { 6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32,
			-32, -34, -35 };

	private static final int[] PLACEBO = { 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23 };

	@ParameterizedTest(name = "6-MP at week {0}: at risk {1}, S = {2}, Greenwood SE = {3}")
	@CsvSource({ "6, 21, 0.8571, 0.0764", "7, 17, 0.8067, 0.0869", "10, 15, 0.7529, 0.0963", "13, 12, 0.6902, 0.1068",
			"16, 11, 0.6275, 0.1141", "22, 7, 0.5378, 0.1282", "23, 6, 0.4482, 0.1346" })
	void estimatesTheSixMpCurveWithGreenwoodErrors(double week, int atRisk, double survival, double se) {
		KaplanMeier curve = KaplanMeier.estimate(observations(SIX_MP));
		KaplanMeier.Step step = curve.steps().stream().filter((s) -> s.time() == week).findFirst().orElseThrow();
		assertThat(step.atRisk()).isEqualTo(atRisk);
		assertThat(step.survival()).isCloseTo(survival, within(0.00005));
		assertThat(step.standardError()).isCloseTo(se, within(0.00005));
		assertThat(step.lower()).isLessThan(step.survival());
		assertThat(step.upper()).isGreaterThan(step.survival()).isLessThanOrEqualTo(1);
	}

	@Test
	void findsTheMediansAndTheCensoringMarks() {
		KaplanMeier sixMp = KaplanMeier.estimate(observations(SIX_MP));
		KaplanMeier placebo = KaplanMeier.estimate(observations(PLACEBO));
		assertThat(sixMp.median()).isEqualTo(23.0);
		assertThat(placebo.median()).isEqualTo(8.0);
		assertThat(sixMp.censored()).hasSize(12);
		assertThat(placebo.steps().get(placebo.steps().size() - 1).survival()).isZero();
		assertThat(sixMp.survivalAt(5)).isEqualTo(1.0);
		assertThat(sixMp.survivalAt(12)).isCloseTo(0.7529, within(0.00005));
	}

	/** R's {@code survival::aml}: weeks to relapse of both arms together. */
	private static final int[] AML = { 9, 13, -13, 18, 23, -28, 31, 34, -45, 48, -161, 5, 5, 8, 8, 12, -16, 23, 27, 30,
			33, 43, 45 };

	@Test
	void givesTheMedianWithItsLimitsAndTheLandmarksAsRDoes() {
		// survfit(Surv(time, status) ~ 1, aml, conf.type = "log-log"): quantile() and
		// summary(times = c(12, 24)).
		KaplanMeier aml = KaplanMeier.estimate(observations(AML));
		assertThat(aml.median()).isEqualTo(27.0);
		assertThat(aml.medianLower()).isEqualTo(13.0);
		assertThat(aml.medianUpper()).isEqualTo(34.0);
		KaplanMeier.Landmark year = aml.at(12);
		assertThat(year.survival()).isCloseTo(0.7391304348, within(1e-9));
		assertThat(year.lower()).isCloseTo(0.5092094388, within(1e-9));
		assertThat(year.upper()).isCloseTo(0.8733757817, within(1e-9));
		KaplanMeier.Landmark twoYears = aml.at(24);
		assertThat(twoYears.survival()).isCloseTo(0.5465838509, within(1e-9));
		assertThat(twoYears.lower()).isCloseTo(0.3192504140, within(1e-9));
		assertThat(twoYears.upper()).isCloseTo(0.7264491738, within(1e-9));
		KaplanMeier sixMp = KaplanMeier.estimate(observations(SIX_MP));
		assertThat(sixMp.medianLower()).isEqualTo(13.0);
		assertThat(sixMp.medianUpper()).isNull();
		assertThat(sixMp.at(40)).as("beyond the last observation nothing is known").isNull();
	}

	@Test
	void takesTheMidpointWhereTheCurveStaysAtOneHalf() {
		// R: quantile(survfit(Surv(1:6, c(1, 1, 1, 0, 1, 0)) ~ 1)) gives 4, the middle of
		// the flat stretch from 3 to the next event at 5; with 1:4, c(1, 1, 0, 0) the
		// stretch from 2 runs to the last observation at 4, so 3.
		assertThat(KaplanMeier.estimate(observations(new int[] { 1, 2, 3, -4, 5, -6 })).median()).isEqualTo(4.0);
		assertThat(KaplanMeier.estimate(observations(new int[] { 1, 2, 3, -4, 5, -6 })).medianLower()).isEqualTo(1.0);
		assertThat(KaplanMeier.estimate(observations(new int[] { 1, 2, -3, -4 })).median()).isEqualTo(3.0);
		assertThat(KaplanMeier.estimate(observations(new int[] { 1, -2, -3 })).median()).isNull();
	}

	@Test
	void comparesTheCurvesWithTheLogRankTest() {
		LogRank test = LogRank.compare(observations(SIX_MP), observations(PLACEBO));
		assertThat(test.observedA()).isEqualTo(9);
		assertThat(test.expectedA()).isCloseTo(19.25, within(0.005));
		assertThat(test.observedB()).isEqualTo(21);
		assertThat(test.expectedB()).isCloseTo(10.75, within(0.005));
		assertThat(test.chiSquare()).isCloseTo(16.79, within(0.005));
		assertThat(test.pValue()).isCloseTo(4.17e-5, within(0.005e-5));
	}

	@ParameterizedTest(name = "{0}/{1}: {2} to {3}")
	@CsvSource({ "81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611",
			"1, 29, 0.0061, 0.1718" })
	void givesNewcombesWilsonIntervals(int successes, int total, double lower, double upper) {
		Proportion proportion = Proportion.wilson(successes, total);
		assertThat(proportion.lower()).isCloseTo(lower, within(0.00005));
		assertThat(proportion.upper()).isCloseTo(upper, within(0.00005));
	}

	@Test
	void summarisesLikeR() {
		Summary summary = Summary.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		assertThat(summary.median()).isEqualTo(5.5);
		assertThat(summary.lowerQuartile()).isEqualTo(3.25);
		assertThat(summary.upperQuartile()).isEqualTo(7.75);
		assertThat(Summary.of(List.of(7)).median()).isEqualTo(7.0);
		assertThat(Summary.of(List.<Integer>of()).n()).isZero();
	}

	private static List<Observation> observations(int[] weeks) {
		List<Observation> observations = new ArrayList<>();
		for (int week : weeks) {
			observations.add(new Observation(Math.abs(week), week > 0));
		}
		return observations;
	}

}
