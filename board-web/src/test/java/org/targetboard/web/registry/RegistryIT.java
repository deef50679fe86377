package org.targetboard.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestClock;

/**
 * The registry dashboard in the browser, checked against an independent computation from
 * the exported CSV; the export against the database (consent, free text, formula cells);
 * and the R script applying the labels to the exported files.
 */
@BoardIntegrationTest
class RegistryIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void dashboardAgreesWithTheExportAndTheExportWithTheDatabase() throws Exception {
		LocalDate advised = LocalDate.now(ZoneOffset.UTC);
		List<PublicCaseId> cases = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			cases.add(this.board.caseWithAdvice());
		}
		cases.add(this.board.caseWithReferral());
		PublicCaseId withdrawn = this.board.caseWithAdvice();
		this.clock.advance(Duration.ofDays(100));
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		LocalDate due = advised.plusMonths(3);
		report(coordinator, cases.get(0), """
				"adviceFollowed": "YES", "therapyGiven": "ADVISED_OPTION", "advisedOption": 1, "therapyStart": "%s",
				"response": "MRD_NEGATIVE_CR", "lastContact": "%s\"""".formatted(advised.plusDays(7),
				advised.plusDays(95)), due);
		report(coordinator, cases.get(1), """
				"adviceFollowed": "NO", "therapyGiven": "STANDARD", "therapyStart": "%s", "reason": "OTHER",
				"reasonText": "=HYPERLINK(\\"http://x\\")", "response": "NO_RESPONSE", "alive": false,
				"deathDate": "%s", "causeOfDeath": "DISEASE", "lastContact": "%s\"""".formatted(advised.plusDays(10),
				advised.plusDays(60), advised.plusDays(60)), due);
		report(coordinator, cases.get(2), """
				"adviceFollowed": "PARTLY", "therapyGiven": "ADVISED_OPTION", "advisedOption": 2, "therapyStart": "%s",
				"reason": "TOXICITY", "response": "PR", "lastContact": "%s\"""".formatted(advised.plusDays(14),
				advised.plusDays(90)), due);
		withdraw(coordinator, withdrawn);
		// A relapse reported as an event, without any scheduled report: the case enters
		// survival (censored on that day) and its vital status is known.
		assertThat(coordinator.post("/api/v1/cases/" + cases.get(3) + "/outcome-events", """
				{"kind": "RELAPSE", "occurredOn": "%s"}""".formatted(advised.plusDays(50))).status()).isEqualTo(201);

		String csv;
		String dashboardMedian;
		String dashboardYear;
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("statistician", "demo");
			assertThat(browser.currentPath()).isEqualTo("/registry");
			assertThat(browser.text("#definitions")).contains("Time zero is the day the first advice was issued");
			assertThat(browser.findAll("#os-chart path.curve")).hasSize(2);
			browser.screenshot("33-registry-dashboard");
			int dashboardCases = Integer.parseInt(browser.text("#measure-cases"));
			String followedText = browser.text("#measure-followed-ci");
			dashboardMedian = browser.text("#os-median");
			dashboardYear = browser.text("#os-landmark-12");
			// The intervals per centre and per year of the advice count every case once.
			int byCentre = 0;
			for (var cell : browser.findAll("#intervals-by-centre tbody td.group-cases")) {
				byCentre += Integer.parseInt(cell.getText());
			}
			assertThat(byCentre).isEqualTo(dashboardCases);
			assertThat(browser.text("#intervals-by-year")).contains(Integer.toString(advised.getYear()));
			Map<String, String> vitalStatus = new java.util.HashMap<>();
			for (var row : browser.findAll("#vital-status tbody tr[id]")) {
				vitalStatus.put(row.getAttribute("id").substring("vital-".length()),
						row.findElements(org.openqa.selenium.By.tagName("td")).get(1).getText());
			}

			// The referrals on the page are the rows of referrals.csv.
			int referralsOnPage = browser.findAll("#referral-counts td.advised")
				.stream()
				.mapToInt((cell) -> Integer.parseInt(cell.getText()))
				.sum();
			assertThat(referralsOnPage).isPositive();
			assertThat(parse(get(browser, "/registry/exports/referrals.csv").body())).hasSize(referralsOnPage);

			// The same filter on the page and on the export gives the same cases.
			new org.openqa.selenium.support.ui.Select(browser.find("#centre")).selectByValue("NL");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('from').value = arguments[0];", advised.toString());
			browser.click("#apply-filter");
			assertThat(browser.currentPath()).contains("centre=NL").contains("from=" + advised);
			int filtered = Integer.parseInt(browser.text("#measure-cases"));
			assertThat(parse(get(browser, "/registry/exports/cases.csv?centre=NL&from=" + advised).body()))
				.hasSize(filtered)
				.allMatch((r) -> r.get("centre").equals("NL") && !r.get("advised").isEmpty()
						&& !LocalDate.parse(r.get("advised")).isBefore(advised));
			assertThat(filtered).isGreaterThanOrEqualTo(4).isLessThanOrEqualTo(dashboardCases);

			browser.click("#open-exports");
			HttpResponse<String> export = get(browser, "/registry/exports/cases.csv");
			assertThat(export.statusCode()).isEqualTo(200);
			assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			csv = export.body();
			List<Map<String, String>> rows = parse(csv);
			assertThat(rows).hasSize(dashboardCases);
			assertThat(rows).extracting((r) -> r.get("pseudonym")).doesNotContain(pseudonym(withdrawn));
			long reported = rows.stream().filter((r) -> !r.get("advice_followed").isEmpty()).count();
			long followed = rows.stream().filter((r) -> r.get("advice_followed").equals("YES")).count();
			assertThat(followedText).startsWith(followed + " of " + reported + ";");
			assertThat(rows.stream().filter((r) -> r.get("os_event").equals("1")).count()).isEqualTo(this.jdbc.sql("""
					select (select count(*) from follow_up where not alive)
					     + (select count(*) from outcome_event where kind = 'DEATH')""").query(Long.class).single());
			// Vital status: the page and the export count alike, and the relapse reported
			// as an
			// event makes a case alive with disease, censored on the day of the relapse.
			for (var status : org.targetboard.core.followup.VitalStatus.values()) {
				assertThat(
						Long.toString(rows.stream().filter((r) -> r.get("vital_status").equals(status.name())).count()))
					.as(status.name())
					.isEqualTo(vitalStatus.get(status.name()));
			}
			Map<String, String> relapsed = rows.stream()
				.filter((r) -> r.get("pseudonym").equals(pseudonym(cases.get(3))))
				.findFirst()
				.orElseThrow();
			assertThat(relapsed.get("vital_status")).isEqualTo("ALIVE_WITH_DISEASE");
			assertThat(relapsed.get("relapse_date")).isEqualTo(advised.plusDays(50).toString());
			assertThat(relapsed.get("os_event")).isEqualTo("0");
			assertThat(relapsed.get("efs_event")).isEqualTo("1");
			assertThat(rows.stream().filter((r) -> r.get("pseudonym").equals(pseudonym(cases.get(1)))))
				.allMatch((r) -> r.get("vital_status").equals("DEAD_OF_DISEASE")
						&& r.get("cause_of_death").equals("DISEASE"));
			Map<String, String> first = rows.stream()
				.filter((r) -> r.get("pseudonym").equals(pseudonym(cases.get(0))))
				.findFirst()
				.orElseThrow();
			assertThat(first.get("response_cycle1")).isEqualTo("MRD_NEGATIVE_CR");
			assertThat(first.get("therapy_start")).isEqualTo(advised.plusDays(7).toString());
			assertThat(first.get("os_months")).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", 95 / 30.4375));
			assertThat(csv).doesNotContain("HYPERLINK");

			HttpResponse<byte[]> workbook = getBytes(browser, "/registry/exports/cases.xlsx");
			assertThat(workbook.statusCode()).isEqualTo(200);
			String sheet = part(workbook.body(), "xl/worksheets/sheet1.xml");
			assertThat(sheet.split("<row ", -1)).hasSize(rows.size() + 2);
			// The sheet declares every row and column, for readers that trust it.
			assertThat(sheet)
				.contains("<dimension ref=\"A1:" + column(rows.get(0).size()) + (rows.size() + 1) + "\"/>");
			// Dates are dates and numbers numbers; text goes to the shared strings, never
			// a formula.
			assertThat(sheet).doesNotContain("<f>").contains("t=\"n\"");
			assertThat(part(workbook.body(), "xl/sharedStrings.xml")).contains(pseudonym(cases.get(0)))
				.contains("os_months");

			HttpResponse<String> followUps = get(browser, "/registry/exports/follow_ups.csv?freeText=true");
			assertThat(followUps.statusCode()).isEqualTo(403);
		}
		ApiClient admin = ApiClient.as(this.port, "admin", "demo");
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = 'statistician' and action = 'EXPORT'")
			.query(Integer.class)
			.single()).isPositive();
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "demo");
			String withText = get(browser, "/registry/exports/follow_ups.csv?freeText=true").body();
			assertThat(withText).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
			// A formula that reached a coded column by any path (here straight into the
			// table) is defused too, not only text typed into free-text fields.
			this.jdbc.sql("""
					update case_treatment_line set target_antigen = '=1+cmd|calc!A1'
					where case_id = (select id from board_case where public_id = ?)""")
				.param(cases.get(0).value())
				.update();
			String history = get(browser, "/registry/exports/history.csv").body();
			assertThat(history).contains("'=1+cmd|calc!A1").doesNotContain(",=1+cmd");
			// One zip holds every file of the export; R and SPSS (PSPP) read it as it
			// comes.
			Path dir = Files.createTempDirectory("board-export");
			HttpResponse<byte[]> zip = getBytes(browser, "/registry/exports/registry-export.zip");
			assertThat(zip.statusCode()).isEqualTo(200);
			List<String> entries = new ArrayList<>();
			try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
					new java.io.ByteArrayInputStream(zip.body()))) {
				for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					entries.add(entry.getName());
					Files.write(dir.resolve(entry.getName()), in.readAllBytes());
				}
			}
			assertThat(entries).contains("cases.csv", "follow_ups.csv", "outcome_events.csv", "events.csv",
					"history.csv", "lesions.csv", "markers.csv", "relapses.csv", "advice.csv", "referrals.csv",
					"not_advised.csv", "dictionary.csv", "dictionary.json", "labels.R", "labels.do", "labels.sps");
			assertThat(Files.readString(dir.resolve("cases.csv")))
				.isEqualTo(get(browser, "/registry/exports/cases.csv").body());
			assertThat(Files.readString(dir.resolve("dictionary.json"))).contains("\"version\"").contains("os_months");
			String r = runR(dir);
			assertThat(runSpss(dir))
				.contains("deaths " + parse(csv).stream().filter((row) -> row.get("os_event").equals("1")).count());
			// R's survfit gives the dashboard's median and 1-year OS (NA where the page
			// says the median is not reached or the year not yet observed).
			assertThat(r).contains("median " + (dashboardMedian.equals("not reached") ? "NA" : dashboardMedian));
			assertThat(r).contains("year1 "
					+ (dashboardYear.equals("not yet observed") ? "NA" : dashboardYear.replaceAll("[\\s\u00a0]", "")));
		}
		assertThat(admin).isNotNull();
	}

	// The exported files open in SPSS syntax as GNU PSPP runs it (skipped without PSPP,
	// except in CI): the deaths are counted from the numeric 0/1 flag, NA left out.
	private static String runSpss(Path dir) throws IOException, InterruptedException {
		Path pspp = Path.of("/usr/bin/pspp");
		if (!Files.isExecutable(pspp)) {
			if ("true".equalsIgnoreCase(System.getenv("BOARD_E2E_REQUIRED"))) {
				throw new IllegalStateException("PSPP is required (apt install pspp)");
			}
			Assumptions.abort("No PSPP installed");
		}
		Files.writeString(dir.resolve("check.sps"), Files.readString(dir.resolve("labels.sps")) + """
				GET FILE='cases.sav'.
				COMPUTE one = 1.
				AGGREGATE OUTFILE=* /BREAK=one /deaths=SUM(os_event).
				PRINT /'deaths ' deaths (F3.0).
				EXECUTE.
				""");
		Process process = new ProcessBuilder(pspp.toString(), "-O", "box=ascii", "check.sps").directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).as(output).doesNotContainIgnoringCase("error");
		return output.replaceAll(" +", " ");
	}

	// The exported files open in R with the labels applied (skipped without R, except in
	// CI).
	private static String runR(Path dir) throws IOException, InterruptedException {
		Path rscript = Path.of("/usr/bin/Rscript");
		if (!Files.isExecutable(rscript)) {
			if ("true".equalsIgnoreCase(System.getenv("BOARD_E2E_REQUIRED"))) {
				throw new IllegalStateException("Rscript is required (apt install r-base-core)");
			}
			Assumptions.abort("No R installed");
		}
		Process r = new ProcessBuilder(rscript.toString(), "-e",
				"""
						source("labels.R"); b <- read_board("."); stopifnot(is.factor(b$cases$diagnosis),
						inherits(b$cases$advised, "Date"), is.numeric(b$cases$os_months), is.factor(b$follow_ups$advice_followed),
						is.numeric(b$cases$os_event), is.numeric(b$cases$efs_event), is.factor(b$advice$option_type),
						is.numeric(b$advice$recommendation), nrow(b$advice) >= nrow(b$cases), is.factor(b$referrals$status),
						is.factor(b$lesions$type), is.numeric(b$markers$percent_positive), inherits(b$relapses$relapse_date, "Date"),
						all(b$relapses$current %in% c(0, 1)), sum(b$relapses$current) <= nrow(b$cases));
						library(survival); s <- survfit(Surv(os_months, os_event) ~ 1, data = b$cases);
						cat("cases", nrow(b$cases), "levels", levels(b$cases$advice_followed), "label",
						attr(b$cases$advised, "label"), "events", sum(s$n.event), "at risk", s$n, "\\n");
						m <- quantile(s, 0.5, conf.int = FALSE); y <- if (max(s$time) < 12) numeric(0) else summary(s, times = 12)$surv;
						cat("median", if (is.na(m)) "NA" else sprintf("%.1f", m), "\\n");
						cat("year1", if (length(y) == 0) "NA" else sprintf("%.1f%%", 100 * y), "\\n")""")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(r.getInputStream().readAllBytes());
		assertThat(r.exitValue()).as(output).isZero();
		assertThat(output).contains("levels yes partly no")
			.contains("Recommendation: the date the board gave the first advice");
		// The flags are events, not factors: survfit counts the deaths of the export, and
		// cases without any report are left out, not counted as censored.
		List<String> cases = Files.readAllLines(dir.resolve("cases.csv"));
		List<String> header = List.of(cases.get(0).split(","));
		int deathDate = header.indexOf("death_date");
		int osEvent = header.indexOf("os_event");
		long deaths = cases.stream()
			.skip(1)
			.map((line) -> line.split(",", -1))
			.filter((c) -> !c[deathDate].isEmpty())
			.count();
		long known = cases.stream()
			.skip(1)
			.map((line) -> line.split(",", -1))
			.filter((c) -> !c[osEvent].isEmpty())
			.count();
		assertThat(output).contains("events " + deaths + " at risk " + known);
		assertThat(deaths).isPositive();
		return output;
	}

	private void report(ApiClient coordinator, PublicCaseId caseId, String fields, LocalDate due) {
		ApiClient.Response response = coordinator.post("/api/v1/cases/" + caseId + "/follow-ups",
				"{\"dueDate\": \"" + due + "\", " + fields + "}");
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
	}

	private void withdraw(ApiClient coordinator, PublicCaseId caseId) {
		String etag = coordinator.get("/api/v1/cases/" + caseId).header("ETag");
		ApiClient.Response response = coordinator.post("/api/v1/cases/" + caseId + "/consent/withdrawal",
				"{\"date\": \"" + LocalDate.now(ZoneOffset.UTC) + "\", \"scope\": \"REGISTRY\"}", etag);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
	}

	private String pseudonym(PublicCaseId caseId) {
		return this.jdbc.sql("select pseudonym from board_case where public_id = ?")
			.param(caseId.value())
			.query(String.class)
			.single();
	}

	private HttpResponse<String> get(Browser browser, String path) throws IOException, InterruptedException {
		String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getBytes(Browser browser, String path) throws IOException, InterruptedException {
		String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	// A spreadsheet's letters of a 1-based column number, written out independently of
	// the export.
	private static String column(int number) {
		return (number <= 26) ? String.valueOf((char) ('A' + number - 1))
				: column((number - 1) / 26) + (char) ('A' + (number - 1) % 26);
	}

	// One part of an XLSX file (a zip of XML parts).
	private static String part(byte[] xlsx, String name) throws IOException {
		Path file = Files.createTempFile("cases", ".xlsx");
		Files.write(file, xlsx);
		// Read through the central directory, as spreadsheet programs do.
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			var entry = zip.getEntry(name);
			assertThat(entry).as(name).isNotNull();
			return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	// A small RFC 4180 reader, independent of the writer under test.
	static List<Map<String, String>> parse(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r') {
				continue;
			}
			else if (c == '\n') {
				record.add(cell.toString());
				cell.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> values : records.subList(1, records.size())) {
			Map<String, String> row = new java.util.LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), values.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

}
