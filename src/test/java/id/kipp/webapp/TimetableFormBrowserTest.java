package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.TasklistForm;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat moves a finalist's slot in "Tetapkan jadwal presentasi" in Tasklist by clicks, in headless Chromium
 * at 1366×768: an edition with two finalists waits at the timetable task; the secretariat adds one row of the dynamic
 * list {@code timetableMoves} (the finalist chosen in the select, the new date and start time typed into the form's
 * date and time inputs as a person types them), chooses "Tetapkan" and presses "Selesaikan". First with a start at
 * the end of the presentation day: the server refuses and its Bahasa message stands next to the button; then with a
 * free hour of the afternoon: the task is gone and the finalist's slot is the one typed. Screenshots
 * {@code target/browser-screenshots/tasklist-sekretariat-jadwal-*.png}.
 */
@SharedWebTest
class TimetableFormBrowserTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private final TasklistForm form = new TasklistForm(browser);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void theSecretariatMovesASlotByClicks() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "JADWAL").withJurors(1);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 2, 1, 1));
    ProcessInstance first = driver.register(driver.participant("satu"),
        driver.registrationForm("Dinas Satu", "Perangkat Daerah", "Layanan Pertama"));
    ProcessInstance second = driver.register(driver.participant("dua"),
        driver.registrationForm("Dinas Dua", "Perangkat Daerah", "Layanan Kedua"));
    driver.screen(first, "LOLOS", null);
    driver.screen(second, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    Task desk = driver.task(first, "Task_DeskEvaluation");
    driver.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(90, 90));
    desk = driver.task(second, "Task_DeskEvaluation");
    driver.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(80, 80));
    driver.runJobs();
    Task timetable = driver.timetableTask();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String moved = second.getBusinessKey();
    LocalDate day = LocalDate.parse(((String) driver.editionVariable("presentationDays")).split(",")[0].trim());
    LocalTime dayEnd = LocalTime.parse((String) driver.editionVariable("presentationDayEnd"));
    // two slots from the start of the day: two hours before its end is free (and not the lunch break by default)
    LocalTime freeStart = dayEnd.minusHours(2);
    Object lunchStart = driver.editionVariable("lunchBreakStart");
    Object lunchEnd = driver.editionVariable("lunchBreakEnd");
    if (lunchStart != null && lunchEnd != null && !freeStart.isBefore(LocalTime.parse((String) lunchStart))
        && freeStart.isBefore(LocalTime.parse((String) lunchEnd))) {
      freeStart = LocalTime.parse((String) lunchEnd);
    }

    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    browser.signIn(secretariat, secretariat);
    form.waitFor(".task-filters .task-filter");
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + timetable.getId()));
    browser.waitUntil(() -> browser.pageText().contains("Tetapkan jadwal presentasi") && browser.pageText()
        .contains(moved));
    browser.waitUntil(() -> !browser.findAll(By.xpath(addButton())).isEmpty());

    WebElement row = form.addRow();
    form.choose(row, "Finalis", moved);
    WebElement date = row.findElement(By.xpath(".//*[contains(@class,'fjs-datetime-subsection')]"
        + "[.//label[starts-with(normalize-space(.), 'Tanggal slot baru')]]//input"));
    WebElement time = row.findElement(By.xpath(".//*[contains(@class,'fjs-datetime-subsection')]"
        + "[.//label[starts-with(normalize-space(.), 'Jam mulai')]]//input"));
    typeDate(date, day);
    typeTime(time, dayEnd);
    form.click(browser.find(By.xpath("//label[contains(normalize-space(.), 'Tetapkan jadwal ini')]")));
    browser.assertFits(".task-details");
    form.js("arguments[0].scrollIntoView({block: 'center'});", row);
    browser.screenshot("tasklist-sekretariat-jadwal-ubah-slot");

    // refused: the slot would end after the presentation day; the message stands next to the button
    browser.waitUntil(form::completeEnabled);
    form.click(form.completeButton());
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".kipp-refusal")).isEmpty());
    String refusal = browser.findAll(By.cssSelector(".kipp-refusal")).get(0).getText();
    assertThat(refusal).contains(moved, "di luar jam presentasi").doesNotContain("Cannot submit", "task form");
    browser.screenshot("tasklist-sekretariat-jadwal-ditolak");
    assertThat(engine.getTaskService().createTaskQuery().taskId(timetable.getId()).count()).isEqualTo(1);

    // a free hour of the afternoon: confirmed
    typeTime(time, freeStart);
    browser.waitUntil(form::completeEnabled);
    form.click(form.completeButton());
    browser.waitUntil(() -> engine.getTaskService().createTaskQuery().taskId(timetable.getId()).count() == 0
        || !refusalsOtherThan(refusal).isEmpty());
    assertThat(refusalsOtherThan(refusal)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(timetable.getId()).count()).isZero();
    driver.runJobs();
    assertThat(driver.editionVariable("timetableConfirmedBy")).isEqualTo(secretariat);
    assertThat(variable(second, "presentationAt")).isEqualTo(Date.from(day.atTime(freeStart)
        .atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant()));
    assertThat((String) variable(second, "presentationSlot")).contains(String.format("pukul %02d.%02d",
        freeStart.getHour(), freeStart.getMinute()));
    assertThat(variable(first, "presentationAt")).isNotNull();
  }

  private Object variable(ProcessInstance instance, String name) {
    var found = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list();
    return found.isEmpty() ? null : found.get(0).getValue();
  }

  private List<String> refusalsOtherThan(String earlier) {
    return browser.findAll(By.cssSelector(".kipp-refusal")).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).filter(text -> !text.equals(earlier)).toList();
  }

  private static String addButton() {
    return "//*[contains(@class,'fjs-form-field-dynamiclist')]//button[normalize-space()='Tambah']";
  }

  /** Types the date in the format the field's placeholder shows (the browser's locale), then leaves the field. */
  private void typeDate(WebElement input, LocalDate day) {
    String placeholder = String.valueOf(input.getAttribute("placeholder")).toLowerCase();
    String text = placeholder.replace("yyyy", String.valueOf(day.getYear()))
        .replace("mm", String.format("%02d", day.getMonthValue()))
        .replace("dd", String.format("%02d", day.getDayOfMonth()));
    form.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text, Keys.ENTER);
    // the field shows the date again in its own way (1/2/2027 for 01/02/2027)
    browser.waitUntil(() -> withoutLeadingZeros(text).equals(withoutLeadingZeros(input.getAttribute("value"))));
  }

  private static String withoutLeadingZeros(String date) {
    return String.valueOf(date).replaceAll("\\b0(\\d)", "$1");
  }

  /** Types the time as {@code HH:MM} (the field is 24-hour) and leaves the field. */
  private void typeTime(WebElement input, LocalTime time) {
    String text = String.format("%02d:%02d", time.getHour(), time.getMinute());
    form.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text, Keys.TAB);
    browser.waitUntil(() -> text.equals(input.getAttribute("value")));
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
