package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.TasklistForm;
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
import org.openqa.selenium.WebElement;
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

  private final TasklistForm form = new TasklistForm(browser);

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
    form.waitFor(".task-filters .task-filter");
    // the task of this edition (other tests' group tasks may share the list)
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + consensus.getId()));
    form.waitFor(".task-details .fjs-container textarea");
    browser.waitUntil(() -> browser.pageText().contains(entryKey));
    browser.waitUntil(form::completeEnabled);
    assertThat(browser.pageText()).contains("Konsensus penilaian", "selisih nilai total antarjuri 40,00");

    // the note typed, then Tab to the next field as a person leaving the field: form-js takes the text in on its
    // own time, and a click arriving while it re-renders the form was lost
    form.waitFor(".fjs-container textarea").sendKeys("Rapat konsensus 3 juri: disepakati 82.", Keys.TAB);
    WebElement row = form.addRow();
    form.choose(row, "Inovasi", entryKey);
    WebElement score = row.findElement(By.cssSelector(".fjs-form-field-number input"));
    form.click(score);
    score.sendKeys("82");
    browser.waitUntil(() -> "82".equals(score.getAttribute("value")));
    assertThat(row.getText()).contains(entryKey);
    browser.assertFits(".task-details");
    form.js("arguments[0].scrollIntoView({block: 'center'});", row);
    browser.screenshot("tasklist-sekretariat-konsensus");

    // pressed with the cursor still in the score field, as a person does: the first press completes the task
    // (kipp/dynamic-lists.js keeps the button enabled while the field's change is validated)
    browser.waitUntil(form::completeEnabled);
    form.click(form.completeButton());
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

  // ---- helpers ------------------------------------------------------------------------------------------------

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
