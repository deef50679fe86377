package org.targetboard.web.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.targetboard.core.intake.IntakeProblem;

/**
 * The table of another registry's export: a header of column names and one map per row,
 * every value as text (empty when the cell is empty). Read from CSV as REDCap writes it
 * ("CSV raw": RFC 4180, UTF-8 with or without a byte-order mark, commas or semicolons) or
 * from the first sheet of an XLSX workbook, where dates become ISO dates and numbers
 * their plain digits.
 *
 * @param columns the header, in order
 * @param rows the rows, in order; row {@code i} is line {@code i + 2} of the file
 */
record SourceTable(List<String> columns, List<Map<String, String>> rows) {

	/** The most rows an import takes. */
	static final int MAX_ROWS = 20_000;

	/** The longest cell. */
	static final int MAX_CELL = 10_000;

	SourceTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/**
	 * Reads a CSV file or an XLSX workbook (told apart by their first bytes).
	 * @throws InvalidImportException if the file cannot be read as either, or breaks a
	 * limit
	 */
	static SourceTable read(byte[] content) {
		if (content.length == 0) {
			throw refused("empty", "is empty");
		}
		try {
			return ReadableWorkbook.isOOXMLZipHeader(content) ? xlsx(content) : csv(content);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidImportException invalid) {
				throw invalid;
			}
			// The parser's message may quote the file: never shown.
			throw refused("unreadable", "cannot be read as CSV or XLSX");
		}
	}

	private static SourceTable csv(byte[] content) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) ? ';' : ',';
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> columns = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (columns == null) {
					columns = header(cells);
					continue;
				}
				if (cells.size() == 1 && cells.get(0).isBlank()) {
					continue;
				}
				rows.add(row(columns, cells, rows.size()));
			}
			return new SourceTable(requireHeader(columns), rows);
		}
	}

	private static SourceTable xlsx(byte[] content) throws IOException {
		// With cell formats: a date is a number in a date format.
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			List<String> columns = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (Row row : (Iterable<Row>) sheet.openStream()::iterator) {
				List<String> cells = new ArrayList<>(Collections.nCopies(row.getCellCount(), ""));
				for (Cell cell : row) {
					if (cell != null) {
						cells.set(cell.getColumnIndex(), text(cell));
					}
				}
				if (columns == null) {
					columns = header(cells);
				}
				else if (cells.stream().anyMatch((cell) -> !cell.isEmpty())) {
					rows.add(row(columns, cells, rows.size()));
				}
			}
			return new SourceTable(requireHeader(columns), rows);
		}
	}

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			if (format != null && format.matches("(?i).*[yd].*") && !format.contains("0")) {
				return cell.asDate().toLocalDate().toString();
			}
			return ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
		}
		if (cell.getType() == CellType.BOOLEAN) {
			return Boolean.TRUE.equals(cell.asBoolean()) ? "1" : "0";
		}
		return (cell.getType() == CellType.EMPTY) ? "" : cell.getText();
	}

	private static List<String> header(List<String> cells) {
		List<String> columns = cells.stream().map(String::strip).toList();
		Set<String> seen = new HashSet<>();
		for (String column : columns) {
			if (column.length() > 100) {
				throw refused("columnName", "has a column name longer than 100 characters");
			}
			if (!column.isEmpty() && !seen.add(column)) {
				throw refused("duplicateColumn", "names a column twice");
			}
		}
		return columns;
	}

	private static List<String> requireHeader(List<String> columns) {
		if (columns == null || columns.stream().allMatch(String::isEmpty)) {
			throw refused("noHeader", "has no header row of column names");
		}
		return columns;
	}

	private static Map<String, String> row(List<String> columns, List<String> cells, int index) {
		if (index >= MAX_ROWS) {
			throw refused("tooManyRows", "has more than " + MAX_ROWS + " rows");
		}
		if (cells.size() > columns.size()) {
			throw new InvalidImportException(List.of(new IntakeProblem("file", "rowLonger",
					"row " + (index + 2) + " has more cells than the header has columns")));
		}
		Map<String, String> row = new LinkedHashMap<>();
		for (int c = 0; c < columns.size(); c++) {
			String value = (c < cells.size()) ? cells.get(c).strip() : "";
			if (value.length() > MAX_CELL) {
				throw new InvalidImportException(List.of(new IntakeProblem("file", "cellTooLong", "row " + (index + 2)
						+ ", column " + columns.get(c) + " is longer than " + MAX_CELL + " characters")));
			}
			if (!columns.get(c).isEmpty()) {
				row.put(columns.get(c), value);
			}
		}
		return row;
	}

	private static InvalidImportException refused(String code, String message) {
		return new InvalidImportException(List.of(new IntakeProblem("file", code, message)));
	}

}
