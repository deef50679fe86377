package org.targetboard.web.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.targetboard.web.history.ImportReport.Problem;

/**
 * One record of the source: its main row and the rows of its follow-up instrument, as
 * REDCap exports a project with repeating instruments (one row per record, one per
 * instance, all carrying the record id).
 *
 * @param id the source's record id
 * @param line the file line of its main row (or of its first row when it has none)
 * @param main the main row
 * @param followUps its follow-up rows, in file order
 * @param problems why the record cannot be imported as it stands
 */
record SourceRecord(String id, int line, Map<String, String> main, List<Row> followUps, List<Problem> problems) {

	/** One row with its file line. */
	record Row(int line, Map<String, String> values) {
	}

	/**
	 * The records of a table, in the order of their first rows. Rows of repeating
	 * instruments the mapping does not take are left out.
	 */
	static List<SourceRecord> group(SourceTable table, ImportMapping mapping) {
		Map<String, Builder> records = new LinkedHashMap<>();
		List<SourceRecord> withoutId = new ArrayList<>();
		String repeat = mapping.repeatColumn();
		String followUp = mapping.followUpInstrument();
		for (int i = 0; i < table.rows().size(); i++) {
			Map<String, String> row = table.rows().get(i);
			int line = i + 2;
			String id = row.getOrDefault(mapping.recordIdColumn(), "");
			if (id.isEmpty() || id.length() > org.targetboard.registry.history.ImportedRecords.MAX_NAME) {
				withoutId.add(new SourceRecord("", line, row, List.of(), List
					.of(problem(mapping, line, "recordIdLength", "must be a record id of 1 to 100 characters"))));
				continue;
			}
			Builder record = records.computeIfAbsent(id, (key) -> new Builder(key, line));
			String instrument = (repeat != null) ? row.getOrDefault(repeat, "") : "";
			if (instrument.isEmpty()) {
				if (record.main != null) {
					record.problems
						.add(problem(mapping, line, "recordIdTwice", "names a record that has a row already"));
				}
				else {
					record.main = row;
					record.line = line;
				}
			}
			else if (instrument.equals(followUp)) {
				record.followUps.add(new Row(line, row));
			}
		}
		List<SourceRecord> grouped = new ArrayList<>();
		for (Builder record : records.values()) {
			if (record.main == null) {
				record.problems
					.add(problem(mapping, record.line, "recordWithoutRow", "has follow-up rows but no row of its own"));
			}
			grouped.add(new SourceRecord(record.id, record.line, (record.main != null) ? record.main : Map.of(),
					record.followUps, record.problems));
		}
		grouped.addAll(withoutId);
		return grouped;
	}

	private static Problem problem(ImportMapping mapping, int line, String code, String message) {
		return new Problem("record", "recordId", mapping.recordIdColumn(), line, code, List.of(), message);
	}

	private static final class Builder {

		private final String id;

		private int line;

		private @Nullable Map<String, String> main;

		private final List<Row> followUps = new ArrayList<>();

		private final List<Problem> problems = new ArrayList<>();

		Builder(String id, int line) {
			this.id = id;
			this.line = line;
		}

	}

}
