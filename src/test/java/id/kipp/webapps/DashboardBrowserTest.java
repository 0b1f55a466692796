package id.kipp.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The edition dashboard plugin in Cockpit, in a real headless Chromium at 1366×768, on the demo edition MALANG-2019 as
 * the secretariat sees it: the editions on Cockpit's start page, the page "Edisi Kompetisi" with the funnel and the
 * jurors' progress, both changing as the edition is driven forward (screening, assignment, the jurors of one entry
 * scoring it), the entries table with its search, and the tab "Inovasi" of an entry's instance. Screenshots:
 * {@code target/browser-screenshots/dasbor-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-dashboard-browser-test;DB_CLOSE_DELAY=-1",
        "kipp.demo.enabled=true"})
@ActiveProfiles("test")
class DashboardBrowserTest {

  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String KEY = DemoData.EDITION_KEY;

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void secretariatFollowsTheDemoEditionOnTheDashboard() throws IOException {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    logIn("sekretariat");

    // Cockpit's start page lists the editions
    browser.waitUntil(() -> !browser.findAll(By.cssSelector("#kipp-dashboard-panel tr[data-edition='" + KEY + "']"))
        .isEmpty());
    show(By.id("kipp-dashboard-panel"));
    browser.screenshot("dasbor-0-beranda-cockpit");

    browser.open(url(COCKPIT + "#/edisi?edisi=" + KEY));
    waitForCount("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='registered']", "12");
    assertThat(count("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='inScreening']")).isEqualTo("12");
    assertThat(browser.findAll(By.cssSelector("#kipp-jurors tr[data-juror]"))).hasSize(4);
    assertThat(text(By.cssSelector("#kipp-editions tr[data-edition='" + KEY + "']")))
        .contains("Berjalan").contains("Penutupan pendaftaran");
    assertThat(text(By.id("kipp-edition"))).contains("Corong per kelompok", "Kemajuan juri",
        "Tidak ada insiden terbuka.");
    assertFits();
    browser.screenshot("dasbor-1-edisi-pendaftaran");

    // the secretariat screens every entry, closes registration early and releases the assignment
    for (Task screening : engine.getTaskService().createTaskQuery().processDefinitionKey("inovasi")
        .taskDefinitionKey("Task_Screen").list()) {
      submit(screening, "sekretariat", screening("LOLOS"));
    }
    runJobs();
    submit(editionTask("Task_RegistrationOpen"), "sekretariat", Map.of("closeRegistrationNow", true,
        "earlyClosingReason", "Uji dasbor edisi."));
    runJobs();
    submit(editionTask("Task_ReviewAssignment"), "sekretariat", Map.of("assignmentApproved", true));
    runJobs();

    refresh();
    waitForCount("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='assigned']", "12");
    assertThat(count("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='passed']")).isEqualTo("12");
    assertThat(count("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='scored']")).isEqualTo("0");
    assertThat(count("#kipp-jurors tr[data-juror='juri1'] td[data-count='assigned']")).isEqualTo("9");
    assertThat(count("#kipp-jurors tr[data-juror='juri1'] td[data-count='submitted']")).isEqualTo("0");
    show(By.id("kipp-jurors"));
    browser.screenshot("dasbor-2-edisi-penugasan");

    // the jurors of LAPO BRA score it
    String entry = KEY + "-0001";
    List<String> scorers = new ArrayList<>();
    for (Task scoring : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(entry)
        .taskDefinitionKey("Task_DeskEvaluation").list()) {
      submit(scoring, scoring.getAssignee(), CompetitionDriver.rubric(85, 70));
      scorers.add(scoring.getAssignee());
    }
    runJobs();
    refresh();
    waitForCount("#kipp-funnel tr[data-group='Semua kelompok'] td[data-count='scored']", "1");
    for (String juror : scorers) {
      assertThat(count("#kipp-jurors tr[data-juror='" + juror + "'] td[data-count='submitted']")).isEqualTo("1");
      assertThat(count("#kipp-jurors tr[data-juror='" + juror + "'] td[data-count='open']")).isEqualTo("8");
    }
    assertFits();
    browser.screenshot("dasbor-3-edisi-setelah-penilaian");
    assertBahasa(text(By.id("kipp-dashboard")));

    // the entries table: search
    show(By.id("kipp-entry-search"));
    browser.type(By.id("kipp-entry-search"), "LAPO BRA");
    browser.waitUntil(() -> browser.findAll(By.cssSelector("#kipp-entries tr[data-entry]")).size() == 1);
    String row = text(By.cssSelector("#kipp-entries tr[data-entry='" + entry + "']"));
    assertThat(row).contains("LAPO BRA").contains("Dinas Perpustakaan").contains("Menunggu penetapan finalis");
    show(By.id("kipp-entry-search"));
    browser.screenshot("dasbor-4-cari-inovasi");

    // the entry's tab in its process instance
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("inovasi")
        .processInstanceBusinessKey(entry).singleResult().getId();
    browser.open(url(COCKPIT + "#/process-instance/" + instance + "/runtime"));
    browser.waitUntil(() -> !browser.findAll(By.xpath(
        "//ul[contains(@class, 'nav-tabs')]//a[normalize-space() = 'Inovasi']")).isEmpty());
    browser.find(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space() = 'Inovasi']")).click();
    browser.waitUntil(() -> !browser.findAll(By.cssSelector("#kipp-entry-tab #kipp-audit tbody tr")).isEmpty());
    assertThat(text(By.cssSelector("#kipp-entry-tab .kipp-entry-title"))).contains(entry).contains("LAPO BRA");
    assertThat(text(By.id("kipp-entry-agency"))).contains("Dinas Perpustakaan");
    assertThat(text(By.id("kipp-entry-stage"))).startsWith("Menunggu penetapan finalis sejak");
    assertThat(browser.findAll(By.cssSelector("#kipp-entry-documents li a"))).hasSize(3);
    assertThat(text(By.id("kipp-audit"))).contains("Pendaftaran diajukan", "Seleksi administrasi selesai",
        "Nilai proposal dicatat");
    show(By.id("kipp-entry-tab"));
    browser.screenshot("dasbor-5-tab-inovasi");
    assertBahasa(text(By.id("kipp-entry-tab")));
  }

