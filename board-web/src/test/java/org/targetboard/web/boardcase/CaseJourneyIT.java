package org.targetboard.web.boardcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;

/**
 * The walking skeleton in a real browser: a coordinator drafts and submits a case, a
 * board member finds it, and a coordinator of another centre cannot reach it.
 */
@BoardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseJourneyIT {

	// A marker in the free text: it must never show up in any log line.
	private static final String QUESTION = "Which targeted option after blinatumomab failure? Marker QX-7781";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void coordinatorSubmitsABoardMemberSeesItAnotherCentreGets404(CapturedOutput output) {
		String casePath;
		String pseudonym;
		try (Browser browser = Browser.open(this.port)) {
			browser.visit("/cases");
			assertThat(browser.currentPath()).isEqualTo("/login");
			browser.screenshot("01-login");
			browser.logIn("coordinator-nl", "demo");
			assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'coordinator-nl'")
				.query(Integer.class)
				.single()).isPositive();

			browser.click("main a[href='/cases/new']");
			browser.type("ageYears", "30");
			browser.click("#save-draft");

			assertThat(browser.text("#diagnosis-error")).isEqualTo("Choose the diagnosis.");
			assertThat(browser.text("#ageYears-error")).contains("under 25");
			assertThat(browser.find("#ageYears").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#ageYears").getAttribute("value")).isEqualTo("30");
			browser.screenshot("02-case-form-errors");

			select(browser, "diagnosis", "BCP_ALL");
			browser.type("relapseNumber", "2");
			browser.type("ageYears", "11");
			browser.type("ageMonths", "4");
			browser.type("ageAtDiagnosisYears", "5");
			date(browser, "diagnosisDate", "2020-03-02");
			date(browser, "frontlineEndDate", "2022-06-30");
			date(browser, "relapseDate", "2026-10-12");
			select(browser, "site", "ISOLATED_MARROW");
			browser.type("marrowBlastsPercent", "62");
			browser.type("mrdAtRelapse", "12%");
			browser.type("mrdMethod", "flow cytometry");
			// The disease course: karyotype and the earlier relapse that times this one.
			browser.click("input[name='cytogenetics'][value='HIGH_HYPERDIPLOIDY']");
			browser.click("#add-earlierRelapses");
			date(browser, "earlierRelapses0.date", "2023-05-02");
			select(browser, "earlierRelapses0.site", "ISOLATED_MARROW");
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
					"document.getElementById('section-disease').scrollIntoView({behavior: 'instant', block: 'start'});");
			browser.screenshot("03c-case-form-disease-course");
			String[][] lines = {
					{ "CHEMOTHERAPY", "vincristine, dexamethasone, asparaginase", "2020-03-02", "2022-06-30",
							"MRD_NEGATIVE_CR", "" },
					{ "HSCT", "", "2023-09-10", "2023-09-10", "", "" },
					{ "CAR_T", "tisagenlecleucel", "2025-05-02", "2025-05-02", "MRD_NEGATIVE_CR", "CD19" } };
			for (int i = 0; i < lines.length; i++) {
				browser.click("#add-history");
				select(browser, "history" + i + ".kind", lines[i][0]);
				browser.type("history" + i + ".agents", lines[i][1]);
				date(browser, "history" + i + ".start", lines[i][2]);
				date(browser, "history" + i + ".end", lines[i][3]);
				if (!lines[i][4].isEmpty()) {
					select(browser, "history" + i + ".bestResponse", lines[i][4]);
				}
				browser.type("history" + i + ".targetAntigen", lines[i][5]);
			}
			select(browser, "intent", "CURATIVE_TRIAL_SEEKING");
			select(browser, "performanceScale", "LANSKY");
			browser.type("performanceStatus", "80");
			// A fourth lesion row is added and removed again: what was typed in the
			// others stays.
			String[][] lesions = { { "FUSION", "P2RY8-CRLF2", "", "" }, { "SNV_INDEL", "JAK2", "p.R683G", "41" },
					{ "SNV_INDEL", "KRAS", "p.(Gly12Asp)", "6" }, { "DELETION", "IKZF1", "", "" } };
			for (int i = 0; i < lesions.length; i++) {
				browser.click("#add-lesions");
				select(browser, "lesions" + i + ".type", lesions[i][0]);
				browser.type("lesions" + i + ".gene", lesions[i][1]);
				browser.type("lesions" + i + ".proteinChange", lesions[i][2]);
				browser.type("lesions" + i + ".vafPercent", lesions[i][3]);
			}
			browser.click("#remove-lesions-3");
			assertThat(browser.findAll("[id^=lesion-row-]")).hasSize(3);
			assertThat(browser.find("#lesions1\\.proteinChange").getAttribute("value")).isEqualTo("p.R683G");
			String[][] markers = { { "CD19", "2" }, { "CD22", "95" }, { "CD38", "40" }, { "CD7", "1" } };
			for (int i = 0; i < markers.length; i++) {
				browser.click("#add-markers");
				browser.type("markers" + i + ".marker", markers[i][0]);
				browser.type("markers" + i + ".percentPositive", markers[i][1]);
				browser.type("markers" + i + ".method", "flow cytometry");
			}
			browser.type("markers1.sitesPerCell", "3900");
			String[][] responses = { { "ruxolitinib", "DRP", "SENSITIVE" },
					{ "venetoclax", "DYNAMIC_BH3", "RESISTANT" } };
			for (int i = 0; i < responses.length; i++) {
				browser.click("#add-drugResponses");
				browser.type("drugResponses" + i + ".drug", responses[i][0]);
				select(browser, "drugResponses" + i + ".assay", responses[i][1]);
				select(browser, "drugResponses" + i + ".call", responses[i][2]);
			}
			browser.type("questionToBoard", QUESTION + ", contact jan@example.org");
			browser.click("#noStandardOfCare1");
			browser.type("noStandardOfCareReason", "Second relapse after HSCT and CAR-T");
			browser.screenshot("03a-case-form-complete");
			browser.click("#save-draft");

			// The e-mail address is caught before anything is saved.
			assertThat(browser.text("#identifier-warnings"))
				.contains("Question to the board: looks like an e-mail address");
			browser.screenshot("03b-identifier-warning");
			browser.type("questionToBoard", QUESTION);
			browser.type("lesions1.proteinChange", "R683G");
			browser.click("#save-draft");
			assertThat(browser.text("#lesions1\\.proteinChange-error")).startsWith("Not an HGVS protein change");
			browser.type("lesions1.proteinChange", "p.R683G");
			browser.click("#save-draft");

			assertThat(browser.text("[role=status]")).isEqualTo("Draft saved.");
			assertThat(browser.text("main"))
				.contains("The fusion \u201cP2RY8-CRLF2\u201d was written as P2RY8::CRLF2.");
			assertThat(browser.text("#case-status")).isEqualTo("Draft");
			pseudonym = browser.text("h1").replace("Case ", "");
			assertThat(pseudonym).matches("NL-\\d{4}-\\d{4}");
			assertThat(browser.text(".question")).isEqualTo(QUESTION);
			assertThat(browser.findAll("#lesions tbody tr")).hasSize(3);
			assertThat(browser.findAll("#markers tbody tr")).hasSize(4);
			assertThat(browser.findAll("#drug-responses tbody tr")).hasSize(2);
			assertThat(browser.findAll("#history-lines tbody tr")).hasSize(3);
			assertThat(browser.text("#case-course")).contains("High hyperdiploidy")
				.contains("Earlier relapse 1: 2023-05-02, Isolated marrow");
			casePath = browser.currentPath();
			browser.screenshot("03-case-draft");

			browser.click("#action-SUBMIT");

			assertThat(browser.text("#case-status")).isEqualTo("Submitted");
			assertThat(browser.text("[role=status]")).isEqualTo("Case " + pseudonym + " submitted to the board.");
			assertThat(browser.text("#risk-group")).contains("Relapse risk group");
			assertThat(browser.findAll("#case-history li")).hasSize(2);
			assertThat(browser.findAll("#edit-case")).isEmpty();
			browser.screenshot("04-case-submitted");

			// Before consent is recorded, there is nothing to verify: the page says so
			// instead of offering the button.
			assertThat(browser.findAll("#action-VERIFY_CONSENT")).isEmpty();
			assertThat(browser.text("#verify-consent-needs-consent")).contains("once it is recorded");
			assertThat(browser.text("#case-status")).isEqualTo("Submitted");
			browser.click("#manage-consent");
			browser.click("#record-consent");
			assertThat(browser.text("#date-error")).isNotEmpty();
			browser.screenshot("04a-consent-errors");
			date(browser, "date", "2026-10-20");
			browser.type("formVersion", "iLTB-NL 3.1");
			browser.click("#signedByParent1");
			browser.click("#childAssent1");
			// Nothing is consented by default: each scope is ticked as the family gave
			// it.
			browser.click("#discussion1");
			browser.click("#registry1");
			browser.click("#record-consent");
			assertThat(browser.text("#consent")).contains("iLTB-NL 3.1");
			browser.click("#action-VERIFY_CONSENT");
			assertThat(browser.text("#case-status")).isEqualTo("Consent verified");
			browser.screenshot("04b-consent-verified");
			browser.logOut();

			browser.logIn("member", "demo");
			browser.visit("/cases");
			browser.type("q", pseudonym.substring(0, 7));
			browser.click("#case-search button[type=submit]");
			assertThat(browser.text("#case-count")).containsPattern("^\\d+ cases? · page 1 of \\d+$");
			assertThat(browser.text("#case-list-others")).contains(pseudonym);
			WebElement link = browser.driver().findElement(By.linkText(pseudonym));
			browser.screenshot("05-board-case-list");
			link.click();
			assertThat(browser.text("#case-status")).isEqualTo("Consent verified");
			assertThat(browser.findAll("form[action*='/actions/']")).isEmpty();
			assertThat(browser.text("#lesions")).contains("P2RY8::CRLF2", "JAK2 p.R683G");
			browser.screenshot("06-board-case-view");
			browser.logOut();

			browser.logIn("coordinator-es", "demo");
			assertThat(browser.driver().findElements(By.linkText(pseudonym))).isEmpty();
			browser.visit(casePath);
			assertThat(browser.text("h1")).isEqualTo("Not found");
			assertThat(browser.driver().getPageSource()).doesNotContain(pseudonym).doesNotContain("QX-7781");
			browser.screenshot("07-other-centre-not-found");
		}
		assertThat(output.getAll()).doesNotContain("QX-7781");
	}

	private static void select(Browser browser, String id, String value) {
		new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
	}

	// Date inputs take the browser's locale format from the keyboard; set the ISO value
	// directly, as the date picker would.
	private static void date(Browser browser, String id, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.driver().findElement(By.id(id)), isoDate);
	}

	@Test
	void withdrawalTakesAScheduledCaseOffTheAgendaAndOutOfTheBoardsSight() {
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		ApiClient chair = ApiClient.as(this.port, "chair", "demo");
		ApiClient.Response created = coordinator.post("/api/v1/cases", CaseApiIT.VALID_CASE);
		String id = created.json().get("id").asString();
		String pseudonym = created.json().get("pseudonym").asString();
		coordinator.transition(id, "{\"action\": \"SUBMIT\"}");
		String etag = coordinator.get("/api/v1/cases/" + id).header("ETag");
		ApiClient.Response consent = coordinator.put("/api/v1/cases/" + id + "/consent", """
				{"date": "2026-10-20", "formVersion": "iLTB-NL 3.1", "signedByParent": true,
				 "discussion": true, "registry": true}""", etag);
		assertThat(consent.status()).as(consent.raw().body()).isEqualTo(200);
		coordinator.transition(id, "{\"action\": \"VERIFY_CONSENT\"}");
		assertThat(chair.transition(id, "{\"action\": \"SCHEDULE\"}").status()).isEqualTo(200);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.visit("/cases/" + id + "/consent");
			date(browser, "withdrawalDate", "2026-11-01");
			select(browser, "scope", "ALL");
			// Withdrawal of everything is confirmed on the form, never one click away.
			browser.click("#record-withdrawal");
			assertThat(browser.text("#confirmWithdrawal1-error")).contains("cannot be undone");
			date(browser, "withdrawalDate", "2026-11-01");
			select(browser, "scope", "ALL");
			browser.click("#confirmWithdrawal1");
			browser.screenshot("10-withdrawal");
			browser.click("#record-withdrawal");
			assertThat(browser.text("#case-status")).isEqualTo("Consent withdrawn");
			assertThat(browser.text("#case-history")).contains("Scheduled \u2192 Consent withdrawn");
			browser.screenshot("11-withdrawn");
			browser.logOut();

			browser.logIn("chair", "demo");
			assertThat(browser.driver().findElements(By.linkText(pseudonym))).isEmpty();
			browser.visit("/cases/" + id);
			assertThat(browser.text("h1")).isEqualTo("Not found");
		}
	}

	@Test
	void returnsACaseForClarificationAndTheCentreSeesTheQuestion() {
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		ApiClient.Response created = coordinator.post("/api/v1/cases", CaseApiIT.VALID_CASE);
		String id = created.json().get("id").asString();
		coordinator.transition(id, "{\"action\": \"SUBMIT\"}");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/cases/" + id);
			browser.type("note", "Please add the CD22 antigen density.");
			browser.click("#action-RETURN_FOR_CLARIFICATION");
			assertThat(browser.text("#case-status")).isEqualTo("Returned for clarification");
			browser.logOut();

			browser.logIn("coordinator-nl", "demo");
			assertThat(browser.text("#case-list-needsAction")).contains("Answer the board office and resubmit");
			browser.screenshot("12-worklist-returned");
			browser.visit("/cases/" + id + "/edit");
			assertThat(browser.text("#clarification")).contains("Please add the CD22 antigen density.");
			browser.type("markers0.sitesPerCell", "2100");
			browser.click("#save-and-submit");
			assertThat(browser.text("#case-status")).isEqualTo("Submitted");
			assertThat(browser.text("#case-history")).contains("Please add the CD22 antigen density.");
			browser.screenshot("13-resubmitted");
		}
	}

	@Test
	void offersASkipLinkAsTheFirstStopForKeyboardUsers() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("coordinator-nl", "demo");
			browser.find("body").sendKeys(Keys.TAB);
			WebElement focused = browser.driver().switchTo().activeElement();
			assertThat(focused.getAttribute("href")).endsWith("#main");
			assertThat(focused.getText()).isEqualTo("Skip to main content");
		}
	}

	@Test
	void showsTheForbiddenPageWithoutDetailsToAPhysicianOpeningTheCaseForm() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("physician-nl", "demo");
			assertThat(browser.findAll("a[href='/cases/new']")).isEmpty();
			browser.visit("/cases/new");
			assertThat(browser.text("h1")).isEqualTo("Not allowed");
			assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
			browser.screenshot("09-physician-forbidden");
		}
	}

	@Test
	void showsTheWrongPasswordMessageOnTheLoginPage() {
		try (Browser browser = Browser.open(this.port)) {
			browser.visit("/login");
			browser.type("username", "physician-nl");
			browser.type("password", "not-the-password");
			browser.click("form button[type=submit]");
			assertThat(browser.text("[role=alert]")).startsWith("Wrong username or password");
			browser.screenshot("08-login-failed");
		}
	}

}
