package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.WebappStrings;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps in Bahasa Indonesia, in a real headless Chromium ({@link Browser}) at 1366×768 whose time zone
 * is UTC (not Jakarta): a juror, the secretariat and a participant log in to Tasklist, an administrator to Admin and
 * Welcome; the first screen after login shows none of the webapps' English strings ({@link WebappStrings}), no
 * migration banner, dates in Jakarta time with the footer saying so; the form renderer's messages are Bahasa; the
 * Pimpinan opening Cockpit gets the Bahasa refusal page; a secretariat account without names is named by its id in
 * Cockpit's header as in Tasklist's. Screenshots: {@code target/browser-screenshots/webapp-*.png}.
 */
@SharedWebTest
class WebappBrowserTest {

  static final String GROUP = "Perangkat Daerah";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String FOOTER_ZONE = "Tanggal dan waktu ditampilkan dalam zona waktu: WIB (Asia/Jakarta)";

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void screenOfALaptopInAnotherTimeZone() {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
    // each test a first visit: Tasklist keeps the last filter and the locale in localStorage (cookies are cleared)
    browser.open(url("/camunda/app/kipp/time-zone.json"));
    ((JavascriptExecutor) browser.driver()).executeScript("window.localStorage.clear();");
  }

  @Test
  void jurorWorksInBahasaWithDeadlinesInJakartaTime() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "WBJ").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinkes", "Puskesmas Keliling Malam");
    String juror = driver.jurors.get(0);
    Task scoring = engine.getTaskService().createTaskQuery().taskAssignee(juror).singleResult();
    assertThat(scoring).as("the juror's scoring task of %s", entry.getBusinessKey()).isNotNull();

    browser.open(url("/camunda/app/tasklist/default/#/login"));
    waitFor(".form-signin input[ng-model=username]");
    assertThat(browser.text(By.cssSelector(".form-signin button[type=submit]"))).isEqualTo("Masuk");
    assertThat(browser.find(By.cssSelector(".form-signin input[ng-model=username]")).getAttribute("placeholder"))
        .isEqualTo("Nama pengguna");
    assertBahasaWithoutBanner();
    shot("webapp-tasklist-masuk");

    login(juror);
    WebElement task = waitFor("ol.tasks-list li.task");
    // a user without first and last name (as the driver creates jurors) is named by the user id, not "null null"
    browser.waitUntil(() -> juror.equals(browser.text(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"))));
    assertThat(browser.pageText()).doesNotContain("null");
    assertThat(((JavascriptExecutor) browser.driver())
        .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("UTC");
    assertThat(task.getText()).contains(scoring.getName()).contains("Dibuat").contains("Batas waktu");
    assertBahasaWithoutBanner();
    assertThat(browser.text(By.id("footer-timezone"))).isEqualTo(FOOTER_ZONE);
    // the deadline (end of the day in Jakarta) in Jakarta time, though the browser runs on UTC
    LocalDateTime due = LocalDateTime.ofInstant(scoring.getDueDate().toInstant(), JAKARTA);
    assertThat(due.toLocalTime().toString()).isEqualTo("23:59:59");
    // (found again: the filter refreshes its list periodically, which renders the list items anew)
    task = waitFor("ol.tasks-list li.task");
    assertThat(task.findElement(By.cssSelector(".due-date [uib-tooltip]")).getAttribute("uib-tooltip"))
        .endsWith(due.getYear() + " pukul 23.59");
    shot("webapp-tasklist-juri");

    // the task: no task tools the server refuses to a juror (follow-up date, groups, a new task; kipp/task-tools.js)
    waitFor("ol.tasks-list li.task h4.task a").click();
    waitFor(".fjs-container .fjs-form-field-number input");
    // (the script asks the server for the user's groups first; hidden text is not in the page's visible text)
    browser.waitUntil(() -> java.util.stream.Stream.of("Atur tindak lanjut", "Tambah grup", "Buat tugas")
        .noneMatch(browser.pageText()::contains));
    browser.driver().navigate().refresh();

    // its form: the form renderer's own messages in Bahasa
    waitFor(".fjs-container .fjs-form-field-number input");
    click(browser.find(By.xpath("//button[normalize-space()='Selesaikan']")));
    browser.waitUntil(() -> browser.pageText().contains("Wajib diisi."));
    WebElement score = browser.findAll(By.cssSelector(".fjs-container .fjs-form-field-number input")).get(0);
    scrollTo(score);
    score.sendKeys("101");
    browser.waitUntil(() -> browser.pageText().contains("Nilai paling besar 100."));
    assertBahasaWithoutBanner();
    shot("webapp-tasklist-juri-formulir");
  }

  @Test
  void secretariatSeesItsGroupTasksInBahasa() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "WBS").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    driver.register(driver.participant("peserta"), driver.registrationForm("Dinkes", GROUP, "Antrean Tanpa Kertas"));
    String secretariat = driver.code.toLowerCase() + "sekretariat";

    browser.open(url("/camunda/app/tasklist/default/#/login"));
    login(secretariat);
    waitFor(".task-filter");
    browser.findAll(By.cssSelector(".task-filter")).stream()
        .filter(filter -> filter.getText().contains("Tugas grup")).findFirst().orElseThrow()
        .findElement(By.cssSelector("h4.name a")).click();
    WebElement task = waitFor("ol.tasks-list li.task");
    assertThat(browser.pageText()).contains("Seleksi administrasi");
    assertThat(task.getText()).contains("Dibuat");
    assertBahasaWithoutBanner();
    assertThat(browser.text(By.id("footer-timezone"))).isEqualTo(FOOTER_ZONE);
    shot("webapp-tasklist-sekretariat");

    // the task: its date picker (AngularJS) with Indonesian month and day names
    waitFor("ol.tasks-list li.task h4.task a").click();
    click(waitForText("Atur tindak lanjut"));
    WebElement picker = waitFor("[uib-datepicker], .uib-datepicker, [uib-daypicker]");
    assertThat(picker.getText()).containsPattern("(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
        + "|Oktober|November|Desember) \\d{4}").contains("Min").contains("Sen").contains("Sab");
    assertBahasaWithoutBanner();
    shot("webapp-tasklist-sekretariat-tindak-lanjut");
  }

  private WebElement waitForText(String text) {
    By visible = By.xpath("//*[normalize-space()='" + text + "']");
    browser.waitUntil(() -> browser.findAll(visible).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(visible).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  @Test
  void participantSeesTasklistAndStartDialogInBahasa() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "WBP").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");

    browser.open(url("/camunda/app/tasklist/default/#/login"));
    login(participant);
    waitFor(".task-filter");
    browser.waitUntil(() -> browser.pageText().contains("Tidak ada tugas yang sesuai dengan filter."));
    assertBahasaWithoutBanner();
    shot("webapp-tasklist-peserta");

    browser.find(By.xpath("//*[normalize-space()='Mulai proses']")).click();
    waitFor(".modal-dialog");
    browser.waitUntil(() -> browser.text(By.cssSelector(".modal-dialog")).contains("Inovasi"));
    assertThat(browser.text(By.cssSelector(".modal-dialog"))).contains("Klik proses yang ingin dimulai.");
    assertBahasaWithoutBanner();
    shot("webapp-tasklist-peserta-mulai-proses");
  }

  @Test
  void administratorSeesAdminAndWelcomeInBahasa() throws IOException {
    browser.open(url("/camunda/app/admin/default/#/login"));
    waitFor(".form-signin input[ng-model=username]");
    assertBahasaWithoutBanner();
    browser.signIn("admin", "test-admin");
    browser.waitUntil(() -> browser.pageText().contains("Pengguna") && browser.pageText().contains("Otorisasi"));
    assertBahasaWithoutBanner();
    assertThat(browser.text(By.id("footer-timezone"))).isEqualTo(FOOTER_ZONE);
    shot("webapp-admin");

    browser.open(url("/camunda/app/admin/default/#/users"));
    browser.waitUntil(() -> browser.pageText().contains("Daftar pengguna"));
    assertBahasaWithoutBanner();
    shot("webapp-admin-pengguna");

    browser.open(url("/camunda/app/welcome/default/"));
    browser.waitUntil(() -> browser.pageText().contains("Aplikasi"));
    assertBahasaWithoutBanner();
    assertThat(browser.text(By.id("footer-timezone"))).isEqualTo(FOOTER_ZONE);
    shot("webapp-welcome");
  }

  @Test
  void secretariatWithoutNamesIsNamedByTheUserIdInCockpit() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "WBC");
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    driver.user(secretariat, "sekretariat");

    browser.open(url("/camunda/app/cockpit/default/#/login"));
    login(secretariat);
    waitFor("[cam-widget-header] .account .dropdown-toggle");
    // kipp/user-name.js in Cockpit too: the user id, not "null null"
    browser.waitUntil(() -> secretariat.equals(
        browser.text(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"))));
    assertThat(browser.text(By.cssSelector("[cam-widget-header]"))).doesNotContain("null");
    shot("webapp-cockpit-sekretariat");
  }

  @Test
  void pimpinanOpeningCockpitIsToldInBahasaAndLedBackToTasklist() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, "WBK");
    String head = driver.code.toLowerCase() + "pimpinan";
    driver.user(head, "pimpinan");

    browser.open(url("/camunda/app/tasklist/default/#/login"));
    login(head);
    waitFor(".task-filter");
    browser.open(url("/camunda/app/cockpit/default/"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Akses ditolak");
    assertThat(browser.text(By.id("pesan-galat"))).contains("Camunda Cockpit hanya untuk sekretariat dan administrator");
    assertThat(browser.pageSource()).doesNotContain("Whitelabel").doesNotContain("Forbidden")
        .doesNotContain("Exception");
    assertBahasaWithoutBanner();
    shot("webapp-cockpit-ditolak");

    browser.clickAndWait(By.id("tautan-tasklist"));
    waitFor(".task-filter");
    assertThat(browser.currentPath()).startsWith("/camunda/app/tasklist/default/");
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void login(String user) {
    browser.signIn(user, user);
  }

  /** Waits until an element {@code css} finds is displayed and returns it. */
  private WebElement waitFor(String css) {
    browser.waitUntil(() -> browser.findAll(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed));
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }

  /** None of the webapps' English strings on the screen (text, placeholders, titles), and no migration banner. */
  private void assertBahasaWithoutBanner() {
    try {
      // let AngularJS finish rendering (translations arrive asynchronously)
      browser.waitUntil(() -> WebappStrings.englishIn(screenText()).isEmpty());
    } catch (AssertionError stillEnglish) {
      // reported with the strings below
    }
    assertThat(WebappStrings.englishIn(screenText())).as("English on %s", browser.currentUrl()).isEmpty();
    assertThat(browser.findAll(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
        .as("migration banner hidden").isTrue();
    assertThat(browser.pageText()).doesNotContain("Camunda 8");
  }

  private String screenText() {
    Object attributes = ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('[placeholder], [title], [aria-label]'))"
            + ".filter(e => e.offsetParent !== null)"
            + ".map(e => [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label')]"
            + ".filter(v => v).join(' | ')).join('\\n');");
    return browser.pageText() + "\n" + attributes;
  }

  private void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private void shot(String name) throws IOException {
    browser.screenshot(name);
  }
}
