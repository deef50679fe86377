package org.targetboard.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * A board's history from a REDCap project: the records export of 36 relapsed-ALL cases
 * with their repeating follow-up instrument and the documented example mapping, imported
 * through the API in one dry run and one commit; a second import changes nothing; a file
 * with one bad record saves nothing and names the record's column.
 */
@BoardIntegrationTest
class HistoryImportIT {

	static final Path RECORDS = Path.of("src/test/resources/import/redcap/records.csv");

	static final Path MAPPING = Path.of("../docs/examples/import/redcap-mapping.yaml");

	static final String PATH = "/api/v1/history-imports";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTheRedcapProjectOnceAndOnlyOnce() throws Exception {
		ApiClient office = ApiClient.as(this.port, "admin", "demo");
		byte[] records = Files.readAllBytes(RECORDS);
		byte[] mapping = mapping("redcap-once");
		List<Map<String, String>> source = rows(records);
		List<Map<String, String>> mains = source.stream()
			.filter((row) -> row.get("redcap_repeat_instrument").isEmpty())
			.toList();
		List<Map<String, String>> reports = source.stream()
			.filter((row) -> row.get("redcap_repeat_instrument").equals("follow_up"))
			.toList();
		int casesBefore = count("select count(*) from board_case");

		ApiClient.Response dryRun = office.upload(PATH, Map.of("file", records, "mapping", mapping));
		assertThat(dryRun.status()).as(dryRun.raw().body()).isEqualTo(200);
		JsonNode report = dryRun.json();
		assertThat(report.get("dryRun").asBoolean()).isTrue();
		assertThat(report.get("committed").asBoolean()).isFalse();
		assertThat(report.get("records")).hasSize(mains.size());
		assertThat(refusals(report)).isEmpty();
		assertThat(count("select count(*) from board_case")).as("a dry run saves nothing").isEqualTo(casesBefore);

		ApiClient.Response committed = office.upload(PATH + "?commit=true",
				Map.of("file", records, "mapping", mapping));
		assertThat(committed.status()).as(committed.raw().body()).isEqualTo(201);
		assertThat(committed.json().get("committed").asBoolean()).isTrue();
		assertThat(count("select count(*) from board_case")).isEqualTo(casesBefore + mains.size());
		assertThat(count("select count(*) from imported_record where source = 'redcap-once'")).isEqualTo(mains.size());
		// The centres had this advice when the board gave it: nobody is mailed about it
		// now.
		assertThat(count("""
				select count(*) from mail_outbox m join board_case c on m.subject like '%' || c.pseudonym || '%'
				join imported_record r on r.case_id = c.id where r.source = 'redcap-once'""")).isZero();

		// Every report and every death of the source is in the registry, dated as the
		// source dates them; the advice carries the board's date.
		assertThat(count("""
				select count(*) from follow_up f join imported_record r on r.case_id = f.case_id
				where r.source = 'redcap-once'""")).isEqualTo(reports.size());
		long deaths = reports.stream().filter((row) -> row.get("fu_alive").equals("0")).count();
		assertThat(count("""
				select count(*) from follow_up f join imported_record r on r.case_id = f.case_id
				where r.source = 'redcap-once' and not f.alive""")).isEqualTo((int) deaths);
		Map<String, String> first = mains.get(0);
		assertThat(this.jdbc.sql("""
				select a.advised_on::text from advice a join imported_record r on r.case_id = a.case_id
				where r.source = 'redcap-once' and r.record_id = ?""")
			.param(first.get("record_id"))
			.query(String.class)
			.single()).isEqualTo(first.get("advice_date"));
		// The meeting was held before the board used Target Board, and the engine ranked
		// the case as its knowledge stood that day.
		assertThat(this.jdbc.sql("""
				select m.retrospective, k.assessment_date::text from agenda_item i join meeting m on m.id = i.meeting_id
				join case_ranking k on k.id = i.ranking_id join imported_record r on r.case_id = i.case_id
				where r.source = 'redcap-once' and r.record_id = ?""")
			.param(first.get("record_id"))
			.query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2))
			.single()).isEqualTo("true " + first.get("board_date"));
		assertThat(count("""
				select count(distinct i.meeting_id) from agenda_item i join imported_record r on r.case_id = i.case_id
				where r.source = 'redcap-once'"""))
			.isEqualTo((int) mains.stream().map((row) -> row.get("board_date")).distinct().count());

		// The registry reads the imported cases: no enrolment day is known for them, and
		// the dashboard and the export say so rather than count from the import's day.
		assertThat(WebSession.login(this.port, "statistician").get("/registry").statusCode()).isEqualTo(200);
		String export = WebSession.login(this.port, "statistician").get("/registry/exports/cases.csv").body();
		String header = export.lines().findFirst().orElseThrow();
		int enrolled = List.of(header.split(",")).indexOf("enrolled");
		String pseudonym = this.jdbc.sql("""
				select c.pseudonym from board_case c join imported_record r on r.case_id = c.id
				where r.source = 'redcap-once' and r.record_id = ?""")
			.param(first.get("record_id"))
			.query(String.class)
			.single();
		assertThat(export.lines()
			.filter((line) -> line.startsWith(pseudonym + ","))
			.findFirst()
			.orElseThrow()
			.split(",", -1)[enrolled]).isEmpty();

		ApiClient.Response again = office.upload(PATH + "?commit=true", Map.of("file", records, "mapping", mapping));
		assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
		List<String> outcomes = new ArrayList<>();
		again.json().get("records").forEach((record) -> outcomes.add(record.get("outcome").asString()));
		assertThat(outcomes).hasSize(mains.size()).containsOnly("UNCHANGED");
		assertThat(count("select count(*) from board_case")).isEqualTo(casesBefore + mains.size());
		assertThat(count("select count(*) from audit_event where action = 'HISTORY_IMPORTED'")).isPositive();
	}

	/**
	 * One record whose death comes before the advice and one with a diagnosis code the
	 * mapping does not translate: the report names each record, field and source column
	 * without echoing a value, and the import saves none of the file's records.
	 */
	@Test
	void aRefusedRecordStopsTheWholeFile() throws IOException {
		ApiClient office = ApiClient.as(this.port, "admin", "demo");
		List<Map<String, String>> source = rows(Files.readAllBytes(RECORDS));
		Map<String, String> second = source.stream()
			.filter((row) -> row.get("record_id").equals("2") && row.get("redcap_repeat_instrument").isEmpty())
			.findFirst()
			.orElseThrow();
		second.put("diagnosis", "7");
		Map<String, String> death = source.stream()
			.filter((row) -> row.get("fu_alive").equals("0"))
			.findFirst()
			.orElseThrow();
		death.put("fu_death_date", "2019-01-01");
		death.put("fu_last_contact", "2019-01-01");
		byte[] records = csv(source);
		int casesBefore = count("select count(*) from board_case");

		ApiClient.Response refused = office.upload(PATH + "?commit=true",
				Map.of("file", records, "mapping", mapping("redcap-refused")));
		assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
		assertThat(refused.raw().headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode report = refused.json().get("report");
		assertThat(report.get("committed").asBoolean()).isFalse();
		List<JsonNode> problems = refusals(report);
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.get("step").asString()).isEqualTo("case");
			assertThat(problem.get("field").asString()).isEqualTo("diagnosis");
			assertThat(problem.get("column").asString()).isEqualTo("diagnosis");
		});
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.get("step").asString()).startsWith("follow-up");
			assertThat(problem.get("field").asString()).isEqualTo("deathDate");
			assertThat(problem.get("column").asString()).isEqualTo("fu_death_date");
		});
		assertThat(refused.raw().body()).doesNotContain("2019-01-01");
		assertThat(count("select count(*) from board_case")).as("nothing of the file is saved").isEqualTo(casesBefore);
		assertThat(count("select count(*) from imported_record where source = 'redcap-refused'")).isZero();

		assertThat(ApiClient.as(this.port, "coordinator-nl", "demo")
			.upload(PATH, Map.of("file", records, "mapping", mapping("redcap-refused")))
			.status()).isEqualTo(403);
		ApiClient.Response noColumn = office.upload(PATH,
				Map.of("file", "record_id\n1\n".getBytes(StandardCharsets.UTF_8), "mapping", mapping("redcap-x")));
		assertThat(noColumn.status()).isEqualTo(400);
		assertThat(noColumn.raw().body()).contains("mapping").contains("diagnosis");
	}

	/**
	 * The board office's page: the dry run lists every record and what happens to it;
	 * importing without the confirmation is refused beside the box, and saves nothing.
	 */
	@Test
	void theBoardOfficeChecksTheFileOnItsPage() throws IOException {
		Path mapping = Files.createTempFile("mapping", ".yaml");
		Files.write(mapping, mapping("redcap-page"));
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "demo");
			browser.visit("/registry/exports");
			browser.click("#history-import-link");
			browser.screenshot("75-history-import");
			browser.find("#file").sendKeys(RECORDS.toAbsolutePath().toString());
			browser.find("#mapping").sendKeys(mapping.toAbsolutePath().toString());
			browser.click("#check-import");
			int records = (int) rows(Files.readAllBytes(RECORDS)).stream()
				.filter((row) -> row.get("redcap_repeat_instrument").isEmpty())
				.count();
			assertThat(browser.text("#import-summary")).startsWith(records + " record(s) become cases");
			assertThat(browser.findAll("#import-records tbody tr[data-outcome='CREATED']")).hasSize(records);
			browser.screenshot("76-history-import-dry-run");

			browser.find("#file").sendKeys(RECORDS.toAbsolutePath().toString());
			browser.find("#mapping").sendKeys(mapping.toAbsolutePath().toString());
			browser.click("#run-import");
			assertThat(browser.text("#confirm-error")).isNotBlank();
			assertThat(browser.findAll("#form-error-list a[href='#confirm']")).hasSize(1);
			browser.screenshot("77-history-import-confirmation-required");
		}
		finally {
			Files.delete(mapping);
		}
		assertThat(count("select count(*) from imported_record where source = 'redcap-page'")).isZero();
	}

	/**
	 * The same records as a spreadsheet (dates as date cells, numbers as numbers, the
	 * rest as text) check the same way.
	 */
	@Test
	void aSpreadsheetOfTheSameRecordsChecksTheSame() throws IOException {
		List<Map<String, String>> source = rows(Files.readAllBytes(RECORDS));
		java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("records");
		List<String> columns = new ArrayList<>(source.get(0).keySet());
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c));
		}
		for (int r = 0; r < source.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				String value = source.get(r).get(columns.get(c));
				if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
					sheet.value(r + 1, c, java.time.LocalDate.parse(value));
					sheet.style(r + 1, c).format("yyyy-mm-dd").set();
				}
				else if (value.matches("\\d+(\\.\\d+)?")) {
					sheet.value(r + 1, c, new java.math.BigDecimal(value));
				}
				else if (!value.isEmpty()) {
					sheet.value(r + 1, c, value);
				}
			}
		}
		workbook.finish();
		ApiClient.Response dryRun = ApiClient.as(this.port, "admin", "demo")
			.upload(PATH, Map.of("file", xlsx.toByteArray(), "mapping", mapping("redcap-xlsx")));
		assertThat(dryRun.status()).as(dryRun.raw().body()).isEqualTo(200);
		assertThat(refusals(dryRun.json())).isEmpty();
		assertThat(dryRun.json().get("records"))
			.hasSize((int) source.stream().filter((row) -> row.get("redcap_repeat_instrument").isEmpty()).count());
	}

	private static List<JsonNode> refusals(JsonNode report) {
		List<JsonNode> problems = new ArrayList<>();
		report.get("records").forEach((record) -> record.get("problems").forEach(problems::add));
		return problems;
	}

	// The documented mapping under a source name of the test's own.
	static byte[] mapping(String source) throws IOException {
		return Files.readString(MAPPING)
			.replace("source: relapse-board-redcap", "source: " + source)
			.getBytes(StandardCharsets.UTF_8);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	// REDCap's CSV, read and written back with a CSV library of its own.
	static List<Map<String, String>> rows(byte[] csv) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader().get())) {
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
			return rows;
		}
	}

	static byte[] csv(List<Map<String, String>> rows) throws IOException {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(rows.get(0).keySet());
			for (Map<String, String> row : rows) {
				printer.printRecord(row.values());
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
