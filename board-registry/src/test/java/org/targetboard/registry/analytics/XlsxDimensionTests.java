package org.targetboard.registry.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxDimensionTests {

	@Test
	void columnsAreLetteredAsSpreadsheetsLetterThem() {
		assertThat(XlsxDimension.column(1)).isEqualTo("A");
		assertThat(XlsxDimension.column(26)).isEqualTo("Z");
		assertThat(XlsxDimension.column(27)).isEqualTo("AA");
		assertThat(XlsxDimension.column(40)).isEqualTo("AN");
		assertThat(XlsxDimension.column(702)).isEqualTo("ZZ");
		assertThat(XlsxDimension.column(703)).isEqualTo("AAA");
		assertThat(XlsxDimension.range(3001, 40)).isEqualTo("A1:AN3001");
		assertThat(XlsxDimension.range(0, 0)).isEqualTo("A1");
	}

	/**
	 * fastexcel declares every streamed sheet as "A1"; the copy declares what was written
	 * and leaves every other byte of every part as it was.
	 */
	@Test
	void theCopyDeclaresTheRowsWritten() throws IOException {
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(written, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("cases");
		for (int r = 0; r < 2500; r++) {
			for (int c = 0; c < 3; c++) {
				sheet.value(r, c, "é" + r * c);
			}
			if (r % 1000 == 0) {
				sheet.flush();
			}
		}
		workbook.finish();
		Map<String, String> before = parts(written.toByteArray());
		assertThat(before.get("xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1\"/>");

		ByteArrayOutputStream copied = new ByteArrayOutputStream();
		Path file = Files.createTempFile("written", ".xlsx");
		Files.write(file, written.toByteArray());
		XlsxDimension.copy(file, copied, XlsxDimension.range(2500, 3));
		Files.delete(file);
		Map<String, String> after = parts(copied.toByteArray());
		assertThat(after.get("xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1:C2500\"/>")
			.isEqualTo(before.get("xl/worksheets/sheet1.xml").replace("ref=\"A1\"", "ref=\"A1:C2500\""));
		before.remove("xl/worksheets/sheet1.xml");
		after.remove("xl/worksheets/sheet1.xml");
		assertThat(after).isEqualTo(before);
	}

	// Every part, read through the central directory as spreadsheet programs do.
	private static Map<String, String> parts(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("parts", ".xlsx");
		Files.write(file, xlsx);
		Map<String, String> parts = new HashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				parts.put(entry.getName(),
						new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		Files.delete(file);
		return parts;
	}

}
