package org.targetboard.registry.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.registry.audit.AuditLog;

/**
 * Streams the pseudonymised data sets as CSV for statisticians: rows go from a database
 * cursor straight to the writer, so memory stays flat however large the registry. Cases
 * whose registry consent is not in force are never included; free text only when an
 * administrator asks for it. Every export is audited.
 */
@Service
public class RegistryExport {

	/** The version of the data dictionary; raised whenever a column changes. */
	public static final String DICTIONARY_VERSION = "1.3.1";

	private static final int FETCH_SIZE = 5000;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	RegistryExport(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Writes one data set as CSV.
	 * @param includeFreeText include free-text columns (administrators only)
	 * @return the number of rows written
	 * @throws ActionNotPermittedException unless the viewer may export, or free text is
	 * asked for by someone other than an administrator
	 */
	@Transactional(readOnly = true)
	public long write(Viewer viewer, Dataset dataset, RegistryFilter filter, boolean includeFreeText, Writer out) {
		CsvWriter csv = new CsvWriter(out);
		return stream(viewer, dataset, filter, includeFreeText, "csv", new RowSink() {

			@Override
			public void header(List<Dataset.Column> columns) {
				for (Dataset.Column column : columns) {
					csv.value(column.name());
				}
				csv.endRow();
			}

			@Override
			public void row(List<Dataset.Column> columns, ResultSet rs) throws SQLException {
				// Text as PostgreSQL renders it (ISO dates, plain numbers): no objects
				// per cell. Every cell that is not a number or a date is defused, whether
				// or not people typed it: a value that reached the database through any
				// path must not run as a formula.
				for (int i = 0; i < columns.size(); i++) {
					switch (columns.get(i).type()) {
						case "integer", "number", "boolean", "date" -> csv.value(number(rs, i + 1));
						default -> csv.text(rs.getString(i + 1));
					}
				}
				csv.endRow();
			}

		});
	}

	/**
	 * Writes one data set as an XLSX workbook with one sheet: numbers as numbers, dates
	 * as dates, codes and text as strings (never as formulas). Rows are flushed to a
	 * temporary file as they are written; the copy sent declares the sheet's real size
	 * ({@link XlsxDimension}).
	 * @see #write(Viewer, Dataset, RegistryFilter, boolean, Writer)
	 */
	@Transactional(readOnly = true)
	public long writeXlsx(Viewer viewer, Dataset dataset, RegistryFilter filter, boolean includeFreeText,
			OutputStream out) {
		Path file = temporaryFile();
		try {
			int[] columns = { 0 };
			long rows;
			try (OutputStream written = Files.newOutputStream(file)) {
				rows = writeWorkbook(viewer, dataset, filter, includeFreeText, written, columns);
			}
			XlsxDimension.copy(file, out, XlsxDimension.range(rows + 1, columns[0]));
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// The system's temporary directory is cleaned on restart.
			}
		}
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempFile("export", ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long writeWorkbook(Viewer viewer, Dataset dataset, RegistryFilter filter, boolean includeFreeText,
			OutputStream out, int[] columnCount) {
		Workbook workbook = new Workbook(out, "Target Board", "1.0");
		Worksheet sheet = workbook.newWorksheet(dataset.file());
		int[] row = { 0 };
		long rows = stream(viewer, dataset, filter, includeFreeText, "xlsx", new RowSink() {

			@Override
			public void header(List<Dataset.Column> columns) {
				columnCount[0] = columns.size();
				for (int c = 0; c < columns.size(); c++) {
					sheet.value(0, c, columns.get(c).name());
					sheet.style(0, c).bold().set();
				}
			}

			@Override
			public void row(List<Dataset.Column> columns, ResultSet rs) throws SQLException {
				int r = ++row[0];
				for (int c = 0; c < columns.size(); c++) {
					String value = rs.getString(c + 1);
					if (value == null) {
						continue;
					}
					switch (columns.get(c).type()) {
						case "integer", "number", "boolean" -> sheet.value(r, c, new BigDecimal(value));
						case "date" -> {
							sheet.value(r, c, LocalDate.parse(value));
							sheet.style(r, c).format("yyyy-mm-dd").set();
						}
						default -> sheet.value(r, c, value);
					}
				}
				if (r % 1000 == 0) {
					try {
						sheet.flush();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}

		});
		try {
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private interface RowSink {

		void header(List<Dataset.Column> columns);

		void row(List<Dataset.Column> columns, ResultSet rs) throws SQLException;

	}

	// The driver renders a double as "70" in text transfer and as "70.0" once it
	// switches a repeated statement to binary transfer: a double is written as its plain
	// digits either way; every other value as PostgreSQL renders it.
	private static @Nullable String number(ResultSet rs, int column) throws SQLException {
		int type = rs.getMetaData().getColumnType(column);
		if (type != java.sql.Types.DOUBLE && type != java.sql.Types.REAL && type != java.sql.Types.FLOAT) {
			return rs.getString(column);
		}
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private long stream(Viewer viewer, Dataset dataset, RegistryFilter filter, boolean includeFreeText, String format,
			RowSink sink) {
		if (!BoardAction.EXPORT_REGISTRY.isPermittedFor(viewer.role())
				|| includeFreeText && !BoardAction.EXPORT_FREE_TEXT.isPermittedFor(viewer.role())) {
			throw new ActionNotPermittedException("EXPORT");
		}
		List<Dataset.Column> columns = dataset.columns(includeFreeText);
		RegistryAnalytics.planEachFilterAnew(this.jdbc);
		sink.header(columns);
		AtomicLong rows = new AtomicLong();
		boolean complete = false;
		try {
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming());
			named.query(dataset.sql(includeFreeText), RegistryAnalytics.parameters(filter),
					(RowCallbackHandler) (rs) -> {
						sink.row(columns, rs);
						rows.incrementAndGet();
					});
			complete = true;
		}
		finally {
			// Audited even when the download breaks off: some rows may have left.
			this.audit.recordExport(viewer.username(),
					"export " + dataset.file() + "." + format + ": " + rows.get() + " row(s)"
							+ (complete ? "" : " (incomplete)") + ", free text " + includeFreeText + ", "
							+ filter.describe());
		}
		return rows.get();
	}

	/**
	 * Writes the dictionary as CSV: one row per variable, the codes as
	 * {@code CODE=label; …}.
	 */
	public void writeDictionary(Writer out) {
		CsvWriter csv = new CsvWriter(out);
		for (String header : List.of("dataset", "variable", "label", "type", "unit", "codes")) {
			csv.value(header);
		}
		csv.endRow();
		for (Variable v : dictionary()) {
			csv.value(v.dataset()).value(v.name()).value(v.label()).value(v.type()).value(v.unit());
			csv.value(v.codes()
				.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + e.getValue())
				.collect(java.util.stream.Collectors.joining("; ")));
			csv.endRow();
		}
	}

	/** The dictionary of every data set. */
	public List<Variable> dictionary() {
		List<Variable> variables = new ArrayList<>();
		for (Dataset dataset : Dataset.values()) {
			variables.addAll(dataset.variables());
		}
		return variables;
	}

	private JdbcTemplate streaming() {
		JdbcTemplate template = new JdbcTemplate(this.jdbc.getDataSource());
		// With auto-commit off (inside the transaction) PostgreSQL streams with a cursor.
		template.setFetchSize(FETCH_SIZE);
		return template;
	}

}
