package org.targetboard.web.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.Browser;

/**
 * The chair composes from the engine's top three: the rest are considered and not
 * advised, each with the panel's reason; an option is moved to the top by keyboard
 * without a reload, the reason for departing from the engine is asked at once, and the
 * letter shows exactly what the panel advised and what it did not.
 */
@BoardIntegrationTest
class AdviceComposerIT {

	@LocalServerPort
	int port;

	@Autowired
	TestBoard board;

	@Test
	void theChairAdvisesTheTopOptionsAndSaysWhyTheOthersAreNotAdvised() throws Exception {
		PublicCaseId caseId = this.board.discussedCase();
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chair", "demo");
			browser.visit("/cases/" + caseId + "/advice");
			browser.click("#start-advice");
			assertThat(browser.findAll("li.option-row")).hasSize(3);
			assertThat(browser.findAll(".not-advised-row")).isNotEmpty();
			assertThat(browser.find("#override-note").isDisplayed()).isFalse();
			String third = browser.find("#options2\\.label").getAttribute("value");
			String firstConsidered = browser.find("#notAdvised0\\.label").getAttribute("value");

			// Moving the engine's third option to the top happens in place, by keyboard.
			JavascriptExecutor script = (JavascriptExecutor) browser.driver();
			script.executeScript("window.samePage = true;");
			browser.find("#move-top-2").sendKeys(Keys.ENTER);
			assertThat(script.executeScript("return window.samePage === true;")).isEqualTo(true);
			assertThat(browser.find("#options0\\.label").getAttribute("value")).isEqualTo(third);
			assertThat(browser.find("#option-row-0 [data-option-number]").getText()).isEqualTo("Option 1");
			assertThat(browser.find("#override-note").isDisplayed()).isTrue();
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("move-down-0");
			browser.screenshot("70-composer-moved-to-top");

			browser.type("overrideReason", "The third option matches the CD22 result; the panel advises it first.");
			browser.type("notAdvised1.reason", "Cardiotoxicity after the last line.");
			browser.click("#save-advice");
			assertThat(browser.text("[role=status]")).isEqualTo("Advice saved.");
			assertThat(browser.find("#options0\\.label").getAttribute("value")).isEqualTo(third);
			assertThat(browser.find("#notAdvised1\\.reason").getAttribute("value"))
				.isEqualTo("Cardiotoxicity after the last line.");
			// An option considered is advised after the others with one button.
			browser.click("#advise-0");
			assertThat(browser.findAll("li.option-row")).hasSize(4);
			assertThat(browser.find("#options3\\.label").getAttribute("value")).isEqualTo(firstConsidered);
			// And sent back to the considered ones, in the engine's order.
			browser.click("#not-advise-3");
			assertThat(browser.find("#notAdvised0\\.label").getAttribute("value")).isEqualTo(firstConsidered);
			assertThat(browser.find("#notAdvised1\\.reason").getAttribute("value"))
				.isEqualTo("Cardiotoxicity after the last line.");
			browser.click("#save-advice");
			browser.screenshot("71-composer-considered");
			browser.click("#confirmed");
			browser.click("#issue-advice");
			assertThat(browser.text("#case-status")).isEqualTo("Advice issued");
		}

		byte[] letter = ApiClient.as(this.port, "coordinator-nl", "demo")
			.bytes("/api/v1/cases/" + caseId + "/advice/1.pdf")
			.body();
		try (PDDocument document = Loader.loadPDF(letter)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Options considered and not advised")
				.contains("not advised by the panel. Cardiotoxicity after the last line.")
				.contains("The third option matches the CD22 result");
		}
	}

}
