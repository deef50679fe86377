package org.targetboard.registry.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Sets the size a worksheet declares. fastexcel writes a sheet's {@code <dimension>} as
 * {@code A1} before it knows how many rows follow, and readers that trust the element
 * (some pandas and R readers, Power Query) then see a single cell. The workbook is copied
 * part by part; only that attribute of the worksheets changes.
 */
final class XlsxDimension {

	private static final String WRITTEN = "<dimension ref=\"A1\"/>";

	// The element stands in the first bytes of a worksheet, after the XML declaration and
	// the sheet properties.
	private static final int HEAD = 4096;

	private XlsxDimension() {
	}

	/**
	 * The range of a sheet of {@code rows} rows (the header included) and {@code columns}
	 * columns, such as {@code A1:AN12}.
	 */
	static String range(long rows, int columns) {
		return (rows < 1 || columns < 1) ? "A1" : "A1:" + column(columns) + rows;
	}

	/** The spreadsheet letters of a 1-based column number: 1 is A, 27 is AA. */
	static String column(int number) {
		StringBuilder letters = new StringBuilder();
		for (int n = number; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/**
	 * Copies the workbook to {@code out} with every worksheet declaring {@code range};
	 * {@code out} stays open. The workbook is read through its central directory, as
	 * spreadsheet programs read it (fastexcel's local entry headers carry no sizes).
	 */
	static void copy(Path workbook, OutputStream out, String range) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		try (ZipFile in = new ZipFile(workbook.toFile())) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream part = in.getInputStream(entry)) {
					if (entry.getName().startsWith("xl/worksheets/sheet")) {
						// ISO-8859-1 maps every byte to one char: the rest is copied
						// unchanged.
						String head = new String(part.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
						zip.write(head.replace(WRITTEN, "<dimension ref=\"" + range + "\"/>")
							.getBytes(StandardCharsets.ISO_8859_1));
					}
					part.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		zip.finish();
		zip.flush();
	}

}
