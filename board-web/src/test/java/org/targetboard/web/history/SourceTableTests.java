package org.targetboard.web.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class SourceTableTests {

	@Test
	void readsCsvAsRedcapWritesIt() {
		// A byte-order mark, a quoted comma and a line break inside quotes, an empty
		// cell.
		String csv = "\uFEFFrecord_id,adv1_label,question,age\r\n"
				+ "1,\"Nelarabine, cyclophosphamide and etoposide\",\"Which options?\nAfter HSCT\",\r\n"
				+ "2,HSCT,,7\r\n";
		SourceTable table = SourceTable.read(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(table.columns()).containsExactly("record_id", "adv1_label", "question", "age");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0)).containsEntry("adv1_label", "Nelarabine, cyclophosphamide and etoposide")
			.containsEntry("question", "Which options?\nAfter HSCT")
			.containsEntry("age", "");
		assertThat(table.rows().get(1)).containsEntry("age", "7");
	}

	@Test
	void readsSemicolonSeparatedSpreadsheetCsv() {
		SourceTable table = SourceTable.read("record_id;age\n1;12\n".getBytes(StandardCharsets.UTF_8));
		assertThat(table.rows().get(0)).containsEntry("age", "12");
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithDatesAsDatesAndNumbersAsWritten() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("records");
		sheet.value(0, 0, "record_id");
		sheet.value(0, 1, "relapse_date");
		sheet.value(0, 2, "blasts_bm");
		sheet.value(0, 3, "gene");
		sheet.value(1, 0, 17);
		sheet.value(1, 1, LocalDate.of(2021, 3, 14));
		sheet.style(1, 1).format("yyyy-mm-dd").set();
		sheet.value(1, 2, new BigDecimal("45.50"));
		sheet.value(1, 3, "NRAS");
		workbook.finish();

		SourceTable table = SourceTable.read(out.toByteArray());
		assertThat(table.columns()).containsExactly("record_id", "relapse_date", "blasts_bm", "gene");
		assertThat(table.rows()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("record_id", "17")
				.containsEntry("relapse_date", "2021-03-14")
				.containsEntry("blasts_bm", "45.5")
				.containsEntry("gene", "NRAS"));
	}

	@Test
	void refusesWhatItCannotReadWithoutQuotingIt() {
		assertThatExceptionOfType(InvalidImportException.class).isThrownBy(() -> SourceTable.read(new byte[0]))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.code()).isEqualTo("empty")));
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> SourceTable.read("a,b\n1,2,Jansen\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.message()).contains("row 2").doesNotContain("Jansen");
				assertThat(problem.field()).isEqualTo("file");
			}));
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> SourceTable.read("a,a\n1,2\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("duplicateColumn"));
		assertThatExceptionOfType(InvalidImportException.class)
			.isThrownBy(() -> SourceTable.read("a,b\n\"1,2\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("unreadable"));
	}

}
