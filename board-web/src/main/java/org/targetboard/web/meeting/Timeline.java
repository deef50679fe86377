package org.targetboard.web.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The treatment history laid out on one time axis, from the initial diagnosis to the
 * current relapse, for the presentation view's timeline (positions in per cent of the
 * axis).
 *
 * @param from the start of the axis
 * @param to the end of the axis
 * @param bars one bar per treatment line with known dates
 * @param relapseAt where the current relapse lies, if dated
 */
public record Timeline(LocalDate from, LocalDate to, List<Bar> bars, @Nullable Double relapseAt) {

	/**
	 * One treatment line.
	 *
	 * @param line the line
	 * @param row its row, top first
	 * @param x where it starts, in per cent
	 * @param width how long it lasted, in per cent (at least a visible sliver)
	 */
	public record Bar(TreatmentLine line, int row, double x, double width) {
	}

	/** The timeline of a case; absent when no line is dated. */
	public static @Nullable Timeline of(CaseIntake intake) {
		List<LocalDate> dates = new ArrayList<>();
		if (intake.diagnosisDate() != null) {
			dates.add(intake.diagnosisDate());
		}
		if (intake.relapseDate() != null) {
			dates.add(intake.relapseDate());
		}
		for (TreatmentLine line : intake.history()) {
			if (line.start() != null) {
				dates.add(line.start());
			}
			if (line.end() != null) {
				dates.add(line.end());
			}
		}
		if (dates.size() < 2 || intake.history().stream().allMatch((line) -> line.start() == null)) {
			return null;
		}
		LocalDate from = dates.stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate to = dates.stream().max(LocalDate::compareTo).orElseThrow();
		double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		List<Bar> bars = new ArrayList<>();
		int row = 0;
		for (TreatmentLine line : intake.history()) {
			if (line.start() == null) {
				continue;
			}
			LocalDate end = (line.end() != null) ? line.end() : line.start();
			double x = ChronoUnit.DAYS.between(from, line.start()) / span * 100;
			double width = Math.max(0.8, ChronoUnit.DAYS.between(line.start(), end) / span * 100);
			bars.add(new Bar(line, row++, x, Math.min(width, 100 - x + 0.8)));
		}
		Double relapseAt = (intake.relapseDate() != null)
				? ChronoUnit.DAYS.between(from, intake.relapseDate()) / span * 100 : null;
		return new Timeline(from, to, bars, relapseAt);
	}

}
