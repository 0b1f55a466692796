package id.kipp.objection;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.WebappStrings;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist in the {@link Browser}, as a user works in it: log in, open a task, complete its form. */
final class Tasklist {

  private final Browser browser;
  private final String base;

  Tasklist(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  /** Logs in as {@code user} (password = id), whoever was logged in before, and waits for the filters. */
  void logIn(String user) {
    browser.open(base + "/camunda/app/kipp/time-zone.json");
    browser.driver().manage().deleteAllCookies();
    js("window.localStorage.clear();");
    browser.open(base + "/camunda/app/tasklist/default/#/login");
    try {
      waitFor(".form-signin input[ng-model=username]");
    } catch (AssertionError slowFirstLoad) {
      // the webapp's first start in a busy JVM can take longer than the browser's 15 s: once more
      browser.driver().navigate().refresh();
      waitFor(".form-signin input[ng-model=username]");
    }
    browser.signIn(user, user);
    waitFor(".task-filters .task-filter");
  }

  /** Opens the task named like {@code name} from the open filter's list and waits until its form can be completed. */
  void open(String name) {
    By link = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(., '" + name
        + "')]");
    browser.waitUntil(() -> !browser.findAll(link).isEmpty());
    click(browser.find(link));
    // claimed on opening (kipp/group-tasks.js), then rendered again with the form open for input
    waitFor(".kipp-claim-note");
    browser.waitUntil(() -> browser.findAll(By.cssSelector(".task-details button.claim")).isEmpty());
    settled(".task-details .fjs-container .fjs-form");
  }

  /**
   * The displayed element {@code css} finds once Tasklist has stopped rendering the form again (after the claim, the
   * form is rendered a second time): the same element for a second.
   */
  WebElement settled(String css) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      WebElement element = waitFor(css);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      try {
        if (element.isDisplayed()) {
          return element;
        }
      } catch (StaleElementReferenceException renderedAgain) {
        // once more
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Tasklist: " + css + " still rendered again after 20 s");
      }
    }
  }

  /** The table fits its pane without scrolling sideways: every column readable at once. */
  void assertWhole(WebElement table) {
    Object widths = js("const t = arguments[0]; const td = t.querySelector('td');"
        + "return t.scrollWidth + ' > ' + t.clientWidth + ' (cell white-space ' + getComputedStyle(td).whiteSpace"
        + " + ', table display ' + getComputedStyle(t).display + ')';", table);
    assertThat((Boolean) js("const t = arguments[0]; return t.scrollWidth <= t.clientWidth + 1;", table))
        .as("table scrolls sideways: %s", widths).isTrue();
  }

  /** Presses "Selesaikan". */
  void complete() {
    browser.waitUntil(this::completeEnabled);
    click(completeButton());
  }

  /** GET {@code url} from the page with the page's cookies: "status content-type length". */
  String fetch(String url) {
    return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
            + " + r.headers.get('content-type') + ' ' + b.byteLength))).catch(e => done('error ' + e));", url));
  }

  /** Waits until an element {@code css} finds is displayed and returns it. */
  WebElement waitFor(String css) {
    browser.waitUntil(() -> browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  void scrollTo(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** None of the webapps' own English strings on the screen ({@link WebappStrings}). */
  void assertNoEnglish() {
    try {
      browser.waitUntil(() -> WebappStrings.englishIn(browser.pageText()).isEmpty());
    } catch (AssertionError stillEnglish) {
      // reported with the strings below
    }
    assertThat(WebappStrings.englishIn(browser.pageText())).as("English on %s", browser.currentUrl()).isEmpty();
  }

  private boolean completeEnabled() {
    try {
      return completeButton().isEnabled();
    } catch (NoSuchElementException | StaleElementReferenceException e) {
      return false; // Tasklist renders the task again after the claim
    }
  }

  private WebElement completeButton() {
    return browser.find(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Selesaikan']"));
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }
}
