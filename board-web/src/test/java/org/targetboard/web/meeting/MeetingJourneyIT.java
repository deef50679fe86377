package org.targetboard.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.meeting.MeetingId;
import org.targetboard.registry.meeting.MeetingRegistry;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;
import org.targetboard.web.support.TestCasesApi;

/**
 * A whole meeting in a real browser: the chair plans it and builds the agenda, members
 * get the agenda by mail and comment, the chair presents (keyboard), records attendance
 * and notes (with a concurrent edit), records the discussion, composes the advice with an
 * override, signs it; the centre is mailed and the physician downloads the PDF, whose
 * text is checked.
 */
@BoardIntegrationTest
class MeetingJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MeetingRegistry meetings;

	@Test
	void chairRunsAMeetingEndToEndAndThePhysicianDownloadsTheLetter() throws Exception {
		String first = TestCasesApi.readyForAgenda(this.port);
		String second = TestCasesApi.readyForAgenda(this.port);
		String pseudonym = ApiClient.as(this.port, "coordinator-nl", "demo")
			.get("/api/v1/cases/" + first)
			.json()
			.get("pseudonym")
			.asString();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String meetingPath;
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/meetings");
			browser.click("#new-meeting");
			browser.click("#save-meeting");
			assertThat(browser.text("#title-error")).isEqualTo("This is required.");
			browser.type("title", "Target board " + today.plusDays(7));
			date(browser, "date", today.plusDays(7).toString());
			time(browser, "time", "16:00");
			new Select(browser.find("#timeZone")).selectByValue("Europe/Madrid");
			date(browser, "submissionCutoff", today.plusDays(8).toString());
			browser.click("input[value='member']");
			browser.click("#save-meeting");
			assertThat(browser.text("#submissionCutoff-error")).contains("must not lie after the meeting");
			date(browser, "submissionCutoff", today.plusDays(2).toString());
			browser.screenshot("20-meeting-form");
			browser.click("#save-meeting");
			assertThat(browser.text("#meeting-when")).contains("16:00").contains("Europe/Madrid");
			meetingPath = browser.currentPath();

			for (String caseId : List.of(first, second)) {
				new Select(browser.find("#caseId")).selectByValue(caseId);
				browser.type("minutes", "15");
				browser.click("#add-case");
			}
			assertThat(browser.findAll("#agenda-table tbody tr")).hasSize(2);
			browser.click("#agenda-2 button[aria-label^='Move']");
			assertThat(browser.text("#agenda-1")).doesNotContain(pseudonym);
			browser.click("#agenda-2 button[aria-label^='Move']");
			assertThat(browser.text("#agenda-1")).contains(pseudonym).contains("Scheduled");
			browser.click("#send-agenda");
			browser.screenshot("21-meeting-agenda");
			assertThat(this.greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
			MimeMessage agendaMail = mailTo("member@demo.target-board.invalid", meetingPath);
			assertThat(GreenMailUtil.getBody(agendaMail)).contains(meetingPath).doesNotContain("BCR");

			browser.visit(meetingPath + "/print");
			assertThat(browser.text("#print-agenda-table")).contains("16:00").contains("16:15").contains(pseudonym);
			// Each case with its situation and the centre's question, for members reading
			// on paper.
			assertThat(browser.findAll("#print-agenda-table td.print-question"))
				.allSatisfy((cell) -> assertThat(cell.getText()).isNotBlank());
			assertThat(browser.text("#print-agenda-table")).containsPattern("Relapse \\d|Primary refractory");
			browser.screenshot("22-agenda-print");
			browser.logOut();

			browser.logIn("member", "demo");
			browser.visit(meetingPath + "/cases/1");
			browser.type("comment-body", "Dasatinib will not cover T315I; prefer ponatinib.");
			browser.click("#add-comment");
			assertThat(browser.text("#comment-list")).contains("prefer ponatinib");
			assertThat(browser.findAll("#save-notes")).isEmpty();
			browser.logOut();

			browser.logIn("chair", "demo");
			browser.visit(meetingPath + "/cases/1");
			assertThat(browser.text("#presented-case")).contains(pseudonym);
			assertThat(browser.text("#comment-list")).contains("member").contains("prefer ponatinib");
			assertThat(browser.text("#ranked-options")).contains("Ponatinib").contains("Why this rank");
			// Excluded options, like each option's reasons, open on demand.
			assertThat(browser.find("#excluded-options").getAttribute("open")).isNull();
			browser.click("#excluded-options summary");
			assertThat(browser.text("#excluded-options")).contains("T315I");
			assertThat(browser.text("#ranking-provenance")).contains("Engine 1.0.0");
			// Every source a reason cites opens its full citation; the legend explains
			// the levels.
			String firstSource = browser.find("#ranked-options .reasons a").getAttribute("href");
			assertThat(firstSource).contains("#source-");
			assertThat(browser.findAll(firstSource.substring(firstSource.indexOf('#')))).hasSize(1);
			assertThat(browser.text("#evidence-legend")).contains("m1A")
				.contains("prospective study in the same entity");
			assertThat(browser.text("#ranked-options")).contains("Notable toxicities");
			assertThat(browser.findAll("#timeline-chart rect")).isNotEmpty();
			// A date axis, and the current relapse marked and named.
			assertThat(browser.findAll("#timeline-chart .tick")).isNotEmpty();
			assertThat(browser.findAll("#timeline-chart .mark-RELAPSE")).hasSize(1);
			assertThat(browser.text("#timeline-events")).contains("(now)");
			assertThat(browser.findAll("#knowledge-changed")).isEmpty();
			browser.screenshot("23-presentation");
			// One screen per case on a laptop and on a full-HD projector: the summary,
			// the timeline, the top options, the clock, attendance, notes and the events.
			for (int[] screen : new int[][] { { 1366, 768 }, { 1920, 1080 } }) {
				browser.viewport(screen[0], screen[1]);
				browser.visit(meetingPath + "/cases/1");
				browser.screenshot("23-presentation-" + screen[0] + "x" + screen[1]);
				for (String part : List.of("#presentation-summary", "#timeline-chart", "#option-3", "#case-timer",
						"#save-presentation-attendance", "#save-notes", "#ranked-events")) {
					assertThat(browser.bottomOf(part)).as(part + " at " + screen[0]).isLessThanOrEqualTo(screen[1]);
				}
			}
			browser.viewport(1366, 900);
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('timeline-heading').scrollIntoView()");
			browser.screenshot("23-presentation-timeline");
			browser.find("body").sendKeys(Keys.ARROW_RIGHT);
			browser.waitForPath("/cases/2");
			assertThat(browser.text("#case-position")).isEqualTo("Case 2 of 2");
			browser.find("body").sendKeys(Keys.ARROW_LEFT);
			browser.waitForPath("/cases/1");
			assertThat(browser.text("#case-position")).isEqualTo("Case 1 of 2");
			// The top three options stand open; the further ones on demand.
			assertThat(browser.findAll("#ranked-options > ol.ranked > li.ranked-option")).hasSizeLessThanOrEqualTo(3);
			assertThat(browser.find("#more-options").getAttribute("open")).isNull();
			// They are not in the page until opened: then they are fetched in place, each
			// with its reasons; without script the link opens the view with all of them.
			assertThat(browser.findAll("#more-options li.ranked-option")).isEmpty();
			assertThat(browser.find("#more-options .deferred a").getAttribute("href")).contains("all=true");
			browser.click("#more-options summary");
			assertThat(browser.find("#more-options li.ranked-option .rank").getText()).isEqualTo("4");
			assertThat(browser.find("#more-options").getAttribute("data-deferred")).isEqualTo("false");
			assertThat(browser.findAll("#more-options .deferred")).isEmpty();
			browser.screenshot("23-presentation-more-options");
			browser.visit(meetingPath + "/cases/1?all=true");
			assertThat(browser.find("#more-options").getAttribute("open")).isNotNull();
			assertThat(browser.findAll("#more-options li.ranked-option")).hasSizeGreaterThanOrEqualTo(1);
			browser.visit(meetingPath + "/cases/1");
			// Projector mode: large text, kept from case to case.
			browser.click("#projector-mode");
			assertThat(browser.find("main").getAttribute("class")).contains("projector");
			assertThat(Double.parseDouble(browser.find("main").getCssValue("font-size").replace("px", "")))
				.isGreaterThanOrEqualTo(20);
			browser.screenshot("24-presentation-projector");
			browser.find("body").sendKeys(Keys.ARROW_RIGHT);
			browser.waitForPath("/cases/2?projector=true");
			assertThat(browser.find("main").getAttribute("class")).contains("projector");
			browser.click("#projector-mode");
			assertThat(browser.find("main").getAttribute("class")).doesNotContain("projector");
			browser.visit(meetingPath + "/cases/1");

			// Notes: someone else saves while the chair types; nothing is overwritten.
			browser.type("notes-text", "Consensus: ponatinib with chemotherapy, then HSCT.");
			MeetingId meetingId = MeetingId.parse(meetingPath.substring("/meetings/".length()));
			this.meetings.saveNotes(new Viewer("admin", Role.ADMIN, null), meetingId, PublicCaseId.parse(first), 0,
					"Board office: attendance 6.");
			browser.click("#save-notes");
			assertThat(browser.text("[role=alert]")).contains("admin saved the notes");
			assertThat(browser.text("#notes-theirs")).contains("Board office: attendance 6.");
			assertThat(browser.find("#notes-text").getAttribute("value")).contains("ponatinib with chemotherapy");
			browser.screenshot("24-notes-conflict");
			browser.type("notes-text",
					"Board office: attendance 6. Consensus: ponatinib with chemotherapy, then HSCT.");
			browser.click("#save-notes");
			assertThat(browser.text("[role=status]")).isEqualTo("Notes saved.");

			// Attendance is taken inside the view, which stays on the case presented.
			assertThat(browser.text("#case-timer")).matches("\\d+:\\d\\d");
			browser.click("#present-member");
			browser.click("#present-chair");
			browser.click("#save-presentation-attendance");
			assertThat(browser.currentPath()).contains("/cases/1#case-clock");
			assertThat(browser.find("#present-member").isSelected()).isTrue();
			browser.visit(meetingPath);
			assertThat(browser.find("#present-member").isSelected()).isTrue();

			browser.visit(meetingPath + "/cases/1");
			browser.click("#mark-discussed");
			assertThat(browser.text("#case-status")).isEqualTo("Discussed");
			browser.click("#compose-advice");
			browser.click("#start-advice");
			assertThat(browser.findAll("[id^=option-row-]")).hasSizeGreaterThan(1);
			String engineFirst = browser.find("#options0\\.label").getAttribute("value");
			String engineSecond = browser.find("#options1\\.label").getAttribute("value");
			// In place, by keyboard: no reload.
			browser.find("#move-up-1").sendKeys(org.openqa.selenium.Keys.ENTER);
			assertThat(browser.find("#options0\\.label").getAttribute("value")).isEqualTo(engineSecond);
			// A grade that is not a DNPM level is refused beside its field, and nothing
			// is
			// saved.
			browser.type("options0.evidence", "level 1");
			browser.click("#save-advice");
			assertThat(browser.text("#options0\\.evidence-error")).contains("DNPM evidence level");
			browser.type("options0.evidence", "m2C iv");
			browser.click("#save-advice");
			assertThat(browser.text("#overrideReason-error")).contains("departs from the engine");
			assertThat(browser.text("#form-errors")).contains("was not saved");
			assertThat(browser.findAll("#form-error-list a[href='#overrideReason']")).hasSize(1);
			browser.screenshot("25-advice-override-required");
			browser.type("overrideReason", "Panel prefers the second option: <b>bold</b> & \"quoted\" free text.");
			browser.type("summary", "Second relapse of Ph+ ALL with T315I.");
			browser.click("#save-advice");
			assertThat(browser.text("[role=status]")).isEqualTo("Advice saved.");
			assertThat(browser.text("#override-note")).contains("departs");
			browser.screenshot("26-advice-composer");
			HttpResponse<byte[]> preview = get(browser, "/cases/" + first + "/advice/preview.pdf");
			assertThat(preview.statusCode()).isEqualTo(200);
			assertThat(text(preview.body())).contains("PREVIEW");
			browser.clickRefused("#issue-advice");
			// The confirmation box is required: the browser refuses the unticked form.
			assertThat(browser.text("#case-status")).isEqualTo("Discussed");
			browser.click("#confirmed");
			browser.click("#issue-advice");
			assertThat(browser.text("#case-status")).isEqualTo("Advice issued");
			assertThat(browser.text("#advice-v1")).contains(engineSecond);
			browser.screenshot("27-advice-issued");
			assertThat(browser.findAll("#save-advice")).isEmpty();
			browser.logOut();

			assertThat(this.greenMail.waitForIncomingEmail(10_000, 4)).isTrue();
			MimeMessage adviceMail = mailTo("physician-nl@demo.target-board.invalid", "/cases/" + first + "/advice");
			assertThat(adviceMail.getSubject()).contains(pseudonym);
			assertThat(GreenMailUtil.getBody(adviceMail)).contains("/cases/" + first + "/advice")
				.doesNotContain("ponatinib")
				.doesNotContain("ALL");

			browser.logIn("physician-nl", "demo");
			browser.visit("/cases/" + first + "/advice");
			assertThat(browser.findAll("#download-v1")).hasSize(1);
			assertThat(browser.findAll("#composer")).isEmpty();
			String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
			HttpResponse<byte[]> download = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + "/cases/" + first + "/advice/1.pdf"))
					.header("Cookie", "SESSION=" + session)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
			byte[] pdf = download.body();
			var stored = this.jdbc.sql("""
					select a.content_sha256, a.pdf_sha256, a.pdf from advice a join board_case c on c.id = a.case_id
					where c.public_id = ?::uuid and a.version_number = 1""")
				.param(first)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBytes(3) })
				.single();
			assertThat(Arrays.equals(pdf, (byte[]) stored[2])).isTrue();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(stored[1]);
			String text = text(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(pseudonym)
				.contains("Princess Máxima Center")
				.contains("non-interventional")
				.contains("<b>bold</b> & \"quoted\"")
				.contains("content SHA-256 " + stored[0])
				.contains("1 / ")
				// The meeting with its date and who was present.
				.containsPattern("Present (chair, member|member, chair)");
			assertThat(text.indexOf(engineSecond)).isPositive().isLessThan(text.indexOf(engineFirst));
			pages(pdf);
			archivalAndTagged(pdf);
		}
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event a join board_case c on c.id = a.case_id
				where c.public_id = ?::uuid and a.actor = 'physician-nl' and a.action = 'EXPORT'""")
			.param(first)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	// A download in the browser's session (the browser itself would save the file).
	private HttpResponse<byte[]> get(Browser browser, String path) throws IOException, InterruptedException {
		String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The mail to an address about this journey's meeting or case: the tests share one
	 * mail server, and other tests' meetings and advice are mailed to the same demo
	 * accounts.
	 */
	private MimeMessage mailTo(String address, String about) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage message : this.greenMail.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equals(address))
						&& GreenMailUtil.getBody(message).contains(about)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + address + " about " + about);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	// PDF/A-3a declared in the metadata, a tagged structure, and every font embedded.
	private static void archivalAndTagged(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("<pdfaid:part>3</pdfaid:part>")
				.contains("<pdfaid:conformance>A</pdfaid:conformance>");
			assertThat(catalog.getOutputIntents()).isNotEmpty();
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
				}
			}
		}
	}

	// The letter's pages as pictures, for people to look at.
	private static void pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
			java.nio.file.Path dir = java.nio.file.Path
				.of(System.getProperty("board.screenshots", "target/screenshots"));
			java.nio.file.Files.createDirectories(dir);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
						dir.resolve("28-advice-letter-page-" + (page + 1) + ".png").toFile());
			}
		}
	}

	private static void date(Browser browser, String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), value);
	}

	private static void time(Browser browser, String id, String value) {
		date(browser, id, value);
	}

}
