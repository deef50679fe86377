package org.targetboard.web.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.profile.Situation;
import org.targetboard.core.profile.TreatmentLine;

/**
 * The treatment history laid out on one time axis, from the initial diagnosis to the
 * current relapse, for the presentation view's timeline: a bar per treatment line, a date
 * axis, and a mark for the diagnosis, every relapse, each HSCT and each CAR-T (positions
 * in per cent of the axis).
 *
 * @param from the start of the axis
 * @param to the end of the axis
 * @param bars one bar per treatment line with known dates
 * @param ticks the axis's dates: every 1 January, or every quarter on a short axis
 * @param marks the events that shape a relapse board's decision, in time order
 */
public record Timeline(LocalDate from, LocalDate to, List<Bar> bars, List<Tick> ticks, List<Mark> marks) {

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

	/**
	 * A date on the axis.
	 *
	 * @param label the year, or year and month on a short axis
	 * @param x where it lies, in per cent
	 */
	public record Tick(String label, double x) {
	}

	/** What a mark on the timeline stands for. */
	public enum MarkKind {

		DIAGNOSIS, EARLIER_RELAPSE, RELAPSE, HSCT, CAR_T

	}

	/**
	 * An event on the axis.
	 *
	 * @param kind what happened
	 * @param number the relapse's number (1 for the first); 0 for other events
	 * @param date when
	 * @param x where it lies, in per cent
	 */
	public record Mark(MarkKind kind, int number, LocalDate date, double x) {
	}

	/** The timeline of a case; absent when no line is dated. */
	public static @Nullable Timeline of(CaseIntake intake) {
		if (intake.history().stream().allMatch((line) -> line.start() == null)) {
			return null;
		}
		List<Event> events = events(intake);
		List<LocalDate> dates = new ArrayList<>(events.stream().map(Event::date).toList());
		for (TreatmentLine line : intake.history()) {
			if (line.start() != null) {
				dates.add(line.start());
			}
			if (line.end() != null) {
				dates.add(line.end());
			}
		}
		if (dates.size() < 2) {
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
			double x = at(from, line.start(), span);
			double width = Math.max(0.8, ChronoUnit.DAYS.between(line.start(), end) / span * 100);
			bars.add(new Bar(line, row++, x, Math.min(width, 100 - x + 0.8)));
		}
		List<Mark> marks = events.stream()
			.sorted(Comparator.comparing(Event::date))
			.map((event) -> new Mark(event.kind(), event.number(), event.date(), at(from, event.date(), span)))
			.toList();
		return new Timeline(from, to, bars, ticks(from, to, span), marks);
	}

	private record Event(MarkKind kind, int number, LocalDate date) {
	}

	private static List<Event> events(CaseIntake intake) {
		List<Event> events = new ArrayList<>();
		if (intake.diagnosisDate() != null) {
			events.add(new Event(MarkKind.DIAGNOSIS, 0, intake.diagnosisDate()));
		}
		List<Situation.EarlierRelapse> earlier = intake.situation().earlierRelapses();
		for (int i = 0; i < earlier.size(); i++) {
			if (earlier.get(i).date() != null) {
				events.add(new Event(MarkKind.EARLIER_RELAPSE, i + 1, earlier.get(i).date()));
			}
		}
		if (intake.relapseDate() != null) {
			int number = (intake.relapseNumber() != null && intake.relapseNumber() > 0) ? intake.relapseNumber()
					: earlier.size() + 1;
			events.add(new Event(MarkKind.RELAPSE, number, intake.relapseDate()));
		}
		for (TreatmentLine line : intake.history()) {
			if (line.start() != null && line.kind() == TreatmentLine.Kind.HSCT) {
				events.add(new Event(MarkKind.HSCT, 0, line.start()));
			}
			if (line.start() != null && line.kind() == TreatmentLine.Kind.CAR_T) {
				events.add(new Event(MarkKind.CAR_T, 0, line.start()));
			}
		}
		return events;
	}

	// Every 1 January on the axis; on an axis with fewer than two, every quarter.
	private static List<Tick> ticks(LocalDate from, LocalDate to, double span) {
		List<Tick> years = new ArrayList<>();
		for (int year = from.getYear() + ((from.getDayOfYear() == 1) ? 0 : 1); year <= to.getYear(); year++) {
			years.add(new Tick(Integer.toString(year), at(from, LocalDate.of(year, 1, 1), span)));
		}
		if (years.size() >= 2) {
			// Labels stay readable: at most about ten.
			int step = (years.size() + 9) / 10;
			return years.stream().filter((tick) -> Integer.parseInt(tick.label()) % step == 0).toList();
		}
		List<Tick> quarters = new ArrayList<>();
		LocalDate quarter = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
		for (LocalDate day = quarter; !day.isAfter(to); day = day.plusMonths(3)) {
			if (!day.isBefore(from)) {
				quarters.add(new Tick(day.toString().substring(0, 7), at(from, day, span)));
			}
		}
		return quarters;
	}

	private static double at(LocalDate from, LocalDate day, double span) {
		return ChronoUnit.DAYS.between(from, day) / span * 100;
	}

}
