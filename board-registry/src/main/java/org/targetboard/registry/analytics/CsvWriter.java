package org.targetboard.registry.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV with a header row, UTF-8, CRLF line ends. Text cells that a spreadsheet
 * would run as a formula ({@code = + - @}, tab or carriage return first) are prefixed
 * with an apostrophe (OWASP "CSV injection"); numbers, dates and codes are written as
 * they are.
 */
final class CsvWriter {

	private final Writer out;

	private boolean firstCell = true;

	CsvWriter(Writer out) {
		this.out = out;
	}

	/** A cell that is text entered by people: quoted where needed and defused. */
	CsvWriter text(@Nullable String value) {
		if (value == null) {
			return raw("");
		}
		String defused = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return raw(quote(defused));
	}

	/** A cell of a value the system produced (number, date, code). */
	CsvWriter value(@Nullable Object value) {
		return raw((value != null) ? quote(value.toString()) : "");
	}

	void endRow() {
		try {
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.firstCell = true;
	}

	private CsvWriter raw(String cell) {
		try {
			if (!this.firstCell) {
				this.out.write(',');
			}
			this.out.write(cell);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.firstCell = false;
		return this;
	}

	private static String quote(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + value.replace("\"", "\"\"") + '"';
			}
		}
		return value;
	}

}
