package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A juror scores a finalist's presentation in Camunda Tasklist, in a real headless Chromium: the task's form shows the
 * entry, its slot and, in a blind edition, no agency; the juror types the score and completes the task; the score is
 * recorded for that juror. Skipped when Chromium is not installed, unless {@code -Dkipp.browser.required=true}.
 */
@SharedWebTest
class PresentationFormBrowserTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aJurorScoresThePresentationInTasklist() {
    CompetitionDriver driver = new CompetitionDriver(engine, "FORMULIR").withJurors(1);
    String agency = "Dinas Tersembunyi " + driver.code;
    String participant = driver.agencyParticipant("dinas", agency, "op");
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.register(participant,
        driver.registrationForm(agency, "Perangkat Daerah", "Layanan Tanpa Antre"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    Task desk = driver.task(entry, "Task_DeskEvaluation");
    driver.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(80, 70));
    driver.runJobs();
    driver.confirmTimetable();
    Task task = driver.task(entry, "Task_PresentationEvaluation");
    String juror = task.getAssignee();
    String slot = (String) engine.getRuntimeService().getVariable(entry.getId(), "presentationSlot");

    browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/");
    browser.signIn(juror, juror);
    browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitUntil(() -> browser.pageText().contains(slot));

    String form = browser.pageText();
    assertThat(form).contains("Penilaian Presentasi dan Wawancara", entry.getBusinessKey(), "Layanan Tanpa Antre",
        "Jadwal presentasi", slot).doesNotContain(agency).doesNotContain("Instansi pengusul");

    // the form's number field, found by its label as a person finds it
    List<WebElement> score = browser.findAll(
        By.xpath("//label[contains(normalize-space(), 'Nilai presentasi dan wawancara (0-100)')]/following::input[1]"));
    assertThat(score).hasSize(1);
    score.get(0).sendKeys("85");
    WebElement complete = browser.find(By.cssSelector("button[ng-click='complete()']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
    browser.waitUntil(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);

    assertThat(jdbc.queryForList("SELECT juror_id FROM evaluation WHERE entry_key = ? AND stage = 'PRESENTATION'",
        String.class, entry.getBusinessKey())).containsExactly(juror);
  }
}
