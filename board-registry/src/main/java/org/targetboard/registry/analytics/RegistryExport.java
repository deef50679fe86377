package org.targetboard.registry.analytics;

import java.io.Writer;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
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
	public static final String DICTIONARY_VERSION = "1.0.0";

	private static final int FETCH_SIZE = 5000;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	RegistryExport(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Writes one data set.
	 * @param includeFreeText include free-text columns (administrators only)
	 * @return the number of rows written
	 * @throws ActionNotPermittedException unless the viewer may export, or free text is
	 * asked for by someone other than an administrator
	 */
	@Transactional(readOnly = true)
	public long write(Viewer viewer, Dataset dataset, RegistryFilter filter, boolean includeFreeText, Writer out) {
		if (viewer.role() != Role.STATISTICIAN && viewer.role() != Role.ADMIN
				|| includeFreeText && viewer.role() != Role.ADMIN) {
			throw new ActionNotPermittedException("EXPORT");
		}
		List<Dataset.Column> columns = dataset.columns(includeFreeText);
		CsvWriter csv = new CsvWriter(out);
		for (Dataset.Column column : columns) {
			csv.value(column.name());
		}
		csv.endRow();
		AtomicLong rows = new AtomicLong();
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming());
		named.query(dataset.sql(includeFreeText), RegistryAnalytics.parameters(filter), (RowCallbackHandler) (rs) -> {
			writeRow(csv, columns, rs);
			rows.incrementAndGet();
		});
		this.audit.recordExport(viewer.username(), "export " + dataset.file() + ".csv: " + rows.get()
				+ " row(s), free text " + includeFreeText + ", " + filter.describe());
		return rows.get();
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

	private static void writeRow(CsvWriter csv, List<Dataset.Column> columns, ResultSet rs)
			throws java.sql.SQLException {
		// Text as PostgreSQL renders it (ISO dates, plain numbers): no objects per cell.
		for (int i = 0; i < columns.size(); i++) {
			String value = rs.getString(i + 1);
			if (columns.get(i).enteredText()) {
				csv.text(value);
			}
			else {
				csv.value(value);
			}
		}
		csv.endRow();
	}

}
