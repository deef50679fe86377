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
			browser.click("main form button[type=submit]");

			assertThat(browser.text("#diagnosis-error")).isEqualTo("Choose the diagnosis.");
			assertThat(browser.text("#ageYears-error")).contains("under 25");
			assertThat(browser.find("#ageYears").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#ageYears").getAttribute("value")).isEqualTo("30");
			browser.screenshot("02-case-form-errors");

			new Select(browser.find("#diagnosis")).selectByValue("BCP_ALL");
			browser.type("relapseNumber", "1");
			browser.type("ageYears", "9");
			browser.type("ageMonths", "4");
			browser.type("questionToBoard", QUESTION);
			browser.click("main form button[type=submit]");

			assertThat(browser.text("[role=status]")).isEqualTo("Draft saved.");
			assertThat(browser.text("#case-status")).isEqualTo("Draft");
			pseudonym = browser.text("h1").replace("Case ", "");
			assertThat(pseudonym).matches("NL-\\d{4}-\\d{4}");
			assertThat(browser.text(".question")).isEqualTo(QUESTION);
			casePath = browser.currentPath();
			browser.screenshot("03-case-draft");

			browser.click("#action-SUBMIT");

			assertThat(browser.text("#case-status")).isEqualTo("Submitted");
			assertThat(browser.text("[role=status]")).isEqualTo("Case " + pseudonym + " submitted to the board.");
			assertThat(browser.findAll("#case-history li")).hasSize(2);
			assertThat(browser.findAll("a[href$='/edit']")).isEmpty();
			browser.screenshot("04-case-submitted");
			browser.logOut();

			browser.logIn("member", "demo");
			WebElement link = browser.driver().findElement(By.linkText(pseudonym));
			browser.screenshot("05-board-case-list");
			link.click();
			assertThat(browser.text("#case-status")).isEqualTo("Submitted");
			assertThat(browser.findAll("form[action*='/actions/']")).isEmpty();
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
