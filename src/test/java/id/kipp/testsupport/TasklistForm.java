package id.kipp.testsupport;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A Camunda Form (form-js) open in Tasklist, worked as a person does: waiting for fields, clicking buttons that stand
 * still, picking options of selects in dynamic-list rows, and the task's <i>Selesaikan</i> button.
 */
public final class TasklistForm {

  private final Browser browser;

  public TasklistForm(Browser browser) {
    this.browser = browser;
  }

  public Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  /** Waits until an element {@code css} finds is displayed and returns it. */
  public WebElement waitFor(String css) {
    browser.waitUntil(() -> browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  /**
   * Scrolls the element to the middle of its pane and clicks it once it stands still: leaving a field re-renders the
   * form and the pane may still be moving, and a click at a moving button is lost (as for a person).
   */
  public void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    String[] last = {""};
    browser.waitUntil(() -> {
      String now = String.valueOf(js("return JSON.stringify(arguments[0].getBoundingClientRect());", element));
      boolean still = now.equals(last[0]);
      last[0] = now;
      return still;
    });
    element.click();
  }

  /** Presses <i>Tambah</i> under the form's dynamic list and returns its new (last) row. */
  public WebElement addRow() {
    int before = browser.findAll(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-row-container")).size();
    click(browser.find(By.xpath(
        "//*[contains(@class,'fjs-form-field-dynamiclist')]//button[normalize-space()='Tambah']")));
    browser.waitUntil(() -> browser.findAll(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-row-container"))
        .size() > before);
    List<WebElement> rows = browser.findAll(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-row-container"));
    return rows.get(rows.size() - 1);
  }

  /** Picks the option whose label starts with {@code value} in the form-js select labelled {@code label} of a row. */
  public void choose(WebElement row, String label, String value) {
    WebElement field = row.findElement(By.xpath(".//*[contains(@class,'fjs-form-field-select')][.//label["
        + "starts-with(normalize-space(.), " + xpathLiteral(label) + ")]]"));
    List<WebElement> search = field.findElements(By.cssSelector("input.fjs-input"));
    if (!search.isEmpty() && search.get(0).isDisplayed()) {
      click(search.get(0));
      search.get(0).sendKeys(value);
    } else {
      click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
    }
    By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), "
        + xpathLiteral(value + " ") + ") or normalize-space(.)=" + xpathLiteral(value) + "]");
    browser.waitUntil(() -> !field.findElements(option).isEmpty());
    new Actions(browser.driver()).moveToElement(field.findElement(option)).clickAndHold().release().perform();
    browser.waitUntil(() -> field.getText().contains(value) || String.valueOf(js(
        "const i = arguments[0].querySelector('input'); return i ? i.value : '';", field)).contains(value));
  }

  public WebElement completeButton() {
    return browser.find(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Selesaikan']"));
  }

  public boolean completeEnabled() {
    try {
      return completeButton().isEnabled();
    } catch (NoSuchElementException | StaleElementReferenceException e) {
      return false; // Tasklist renders the task again after the claim
    }
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
