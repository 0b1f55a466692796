package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat completes "Tetapkan konsensus penilaian" in Tasklist by clicks, in headless Chromium at 1366×768: an
 * edition whose two jurors disagree on one entry (as in {@code ConsensusTest}) waits at the consensus task; the
 * secretariat of that edition opens it, writes the note, adds one row of the dynamic list {@code consensusScoreRows}
 * (the flagged entry chosen in the select, its consensus score typed) and presses "Selesaikan". The task is gone and
 * the consensus score replaces the desk score in the ranking. Screenshot:
 * {@code target/browser-screenshots/tasklist-sekretariat-konsensus.png}.
 */
@SharedWebTest
class ConsensusFormBrowserTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  /**
   * camunda-bpm-assert keeps one engine for the whole JVM: the first it finds, or the last {@code init} named. In a
   * full run an earlier class of another context (e.g. {@code ProcessTestBase}) leaves its own engine there, on
   * another database, where this edition does not exist: {@code isWaitingAt} then reported it ended.
   */
  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void theSecretariatRecordsAConsensusScoreByClicks() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "KONSENSUS").withJurors(2);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance calm = driver.register(driver.participant("satu"),
        driver.registrationForm("Dinas Satu", "Perangkat Daerah", "Layanan Tenang"));
    ProcessInstance disputed = driver.register(driver.participant("dua"),
        driver.registrationForm("Dinas Dua", "Perangkat Daerah", "Layanan Diperdebatkan"));
    driver.screen(calm, "LOLOS", null);
    driver.screen(disputed, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    // calm: 70/70 → 70; disputed: 90/90 and 50/50 → 70 with a spread of 40, flagged
    for (Task task : driver.tasks(calm, "Task_DeskEvaluation")) {
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(70, 70));
    }
    List<Task> tasks = driver.tasks(disputed, "Task_DeskEvaluation");
    driver.submit(tasks.get(0), tasks.get(0).getAssignee(), CompetitionDriver.rubric(90, 90));
    driver.submit(tasks.get(1), tasks.get(1).getAssignee(), CompetitionDriver.rubric(50, 50));
    driver.runJobs();
    assertThat(edition).isWaitingAt("Task_Consensus");
    Task consensus = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_Consensus").singleResult();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String entryKey = disputed.getBusinessKey();

    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    browser.signIn(secretariat, secretariat);
    waitFor(".task-filters .task-filter");
    // the task of this edition (other tests' group tasks may share the list)
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + consensus.getId()));
    waitFor(".task-details .fjs-container textarea");
    browser.waitUntil(() -> browser.pageText().contains(entryKey));
    browser.waitUntil(this::completeEnabled);
    assertThat(browser.pageText()).contains("Konsensus penilaian", "selisih nilai total antarjuri 40,00");

    // the note typed, then Tab to the next field as a person leaving the field: form-js takes the text in on its
    // own time, and a click arriving while it re-renders the form was lost
    waitFor(".fjs-container textarea").sendKeys("Rapat konsensus 3 juri: disepakati 82.", Keys.TAB);
    click(browser.find(By.xpath(
        "//*[contains(@class,'fjs-form-field-dynamiclist')]//button[normalize-space()='Tambah']")));
    WebElement row = waitFor(".fjs-form-field-dynamiclist .fjs-repeat-row-container");
    choose(row, "Inovasi", entryKey);
    WebElement score = row.findElement(By.cssSelector(".fjs-form-field-number input"));
    click(score);
    score.sendKeys("82");
    browser.waitUntil(() -> "82".equals(score.getAttribute("value")));
    assertThat(row.getText()).contains(entryKey);
    assertFits(".task-details");
    js("arguments[0].scrollIntoView({block: 'center'});", row);
    browser.screenshot("tasklist-sekretariat-konsensus");

    // pressed with the cursor still in the score field, as a person does: the first press completes the task
    // (kipp/dynamic-lists.js keeps the button enabled while the field's change is validated)
    browser.waitUntil(this::completeEnabled);
    click(completeButton());
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".kipp-refusal")).isEmpty()
        || engine.getTaskService().createTaskQuery().taskId(consensus.getId()).count() == 0);
    assertThat(browser.findAll(By.cssSelector(".kipp-refusal"))).extracting(WebElement::getText).isEmpty();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(consensus.getId()).singleResult()
        .getAssignee()).isEqualTo(secretariat);

    // the consensus score 82 beats the calm entry's 70: the disputed entry is the only finalist
    driver.runJobs();
    driver.confirmTimetable();
    assertThat(disputed).isWaitingAt("SubProcess_PresentationEvaluation");
    assertThat(engine.getRuntimeService().getVariable(disputed.getId(), "rankingDeskScore")).isEqualTo(82.0);
    assertThat(engine.getRuntimeService().getVariable(disputed.getId(), "deskScore")).isEqualTo(70.0);
    assertThat(calm).isEnded().hasPassed("EndEvent_NotFinalist");
  }

  // ---- helpers (as in TasklistWorkBrowserTest) -------------------------------------------------------------------

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  /** Picks the option whose label starts with {@code value} in the form-js select labelled {@code label} of a row. */
  private void choose(WebElement row, String label, String value) {
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

  private boolean completeEnabled() {
    try {
      return completeButton().isEnabled();
    } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
      return false; // Tasklist renders the task again after the claim
    }
  }

  private WebElement completeButton() {
    return browser.find(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Selesaikan']"));
  }

  /** No visible element of {@code pane} reaches beyond its edges, unless inside a box that scrolls horizontally. */
  @SuppressWarnings("unchecked")
  private void assertFits(String pane) {
    List<String> wider = (List<String>) js("""
        const pane = Array.from(document.querySelectorAll(arguments[0])).find(e => e.offsetParent !== null);
        if (!pane) { return ['no pane ' + arguments[0]]; }
        const limit = pane.getBoundingClientRect();
        const wider = [];
        for (const element of pane.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          if (element.offsetParent === null && style.position !== 'fixed' || style.visibility === 'hidden') continue;
          let parent = element.parentElement, scrolled = false;
          while (parent && parent !== pane) {
            const overflow = getComputedStyle(parent).overflowX;
            if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') { scrolled = true; break; }
            parent = parent.parentElement;
          }
          if (scrolled) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || box.right < limit.left) continue;
          if (box.right > limit.right + 1 || box.left < limit.left - 1) {
            wider.push(element.tagName.toLowerCase() + '.' + element.className + ' ' + Math.round(box.left) + '..'
                + Math.round(box.right) + ' in ' + Math.round(limit.left) + '..' + Math.round(limit.right));
          }
        }
        return wider.slice(0, 10);
        """, pane);
    assertThat(wider).as("elements wider than %s", pane).isEmpty();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  /** Waits until an element {@code css} finds is displayed and returns it. */
  private WebElement waitFor(String css) {
    browser.waitUntil(() -> browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  /**
   * Scrolls the element to the middle of its pane and clicks it once it stands still: leaving the text area re-renders
   * the form and the pane may still be moving, and a click at a moving button is lost (as for a person).
   */
  private void click(WebElement element) {
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
}