  private void logIn(String user) {
    browser.open(url(COCKPIT));
    browser.waitUntil(() -> browser.currentUrl().contains("#/login")
        && !browser.findAll(By.cssSelector("input[ng-model=username]")).isEmpty()
        && browser.pageText().contains("Masuk"));
    browser.signIn(user, user);
    browser.waitUntil(() -> browser.currentUrl().contains("#/dashboard")
        && browser.pageText().contains("Instans proses berjalan"));
  }

  private void waitForCount(String selector, String value) {
    try {
      browser.waitUntil(() -> !browser.findAll(By.cssSelector(selector)).isEmpty()
          && value.equals(count(selector)));
    } catch (AssertionError timeout) {
      throw new AssertionError(timeout.getMessage() + ": " + selector + " = " + value + ", page:\n"
          + browser.pageText(), timeout);
    }
  }

  private String count(String selector) {
    return text(By.cssSelector(selector));
  }

  /**
   * The text of an element whether or not it is scrolled into view (Cockpit's page scrolls inside its own box, and
   * Selenium's visible text leaves out what lies outside it).
   */
  private String text(By by) {
    return browser.find(by).getAttribute("textContent").strip();
  }

  /** None of Cockpit's English (the labels of its en.json that differ in Bahasa Indonesia) in the plugin's text. */
  private static void assertBahasa(String text) throws IOException {
    List<String> english = new ArrayList<>();
    for (String phrase : CockpitBrowserTest.distinctiveEnglish()) {
      if (java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(phrase)
          + "(?![\\p{L}\\d])").matcher(text).find()) {
        english.add(phrase);
      }
    }
    assertThat(english).as("English in:\n" + text).isEmpty();
  }

  /** "Muat ulang" (clicked by script: the button may be scrolled out of Cockpit's view box). */
  private void refresh() {
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('kipp-refresh').click();");
  }

  private void show(By by) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", browser.find(by));
  }

  /** No table makes the page wider than the 1366 px window (wide tables scroll inside their box). */
  private void assertFits() {
    Number width = (Number) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width.intValue()).as("page width").isLessThanOrEqualTo(1366);
  }

  private Task editionTask(String activityId) {
    String edition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(KEY)
        .singleResult().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(edition).taskDefinitionKey(activityId)
        .singleResult();
  }

  private static Map<String, Object> screening(String outcome) {
    Map<String, Object> form = new HashMap<>();
    for (String check : List.of("checkComplete", "checkEligibleParticipant", "checkImplementedOneYear",
        "checkNotEnteredBefore", "checkNotDuplicate")) {
      form.put(check, true);
    }
    form.put("screeningOutcome", outcome);
    return form;
  }

  private void submit(Task task, String user, Map<String, Object> form) {
    assertThat(task).isNotNull();
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getFormService().submitTaskForm(task.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs every due job (the job executor is off in tests) until none is left. */
  private void runJobs() {
    for (int round = 0; round < 1_000; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (OptimisticLockingException e) {
          // runs again in the next round, as with the job executor
        }
      }
    }
    throw new AssertionError("jobs keep coming");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
