package org.targetboard.web.registry;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.statistics.KaplanMeier;
import org.targetboard.core.statistics.Observation;

/**
 * A Kaplan–Meier plot as SVG drawn on the server: step curves with their pointwise 95 %
 * confidence bands, censoring marks, the time axis in months and the numbers at risk
 * below it. Text stays text, so the chart is readable by screen readers and prints
 * sharply.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param plotLeft the left edge of the plot area
 * @param plotRight the right edge
 * @param plotTop the top edge
 * @param plotBottom the bottom edge
 * @param ticks the time axis ticks
 * @param yTicks the survival axis ticks
 * @param series one curve per group
 */
public record SurvivalChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom,
		List<Tick> ticks, List<Tick> yTicks, List<Series> series) {

	/**
	 * An axis tick.
	 *
	 * @param position where it is drawn
	 * @param label its label
	 */
	public record Tick(double position, String label) {
	}

	/**
	 * One group's curve.
	 *
	 * @param name the group's message key
	 * @param cssClass its colour class
	 * @param path the step curve as an SVG path
	 * @param band the 95 % confidence band as a closed SVG path
	 * @param censorMarks the censoring marks as one SVG path of short vertical lines
	 * @param atRisk the numbers at risk at each time tick
	 * @param n the group's size
	 */
	public record Series(String name, String cssClass, String path, String band, String censorMarks,
			List<Integer> atRisk, int n) {
	}

	/**
	 * A group to draw.
	 *
	 * @param name its message key
	 * @param cssClass its colour class
	 * @param observations its observations
	 * @param curve its estimate
	 */
	public record Group(String name, String cssClass, List<Observation> observations, KaplanMeier curve) {
	}

	private static final int WIDTH = 720;

	private static final int HEIGHT = 300;

	private static final int LEFT = 56;

	private static final int RIGHT = 700;

	private static final int TOP = 12;

	private static final int BOTTOM = 260;

	/** Draws the groups on one time axis. */
	public static SurvivalChart of(List<Group> groups) {
		double maxTime = groups.stream()
			.flatMap((g) -> g.observations().stream())
			.mapToDouble(Observation::time)
			.max()
			.orElse(0);
		int tick = (maxTime > 48) ? 12 : (maxTime > 24) ? 6 : 3;
		double axisEnd = Math.max(tick, Math.ceil(maxTime / tick) * tick);
		List<Tick> ticks = new ArrayList<>();
		for (int t = 0; t <= axisEnd; t += tick) {
			ticks.add(new Tick(x(t, axisEnd), Integer.toString(t)));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int p = 0; p <= 100; p += 25) {
			yTicks.add(new Tick(y(p / 100.0), p + " %"));
		}
		List<Series> series = new ArrayList<>();
		for (Group group : groups) {
			StepPath path = new StepPath(x(0, axisEnd), y(1));
			for (KaplanMeier.Step s : group.curve().steps()) {
				path.horizontal(x(s.time(), axisEnd)).vertical(y(s.survival()));
			}
			double last = group.observations().stream().mapToDouble(Observation::time).max().orElse(0);
			path.horizontal(x(last, axisEnd));
			StringBuilder marks = new StringBuilder();
			// Censoring times come in time order: one sweep along the steps. Marks that
			// fall
			// on the same tenth of a unit as the one before are one mark on the screen.
			List<KaplanMeier.Step> steps = group.curve().steps();
			int step = -1;
			long previous = -1;
			for (double time : group.curve().censored()) {
				while (step + 1 < steps.size() && steps.get(step + 1).time() <= time) {
					step++;
				}
				double atTime = (step >= 0) ? steps.get(step).survival() : 1;
				long markX = StepPath.tenths(x(time, axisEnd));
				long markY = StepPath.tenths(y(atTime) - 5);
				long mark = markX * 1_000_000 + markY;
				if (mark != previous) {
					marks.append('M').append(StepPath.format(markX)).append(' ').append(StepPath.format(markY));
					marks.append(" v10 ");
					previous = mark;
				}
			}
			List<Integer> atRisk = new ArrayList<>();
			for (int t = 0; t <= axisEnd; t += tick) {
				final double time = t;
				atRisk.add((int) group.observations().stream().filter((o) -> o.time() >= time).count());
			}
			boolean empty = group.observations().isEmpty();
			series.add(new Series(group.name(), group.cssClass(), empty ? "" : path.toString(),
					empty ? "" : band(steps, last, axisEnd), marks.toString().strip(), atRisk,
					group.observations().size()));
		}
		return new SurvivalChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, ticks, yTicks, series);
	}

	// Along the upper limits forward, back along the lower ones, as steps like the curve.
	private static String band(List<KaplanMeier.Step> steps, double last, double axisEnd) {
		StepPath band = new StepPath(x(0, axisEnd), y(1));
		for (KaplanMeier.Step s : steps) {
			band.horizontal(x(s.time(), axisEnd)).vertical(y(s.upper()));
		}
		band.horizontal(x(last, axisEnd));
		band.vertical(y(steps.isEmpty() ? 1 : steps.get(steps.size() - 1).lower()));
		for (int i = steps.size() - 1; i >= 0; i--) {
			band.horizontal(x(steps.get(i).time(), axisEnd));
			band.vertical(y((i > 0) ? steps.get(i - 1).lower() : 1));
		}
		return band.horizontal(x(0, axisEnd)).close();
	}

	private static double x(double time, double axisEnd) {
		return LEFT + (RIGHT - LEFT) * time / axisEnd;
	}

	private static double y(double survival) {
		return BOTTOM - (BOTTOM - TOP) * survival;
	}

}
