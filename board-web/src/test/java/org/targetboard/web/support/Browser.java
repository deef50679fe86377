package org.targetboard.web.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, driven by its own chromedriver:
 * nothing is downloaded. Where no browser is installed the browser tests are skipped,
 * unless {@code BOARD_E2E_REQUIRED=true} (as in CI), which turns the skip into a failure.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final Path screenshots;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.screenshots = Path.of(System.getProperty("board.screenshots", "target/screenshots"));
	}

	public static Browser open(int port) {
		Optional<String> binary = find("CHROME_BIN", BROWSERS);
		Optional<String> driverPath = find("CHROMEDRIVER", DRIVERS);
		if (binary.isEmpty() || driverPath.isEmpty()) {
			if ("true".equalsIgnoreCase(System.getenv("BOARD_E2E_REQUIRED"))) {
				throw new IllegalStateException("Chromium and chromedriver are required (apt install chromium "
						+ "chromium-driver, or set CHROME_BIN and CHROMEDRIVER)");
			}
			Assumptions.abort("No Chromium/chromedriver installed: browser tests skipped");
		}
		ChromeOptions options = new ChromeOptions();
		// Pages warn before leaving unsaved changes; a test that navigates away means to.
		options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
		options.setBinary(binary.get());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(driverPath.get()))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public void visit(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void logIn(String username, String password) {
		visit("/login");
		type("username", username);
		type("password", password);
		click("main form button[type=submit]");
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	public void logOut() {
		// Submitted by script: a page still scrolling to an anchor can move the header
		// button away under the pointer.
		((JavascriptExecutor) this.driver).executeScript("document.querySelector('header form').submit();");
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
	}

	public void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a date field to an ISO date: typing depends on the browser's locale, the value
	 * does not.
	 */
	public void date(String id, String isoDate) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				this.driver.findElement(By.id(id)), isoDate);
	}

	/** Chooses the option with the given value of a select field. */
	public void select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(id))).selectByValue(value);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, as a user would
	 * (instantly: Bootstrap makes scrolling smooth, and a click during the animation
	 * misses). A link or a form's button loads a new page: the click returns once the old
	 * page is gone, so that the next read sees the new one.
	 */
	public void click(String css) {
		WebElement element = find(css);
		boolean navigates = navigates(element);
		WebElement page = this.driver.findElement(By.tagName("html"));
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		if (navigates) {
			try {
				new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> isGone(page));
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("Clicking " + css + " did not load a page", ex);
			}
		}
	}

	/**
	 * Clicks a button whose form the browser itself refuses (a required field is empty):
	 * no page loads.
	 */
	public void clickRefused(String css) {
		WebElement element = find(css);
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	// Chromium reports a replaced page either as stale or as a node outside the document.
	private static boolean isGone(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private static boolean navigates(WebElement element) {
		String tag = element.getTagName();
		if ("a".equals(tag)) {
			String href = element.getDomAttribute("href");
			return href != null && !href.startsWith("#");
		}
		String type = element.getDomAttribute("type");
		return ("button".equals(tag) && (type == null || "submit".equals(type)))
				|| ("input".equals(tag) && "submit".equals(type));
	}

	/**
	 * The element, waiting for it up to ten seconds: after a click the next page may
	 * still be loading.
	 */
	public WebElement find(String css) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/** Waits until the page's path ends as given, e.g. after a keyboard navigation. */
	public void waitForPath(String suffix) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> currentPath().endsWith(suffix));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	/**
	 * Sizes the window so that the page itself (the viewport) is {@code width} by
	 * {@code height} CSS pixels, as on a laptop or a projector.
	 */
	public void viewport(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
		long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
		this.driver.manage()
			.window()
			.setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
	}

	/**
	 * The distance in CSS pixels from the top of the page to the bottom of the element.
	 */
	public double bottomOf(String css) {
		return ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].getBoundingClientRect().bottom + window.scrollY", find(css)))
			.doubleValue();
	}

	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and fails with
	 * every violation, its rule and the elements concerned. The rules come from the npm
	 * package fetched at build time ({@code board.axe}).
	 */
	public void assertAccessible(String page) {
		String script;
		try {
			script = Files.readString(Path.of(System.getProperty("board.axe", "target/axe-core/package/axe.min.js")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("axe-core is missing: run the build, which fetches it from npm", ex);
		}
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) this.driver;
		js.executeScript(script);
		Object result = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				  .then(function (r) {
				    done(r.violations.map(function (v) {
				      return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(function (n) {
				        return n.target.join(' ');
				      }).join(' | ');
				    }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });
				""");
		org.assertj.core.api.Assertions.assertThat((java.util.List<?>) result)
			.as("accessibility violations on " + page)
			.isEmpty();
	}

	/**
	 * Fails when a refusal on the page is not shown: an error summary that lists nothing,
	 * a summary link to a field that is missing or hidden, a field marked invalid that
	 * cannot be seen, a field's error text that is not displayed, or fields marked
	 * invalid without a summary above them.
	 */
	public void assertRefusalsShown(String page) {
		Object result = ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(
				"""
						var problems = [];
						function shown(e) {
						  return e.type !== 'hidden' && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
						    && getComputedStyle(e).visibility !== 'hidden';
						}
						var summary = document.getElementById('form-errors');
						if (summary) {
						  if (summary.querySelectorAll('li').length === 0) { problems.push('the error summary lists nothing'); }
						  summary.querySelectorAll('a[href^="#"]').forEach(function (a) {
						    var target = document.getElementById(a.getAttribute('href').substring(1));
						    if (!target) { problems.push('summary links to no field: ' + a.getAttribute('href')); }
						    else if (!shown(target)) { problems.push('summary links to a hidden field: ' + a.getAttribute('href')); }
						  });
						}
						var invalid = document.querySelectorAll('.is-invalid, [aria-invalid="true"]');
						invalid.forEach(function (e) {
						  if (!shown(e) && !(e.type === 'checkbox' || e.type === 'radio')) {
						    problems.push('a field marked invalid is hidden: ' + (e.id || e.name));
						  }
						});
						document.querySelectorAll('.invalid-feedback').forEach(function (f) {
						  if (!shown(f)) { problems.push('a field error is not displayed: ' + f.id); }
						});
						if (invalid.length > 0 && !summary) { problems.push('fields are marked invalid without an error summary'); }
						return problems;
						""");
		org.assertj.core.api.Assertions.assertThat((java.util.List<?>) result)
			.as("refusals not shown on " + page)
			.isEmpty();
	}

	/**
	 * Saves a screenshot under {@code target/screenshots}, for people to look at the
	 * pages; every page photographed is also checked for refusals that are not shown.
	 */
	public void screenshot(String name) {
		assertRefusalsShown(name);
		// Every page a journey looks at is also checked for accessibility.
		if (Boolean.getBoolean("board.axe.report")) {
			try {
				assertAccessible(name);
			}
			catch (AssertionError ex) {
				System.out.println("AXE " + ex.getMessage().replace('\n', ' '));
			}
		}
		else {
			assertAccessible(name);
		}
		try {
			Files.createDirectories(this.screenshots);
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), this.screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static Optional<String> find(String variable, List<String> candidates) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(configured);
		}
		return candidates.stream().filter((path) -> Files.isExecutable(Path.of(path))).findFirst();
	}

}
