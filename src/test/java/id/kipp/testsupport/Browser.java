package id.kipp.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests (classes named {@code *BrowserTest}), driven by Selenium through Debian's
 * {@code chromium} and {@code chromium-driver} packages. Register it in the test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * …
 * browser.open("http://localhost:" + port + "/hasil");
 * assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(…);
 * </pre>
 *
 * <p>One browser per test class (started before the first test, quit after the last, with a fresh profile
 * directory that is deleted afterwards); cookies are deleted before every test, so each test starts logged out. When
 * a test fails, a screenshot of the page is saved as {@code target/browser-screenshots/<class>-<test>.png};
 * {@link #screenshot(String)} saves one on purpose.
 *
 * <p>Paths are explicit ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; other ones with the system
 * properties {@code kipp.browser.chromium} and {@code kipp.browser.chromedriver}), so Selenium Manager never tries to
 * download a driver or a browser (the build machines have no network but the package registries). When either file is
 * missing the test class is <b>skipped</b> (disabled, with the reason) — unless the system property
 * {@code kipp.browser.required=true} is set (as CI does): then it fails, saying what to install.
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
    AfterTestExecutionCallback, AfterAllCallback {

  public static final String REQUIRED_PROPERTY = "kipp.browser.required";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(60);

  private final File chromium = new File(System.getProperty("kipp.browser.chromium", "/usr/bin/chromium"));
  private final File chromedriver = new File(System.getProperty("kipp.browser.chromedriver", "/usr/bin/chromedriver"));

  private ChromeDriver driver;
  private Path profile;

  /** Whether the browser tests must run (and so fail when Chromium is missing). */
  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
  }

  private boolean installed() {
    return chromium.canExecute() && chromedriver.canExecute();
  }

  private String missing() {
    return "Chromium not found (" + chromium + " and " + chromedriver + " must be executable): install it with "
        + "'apt-get install chromium chromium-driver'";
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (installed()) {
      return ConditionEvaluationResult.enabled("Chromium is installed");
    }
    if (required()) {
      // runs, and fails in beforeAll with the reason
      return ConditionEvaluationResult.enabled(REQUIRED_PROPERTY + "=true");
    }
    return ConditionEvaluationResult.disabled(missing() + "; browser test skipped (set -D" + REQUIRED_PROPERTY
        + "=true to fail instead)");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!installed()) {
      throw new IllegalStateException(missing() + " (" + REQUIRED_PROPERTY + "=true)");
    }
    profile = Files.createTempDirectory("kipp-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--window-size=1280,1024", "--lang=id-ID", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    // a page's first load from a freshly started application on a busy build machine (servlet and webapp start-up)
    // took longer than 15 s; a page that does load is not slowed by a longer limit
    driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    driver.manage().deleteAllCookies();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      try {
        Path saved = screenshot(context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName());
        System.err.println("Browser: page at " + driver.getCurrentUrl() + " when the test failed: " + saved);
      } catch (RuntimeException | IOException e) {
        System.err.println("Browser: no screenshot of the failure: " + e);
      }
    }
  }

  /** Saves a PNG of the page as {@code target/browser-screenshots/<name>.png}; returns its path. */
  public Path screenshot(String name) throws IOException {
    Path folder = Path.of("target", "browser-screenshots");
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Loads a page (an absolute URL) and waits until it is loaded. */
  public void open(String url) {
    driver.get(url);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** The path and query of the current URL (e.g. {@code /masuk?keluar}). */
  public String currentPath() {
    java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The visible text of the single element {@code by} finds. */
  public String text(By by) {
    return driver.findElement(by).getText();
  }

  /** The visible text of the whole page. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The page's HTML as the browser holds it now. */
  public String pageSource() {
    return driver.getPageSource();
  }

  /** Types into a field (cleared first). */
  public void type(By field, String text) {
    WebElement element = driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  /**
   * Signs in on a Camunda webapp's login form already open (Tasklist, Cockpit, Admin, Welcome) and waits until the
   * form is gone. The webapp moves the focus to the user name field once it has started (autofocus, 300 ms after
   * bootstrap): keys typed before that can land in the wrong field, so both fields are typed again until they keep
   * what was typed.
   */
  public void signIn(String user, String password) {
    By nameField = By.cssSelector(".form-signin input[ng-model=username]");
    By passwordField = By.cssSelector(".form-signin input[ng-model=password]");
    waitUntil(() -> findAll(nameField).stream().anyMatch(WebElement::isDisplayed));
    for (int attempt = 0; attempt < 5; attempt++) {
      type(nameField, user);
      type(passwordField, password);
      if (user.equals(find(nameField).getAttribute("value"))
          && password.equals(find(passwordField).getAttribute("value"))) {
        break;
      }
    }
    find(By.cssSelector(".form-signin button[type=submit]")).click();
    waitUntil(() -> findAll(By.cssSelector(".form-signin")).isEmpty());
  }

  /**
   * Asserts that the displayed pane {@code paneCss} finds (a Tasklist form pane: {@code .task-details},
   * {@code .modal-body}) shows all its content without clipping or spilling:
   *
   * <ul>
   *   <li>horizontally, no visible element reaches beyond the pane's left or right edge, unless it sits in a box that
   *       scrolls or clips horizontally (a wide table scrolls inside itself) — that box then must fit;
   *   <li>vertically, no visible element's content runs out of its own box: the content of a box that neither
   *       scrolls nor grows with it (e.g. the option label of a {@code <select>} in a dynamic-list row that wraps to a
   *       second line below the field's fixed-height box, or text cut off at the bottom) is taller than the box.
   * </ul>
   *
   * Form controls' own insides ({@code input}, {@code textarea}, {@code select}) and boxes that scroll vertically are
   * not checked for the vertical spill, nor overhangs of up to 6 px (icons, a heading's descenders: less than a line of
   * text); a label cut short on one line with an ellipsis is not a spill either. The message names up to ten
   * offending elements with their boxes.
   */
  @SuppressWarnings("unchecked")
  public void assertFits(String paneCss) {
    List<String> offending = (List<String>) driver.executeScript("""
        const pane = Array.from(document.querySelectorAll(arguments[0])).find(e => e.offsetParent !== null);
        if (!pane) { return ['no pane ' + arguments[0]]; }
        const limit = pane.getBoundingClientRect();
        const name = e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim()
            ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
            + ' "' + (e.innerText || e.value || '').trim().slice(0, 40) + '"';
        const scrolls = value => value === 'auto' || value === 'scroll' || value === 'hidden' || value === 'clip';
        const found = [];
        for (const element of pane.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          if (element.offsetParent === null && style.position !== 'fixed' || style.visibility === 'hidden') continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          // horizontal: beyond the pane, unless inside a box that scrolls or clips sideways
          let parent = element.parentElement, inScroller = false;
          while (parent && parent !== pane) {
            if (scrolls(getComputedStyle(parent).overflowX)) { inScroller = true; break; }
            parent = parent.parentElement;
          }
          if (!inScroller && box.right >= limit.left && (box.right > limit.right + 1 || box.left < limit.left - 1)) {
            found.push('wider: ' + name(element) + ' x ' + Math.round(box.left) + '..' + Math.round(box.right)
                + ' in ' + Math.round(limit.left) + '..' + Math.round(limit.right));
            continue;
          }
          // vertical: content taller than a box that does not scroll (it spills below it, or is cut off)
          if (/^(INPUT|TEXTAREA|SELECT|OPTION|svg|IMG|IFRAME)$/i.test(element.tagName)) continue;
          if (style.display.startsWith('inline') && style.display !== 'inline-block') continue;
          const overflowY = style.overflowY;
          if (overflowY === 'auto' || overflowY === 'scroll') continue;
          // (a few pixels are glyphs and icons overhanging their line; a wrapped line of text is 14 px or more)
          if (element.scrollHeight > element.clientHeight + 6 && element.clientHeight > 0) {
            found.push('taller: ' + name(element) + ' content ' + element.scrollHeight + ' px in a box of '
                + element.clientHeight + ' px (overflow-y ' + overflowY + ', white-space ' + style.whiteSpace + ')');
          }
        }
        return found.slice(0, 10);
        """, paneCss);
    org.assertj.core.api.Assertions.assertThat(offending)
        .as("elements of %s clipped or spilling at %s", paneCss, driver.getCurrentUrl()).isEmpty();
  }

  /** Clicks an element that leads to another page (a link, a submit button) and waits until that page is loaded. */
  public void clickAndWait(By by) {
    WebElement element = driver.findElement(by);
    element.click();
    waitUntil(() -> stale(element) && "complete".equals(driver.executeScript("return document.readyState")));
  }

  private static boolean stale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      // while the old page is being replaced Chromium may answer "Node with given id does not belong to the
      // document" instead of a stale-element error: the element is gone all the same
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")
          || String.valueOf(e.getMessage()).contains("No node with given id")) {
        return true;
      }
      throw e;
    }
  }

  /** Polls {@code condition} until it holds (fails after 30 seconds). */
  public void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Browser: condition not met within " + TIMEOUT.toSeconds() + " s at "
            + driver.getCurrentUrl());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
