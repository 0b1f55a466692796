package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.WebappStrings;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist lands each role on its work, in the demo edition MALANG-2019, in headless Chromium at 1366×768: the first
 * screen after login opens the role's filter with its count (every filter shows one), the secretariat completes a
 * group task without pressing "Klaim", a refusal of the server stands next to the button pressed in Bahasa (without
 * Tasklist's "Terjadi kesalahan saat mengirim formulir tugas" toast), the registration form says what is missing next
 * to "Mulai", the secretariat completes "Tinjau penugasan juri" with a swap added as a row of its dynamic list by
 * pressing "Selesaikan" (the released assignment in the engine has the swap), and no element of a form is wider than
 * the form pane. The tests run in order on one demo edition:
 * participant (registration), secretariat (screening), juror (desk evaluation, after the edition is driven there),
 * Pimpinan. Screenshots: {@code target/browser-screenshots/tasklist-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-tasklist-work;DB_CLOSE_DELAY=-1", "kipp.demo.enabled=true"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistWorkBrowserTest {

  static final String TOAST = "Terjadi kesalahan saat mengirim formulir tugas";

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void laptopScreen() {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    browser.open(url("/camunda/app/kipp/time-zone.json"));
    js("window.localStorage.clear();");
  }

  @Test
  @Order(1)
  void participantLandsOnOwnTasksAndTheRegistrationFormSaysWhatIsMissing() throws IOException {
    login("dispussipda");
    assertOpenFilter("Tugas saya", 0);
    assertThat(filterNames()).containsExactly("Tugas saya");
    assertNoEnglish();
    shot("tasklist-peserta");

    click(browser.find(By.xpath("//*[normalize-space()='Mulai proses']")));
    waitFor(".modal-dialog");
    browser.waitUntil(() -> !browser.findAll(By.xpath("//*[contains(@class,'modal-dialog')]//a[contains(., 'Inovasi')]"))
        .isEmpty());
    click(browser.find(By.xpath("//*[contains(@class,'modal-dialog')]//a[contains(., 'Inovasi')]")));
    waitFor(".modal-body form[name] input[cam-variable-name=title]");
    WebElement missing = waitFor(".modal-footer .kipp-missing");
    assertThat(missing.getText()).startsWith("Belum lengkap atau belum sesuai (").contains("Kode edisi kompetisi")
        .contains("Judul inovasi");
    WebElement start = browser.find(By.xpath("//*[contains(@class,'modal-footer')]//button[normalize-space()='Mulai']"));
    assertThat(start.isEnabled()).isFalse();
    assertNear(missing, start);
    browser.type(By.cssSelector(".modal-body input[cam-variable-name=title]"), "Layanan Uji Peramban");
    browser.waitUntil(() -> !browser.text(By.cssSelector(".modal-footer .kipp-missing")).contains("Judul inovasi"));
    browser.assertFits(".modal-body");
    js("arguments[0].scrollIntoView({block: 'end'});", browser.find(By.cssSelector(".modal-footer .kipp-missing")));
    shot("tasklist-peserta-pendaftaran");
  }

  @Test
  @Order(2)
  void secretariatCompletesAGroupTaskWithoutClaimAndReadsTheRefusalNextToTheButton() throws IOException {
    long groupTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup("sekretariat").includeAssignedTasks()
        .count();
    login("sekretariat");
    assertOpenFilter("Tugas grup", groupTasks);
    assertThat(filterNames()).containsExactly("Tugas grup", "Tugas saya");
    assertThat(filterCount("Tugas saya")).isEqualTo("0");
    assertNoEnglish();
    shot("tasklist-sekretariat");

    WebElement task = taskInList("Seleksi administrasi");
    String name = task.getText();
    click(task);
    // claimed on opening: the assignee is the secretariat, the form is open for input
    waitFor(".kipp-claim-note");
    browser.waitUntil(() -> browser.findAll(By.cssSelector(".task-details button.claim")).isEmpty());
    browser.waitUntil(this::completeEnabled);

    browser.assertFits(".task-details");
    shot("tasklist-sekretariat-seleksi");

    // "Lolos" without the checklist: the server refuses, and says so next to "Selesaikan"
    click(browser.find(By.xpath("//*[contains(@class,'fjs-container')]//label"
        + "[contains(normalize-space(.),'Lolos seleksi administrasi')]")));
    click(completeButton());
    WebElement refusal = waitFor(".kipp-refusal");
    assertThat(refusal.getText()).startsWith("Inovasi hanya dapat diloloskan bila semua syarat dicentang")
        .doesNotContain("Cannot").doesNotContain(TOAST);
    assertNear(refusal, completeButton());
    settle();
    assertThat(browser.pageText()).doesNotContain(TOAST).doesNotContain("Cannot submit");
    browser.assertFits(".task-details");
    assertNoEnglish();
    shot("tasklist-sekretariat-penolakan");

    // a refusal that names a field (markup in the note) stands at that field too
    click(browser.find(By.xpath("//*[contains(@class,'fjs-container')]//label"
        + "[contains(normalize-space(.),'Tidak lolos')]")));
    WebElement note = waitFor(".fjs-container textarea");
    note.sendKeys("Berkas <b>tidak</b> lengkap");
    click(completeButton());
    WebElement atField = waitFor(".kipp-refused-field .kipp-field-refusal");
    assertThat(atField.getText()).startsWith("Isian \"Alasan / catatan untuk peserta\"");
    assertThat(atField.findElement(By.xpath("ancestor::*[contains(@class,'kipp-refused-field')][1]")).getText())
        .contains("Alasan / catatan untuk peserta");
    assertThat(waitFor(".kipp-refusal").getText()).isEqualTo(atField.getText());
    settle();
    assertThat(browser.pageText()).doesNotContain(TOAST);
    browser.assertFits(".task-details");
    assertNoEnglish();
    shot("tasklist-sekretariat-penolakan-isian");
    note.clear();
    click(browser.find(By.xpath("//*[contains(@class,'fjs-container')]//label"
        + "[contains(normalize-space(.),'Lolos seleksi administrasi')]")));

    // with the checklist ticked it completes, and the count follows
    for (WebElement check : browser.findAll(By.cssSelector(".fjs-container input[type=checkbox]"))) {
      click(check);
    }
    click(completeButton());
    browser.waitUntil(() -> browser.findAll(By.xpath("//ol[contains(@class,'tasks-list')]//a[normalize-space()="
        + xpathLiteral(name) + "]")).isEmpty());
    assertThat(browser.findAll(By.cssSelector(".kipp-refusal"))).isEmpty();
    assertOpenFilter("Tugas grup", groupTasks - 1);
  }

  @Test
  @Order(3)
  void jurorLandsOnOwnScoringTasks() throws IOException {
    driveDemoEditionToDeskEvaluation();
    long scoring = engine.getTaskService().createTaskQuery().taskAssignee("juri2").count();
    assertThat(scoring).isPositive();

    login("juri2");
    assertOpenFilter("Tugas saya", scoring);
    assertThat(filterNames()).containsExactly("Tugas saya");
    assertNoEnglish();
    shot("tasklist-juri");

    click(waitFor("ol.tasks-list li.task h4.task a"));
    waitFor(".fjs-container .fjs-form-field-number input");
    assertThat(browser.findAll(By.cssSelector(".task-details button.claim"))).isEmpty();
    browser.assertFits(".task-details");
    shot("tasklist-juri-penilaian");
    // the form's links to the two proposal PDFs open with the Tasklist login (the webapps' session)
    List<WebElement> pdfLinks = browser.findAll(By.cssSelector(".fjs-container a[href*='/api/penilaian/']"));
    assertThat(pdfLinks).hasSize(2);
    for (WebElement link : pdfLinks) {
      Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'})"
              + ".then(r => done(r.status + ' ' + r.headers.get('content-type'))).catch(e => done('error ' + e));",
          link.getAttribute("href"));
      assertThat(answer).as(link.getAttribute("href")).isEqualTo("200 application/pdf");
    }

    // the task tools the guard refuses a juror are not on the screen; the due date stays readable
    browser.waitUntil(() -> (Boolean) js("return document.documentElement.classList.contains('kipp-task-worker');"));
    assertThat(visibleText(".task-details .task-meta, .task-details .meta")).doesNotContain("Atur tindak lanjut")
        .doesNotContain("Tambah grup").doesNotContain("Atur batas waktu");
    String refusedTools = ".task-details .followup-date, .task-details .reset-follow-up-date, "
        + ".task-details .reset-due-date, .task-details .unclaim, .task-details .reset-assignee, .task-details li.groups";
    try {
      browser.waitUntil(() -> displayed(refusedTools).isEmpty());
    } catch (AssertionError stillShown) {
      // reported below with the elements
    }
    assertThat(displayed(refusedTools)).extracting(WebElement::getText).as("refused tools shown").isEmpty();
    for (String readOnly : List.of(".task-details .due-date", ".task-details li.assignee [cam-widget-inline-field]")) {
      for (WebElement field : browser.findAll(By.cssSelector(readOnly))) {
        assertThat(js("return getComputedStyle(arguments[0]).pointerEvents;", field)).as(readOnly).isEqualTo("none");
      }
    }
    js("arguments[0].scrollIntoView({block: 'start'});", waitFor(".task-details"));
    shot("tasklist-juri-tanpa-alat");

    // ... and the task is still completed through its form: the scores the other jurors of this entry give too
    String name = browser.text(By.cssSelector(".task-details h2.task"));
    int number = Integer.parseInt(name.replaceAll(".*MALANG-2019-(\\d+).*", "$1"));
    // the proposal's sections come from one JSON variable of the juror's evaluation, parsed by Tasklist for the form
    Task shown = engine.getTaskService().createTaskQuery().taskAssignee("juri2").list().stream()
        .filter(task -> name.contains(task.getName()) || task.getName().contains(name)).findFirst().orElseThrow();
    Object analysis = ((java.util.Map<?, ?>) engine.getTaskService().getVariable(shown.getId(), "proposal"))
        .get("problemAnalysis");
    assertThat(analysis).isNotNull();
    assertThat(visibleText(".fjs-container")).contains(analysis.toString().substring(0, 35));
    List<WebElement> scores = browser.findAll(By.cssSelector(".fjs-container .fjs-form-field-number input"));
    assertThat(scores).hasSize(10);
    for (int i = 0; i < scores.size(); i++) {
      scores.get(i).sendKeys(String.valueOf(i < 5 ? 60 + number * 3 : 55 + number * 2));
    }
    browser.waitUntil(this::completeEnabled);
    click(completeButton());
    browser.waitUntil(() -> engine.getTaskService().createTaskQuery().taskAssignee("juri2").count() == scoring - 1);
    assertThat(browser.findAll(By.cssSelector(".kipp-refusal"))).isEmpty();
  }

  @Test
  @Order(4)
  void pimpinanLandsOnGroupTasksAndReadsTheWholeSignOffTable() throws IOException {
    login("pimpinan");
    assertOpenFilter("Tugas grup", 0);
    assertThat(filterNames()).containsExactly("Tugas grup", "Tugas saya");
    assertThat(filterCount("Tugas saya")).isEqualTo("0");
    assertNoEnglish();
    shot("tasklist-pimpinan");

    driveDemoEditionToSignOff();
    login("pimpinan");
    assertOpenFilter("Tugas grup", 1);
    click(waitFor("ol.tasks-list li.task h4.task a"));
    waitFor(".kipp-claim-note");
    browser.waitUntil(this::completeEnabled);
    WebElement table = waitFor(".task-details .fjs-container table");
    browser.assertFits(".task-details");
    // scores the Indonesian way: 86,46, never 86.46
    assertThat(table.getText()).containsPattern("\\d+,\\d\\d").doesNotContainPattern("\\b\\d{1,3}\\.\\d\\d\\b");
    js("arguments[0].scrollIntoView({block: 'start'});", table);
    assertNoEnglish();
    shot("tasklist-pimpinan-penetapan");
  }

  // ---- the demo edition, driven on ----------------------------------------------------------------------------

  /**
   * Screens every demo entry (lolos), closes registration, lets the secretariat look at the proposed juror assignment
   * in Tasklist (its table must fit the form pane) and releases it: the jurors get their scoring tasks.
   */
  private void driveDemoEditionToDeskEvaluation() throws IOException {
    CompetitionDriver driver = CompetitionDriver.forOpenEdition(engine, DemoData.EDITION_KEY);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    List<Task> screening = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(DemoData.EDITION_KEY + "-%").taskDefinitionKey("Task_Screen").list();
    for (Task task : screening) {
      driver.submit(task, task.getAssignee() == null ? secretariat : task.getAssignee(),
          driver.screening("LOLOS", null, null));
    }
    driver.runJobs();
    // jurors named with their academic titles, as many are: their labels in the swap row's half-width selects are
    // longer than the field (the options are written when registration closes; the names are restored after)
    java.util.Map<String, String> lastNames = new java.util.HashMap<>();
    for (int i = 2; i <= 4; i++) {
      org.camunda.bpm.engine.identity.User juror = engine.getIdentityService().createUserQuery().userId("juri" + i)
          .singleResult();
      lastNames.put(juror.getId(), juror.getLastName());
      juror.setLastName(i + " Prof. Dr. Ir. Raden Ayu Sekar Kinasih Wulandari, M.Si., M.Kes.");
      engine.getIdentityService().saveUser(juror);
    }
    try {
      driver.closeRegistration();
    } finally {
      lastNames.forEach((id, lastName) -> {
        org.camunda.bpm.engine.identity.User juror = engine.getIdentityService().createUserQuery().userId(id)
            .singleResult();
        juror.setLastName(lastName);
        engine.getIdentityService().saveUser(juror);
      });
    }

    login("sekretariat");
    click(taskInList("Tinjau penugasan juri"));
    waitFor(".kipp-claim-note");
    WebElement table = waitFor(".task-details .fjs-container table");
    browser.assertFits(".task-details");
    assertThat((Boolean) js("const t = arguments[0]; return t.scrollWidth <= t.clientWidth + 1 "
        + "|| getComputedStyle(t).overflowX === 'auto';", table)).as("the assignment table fits or scrolls").isTrue();
    js("arguments[0].scrollIntoView({block: 'start'});", table);
    shot("tasklist-sekretariat-penugasan");

    // one swap, added as a row of the form: the first entry's first juror replaced by a juror it does not have
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(DemoData.EDITION_KEY)
        .taskDefinitionKey("Task_ReviewAssignment").singleResult();
    @SuppressWarnings("unchecked")
    java.util.Map<String, List<String>> proposal = (java.util.Map<String, List<String>>) engine.getRuntimeService()
        .getVariable(task.getProcessInstanceId(), "proposedAssignment");
    String entryKey = proposal.keySet().iterator().next();
    String replaced = proposal.get(entryKey).get(0);
    String replacement = java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> "juri" + i)
        .filter(juror -> !proposal.get(entryKey).contains(juror) && !"juri1".equals(juror)).findFirst().orElseThrow();
    click(browser.find(By.xpath("//*[contains(@class,'fjs-form-field-dynamiclist')]//button[normalize-space()='Tambah']")));
    WebElement row = waitFor(".fjs-form-field-dynamiclist .fjs-repeat-row-container");
    choose(row, "Inovasi", entryKey);
    choose(row, "Juri yang diganti", replaced);
    choose(row, "Juri pengganti", replacement);
    click(browser.find(By.xpath("//*[contains(@class,'fjs-container')]//label"
        + "[contains(normalize-space(.),'Penugasan sudah diperiksa')]")));
    // the long juror labels stay on one line in their boxes, cut with "…", the whole label as the tooltip
    browser.assertFits(".task-details");
    WebElement shownJuror = row.findElement(By.xpath(".//*[contains(@class,'fjs-form-field-select')][.//label["
        + "starts-with(normalize-space(.), 'Juri pengganti')]]//*[contains(@class,'fjs-select-display')]"));
    assertThat(js("return getComputedStyle(arguments[0]).textOverflow;", shownJuror)).isEqualTo("ellipsis");
    browser.waitUntil(() -> String.valueOf(shownJuror.getAttribute("title")).contains("Kinasih Wulandari, M.Si."));
    assertThat(shownJuror.getAttribute("title")).startsWith(replacement + " — Juri ");
    assertNoEnglish();
    js("arguments[0].scrollIntoView({block: 'center'});", row);
    shot("tasklist-sekretariat-penugasan-baris");
    assertThat(row.getText()).contains(entryKey).contains(replaced).contains(replacement);
    // the form's last button, scrolled to the bottom of the pane, stands wholly above Tasklist's footer
    assertLastButtonVisibleAtTheBottom();
    shot("tasklist-sekretariat-penugasan-tombol");
    // "Selesaikan" sends the form with that row: the task is done and the released assignment has the swap
    browser.waitUntil(this::completeEnabled);
    click(completeButton());
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".kipp-refusal")).isEmpty()
        || engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    assertThat(browser.findAll(By.cssSelector(".kipp-refusal"))).extracting(WebElement::getText).isEmpty();
    @SuppressWarnings("unchecked")
    java.util.Map<String, List<String>> released = (java.util.Map<String, List<String>>) engine.getRuntimeService()
        .getVariable(task.getProcessInstanceId(), "approvedAssignment");
    assertThat(released.get(entryKey)).contains(replacement).doesNotContain(replaced);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
        .getAssignee()).isEqualTo("sekretariat");
    driver.runJobs();
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
    WebElement item = field.findElement(option);
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(item).clickAndHold().release().perform();
    browser.waitUntil(() -> field.getText().contains(value) || String.valueOf(js(
        "const i = arguments[0].querySelector('input'); return i ? i.value : '';", field)).contains(value));
  }

  private String visibleText(String css) {
    return String.valueOf(js("return Array.from(document.querySelectorAll(arguments[0]))"
        + ".filter(e => e.offsetParent !== null).map(e => e.innerText).join(' ');", css));
  }

  private List<WebElement> displayed(String css) {
    return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
  }

  /**
   * The jurors score every entry (the same scores for one entry, so that no entry is flagged), the secretariat looks at
   * the proposed presentation timetable in Tasklist (its table must fit) and confirms it, the jurors score the
   * presentations: the sign-off waits for the Pimpinan.
   */
  private void driveDemoEditionToSignOff() throws IOException {
    CompetitionDriver driver = CompetitionDriver.forOpenEdition(engine, DemoData.EDITION_KEY);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    List<Task> desk = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(DemoData.EDITION_KEY + "-%").taskDefinitionKey("Task_DeskEvaluation").list();
    for (Task task : desk) {
      int number = Integer.parseInt(task.getName().replaceAll(".*MALANG-2019-(\\d+).*", "$1"));
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(60 + number * 3, 55 + number * 2));
    }
    driver.runJobs();

    login("sekretariat");
    click(taskInList("Tetapkan jadwal presentasi"));
    waitFor(".kipp-claim-note");
    WebElement table = waitFor(".task-details .fjs-container table");
    browser.assertFits(".task-details");
    js("arguments[0].scrollIntoView({block: 'start'});", table);
    shot("tasklist-sekretariat-jadwal");

    Task confirm = driver.timetableTask();
    driver.submit(confirm, confirm.getAssignee() == null ? secretariat : confirm.getAssignee(),
        java.util.Map.of("timetableDecision", "TETAPKAN"));
    driver.runJobs();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(DemoData.EDITION_KEY + "-%")
        .taskDefinitionKey("Task_PresentationEvaluation").list()) {
      driver.submit(task, task.getAssignee(), java.util.Map.of("presentationScoreInput", 80,
          "presentationComment", "Presentasi jelas"));
    }
    driver.runJobs();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(DemoData.EDITION_KEY)
        .taskDefinitionKey("Task_SignOff").count()).as("sign-off waiting").isEqualTo(1);
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }

  /** Logs in to Tasklist as {@code user} (password = id), whoever was logged in before. */
  private void login(String user) {
    browser.open(url("/camunda/app/kipp/time-zone.json"));
    browser.driver().manage().deleteAllCookies(); // whoever was logged in is logged out
    js("window.localStorage.clear();");
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    try {
      waitFor(".form-signin input[ng-model=username]");
    } catch (AssertionError slowFirstLoad) {
      // the webapp's first start in a busy JVM (scripts, locale) can take longer than the browser's 15 s: once more
      browser.driver().navigate().refresh();
      waitFor(".form-signin input[ng-model=username]");
    }
    browser.signIn(user, user);
    waitFor(".task-filters .task-filter");
  }

  /** The link of the task named like {@code name} in the open filter's list, once the list shows it. */
  private WebElement taskInList(String name) {
    By link = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(., "
        + xpathLiteral(name) + ")]");
    browser.waitUntil(() -> !browser.findAll(link).isEmpty());
    return browser.find(link);
  }

  private List<String> filterNames() {
    return browser.findAll(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
        .map(link -> (String) js("return Array.from(arguments[0].childNodes).filter(n => n.nodeType === 3)"
            + ".map(n => n.data).join('').trim();", link))
        .toList();
  }

  /** The count shown next to a filter that is not open (kipp/filter-counts.js). */
  private String filterCount(String name) {
    browser.waitUntil(() -> !filterCountText(name).isEmpty());
    return filterCountText(name);
  }

  private String filterCountText(String name) {
    return browser.findAll(By.cssSelector(".task-filters .task-filter")).stream()
        .filter(filter -> filter.getText().startsWith(name)).findFirst()
        .map(filter -> String.valueOf(js("const c = arguments[0].querySelector('.kipp-filter-count');"
            + "return c ? c.textContent.trim() : '';", filter))).orElse("");
  }

  /** The open (first) filter is {@code name}, showing {@code count} tasks in its counter and in the list. */
  private void assertOpenFilter(String name, long count) {
    browser.waitUntil(() -> !browser.findAll(By.cssSelector(".task-filters .task-filter.active")).isEmpty()
        && browser.find(By.cssSelector(".task-filters .task-filter.active")).getText().startsWith(name)
        && String.valueOf(count).equals(openCounter()));
    assertThat(openCounter()).isEqualTo(String.valueOf(count));
  }

  private String openCounter() {
    return String.valueOf(js("const c = document.querySelector('.task-filters .task-filter.active h4.name "
        + ".counter:not(.kipp-filter-count)'); return c ? c.textContent.trim() : '';"));
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

  /** {@code message} is in the same row of buttons as {@code button}, right above or beside it. */
  private void assertNear(WebElement message, WebElement button) {
    assertThat(message.findElement(By.xpath("..")).equals(button.findElement(By.xpath(".."))))
        .as("message and button in the same container").isTrue();
    var messageBox = message.getRect();
    var buttonBox = button.getRect();
    assertThat(Math.abs(buttonBox.getY() - (messageBox.getY() + messageBox.getHeight()))).as("distance")
        .isLessThan(150);
  }

  /**
   * Scrolls the form pane (the scrolling box of {@code .task-details}) to its bottom and asserts that "Selesaikan",
   * the form's last button, is wholly inside the window and not under Tasklist's fixed footer: its box ends above the
   * footer's top, and the points just inside its four corners are the button's.
   */
  private void assertLastButtonVisibleAtTheBottom() {
    WebElement button = completeButton();
    String seen = String.valueOf(js("""
        const button = arguments[0];
        let pane = button.parentElement;
        while (pane && !['auto', 'scroll'].includes(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
        pane.scrollTop = pane.scrollHeight;
        const box = button.getBoundingClientRect();
        const footer = document.querySelector('footer');
        const floor = Math.min(window.innerHeight, footer ? footer.getBoundingClientRect().top : window.innerHeight);
        const covered = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2],
            [box.right - 2, box.bottom - 2]].filter(([x, y]) => !button.contains(document.elementFromPoint(x, y)));
        return box.top >= 0 && box.left >= 0 && box.right <= window.innerWidth && box.bottom <= floor
            && covered.length === 0 ? 'visible' : 'button ' + Math.round(box.top) + '..' + Math.round(box.bottom)
            + ' x ' + Math.round(box.left) + '..' + Math.round(box.right) + ', window ' + window.innerWidth + 'x'
            + window.innerHeight + ', footer from ' + floor + ', corners covered: ' + covered.length;
        """, button));
    assertThat(seen).as("Selesaikan at the bottom of the pane").isEqualTo("visible");
  }

  /** None of the webapps' own English strings on the screen ({@link WebappStrings}). */
  private void assertNoEnglish() {
    try {
      browser.waitUntil(() -> WebappStrings.englishIn(browser.pageText()).isEmpty());
    } catch (AssertionError stillEnglish) {
      // reported with the strings below
    }
    assertThat(WebappStrings.englishIn(browser.pageText())).as("English on %s", browser.currentUrl()).isEmpty();
  }

  /** Gives Tasklist's own error handling (translated asynchronously) the time to show a toast, if it would. */
  private static void settle() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  /** Waits until an element {@code css} finds is displayed and returns it. */
  private WebElement waitFor(String css) {
    WebElement[] found = new WebElement[1];
    browser.waitUntil(() -> {
      try {
        found[0] = browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst()
            .orElse(null);
        return found[0] != null;
      } catch (org.openqa.selenium.StaleElementReferenceException renderedAgain) {
        return false; // the task list renders its items anew when it refreshes: look again
      }
    });
    return found[0];
  }

  private void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void shot(String name) throws IOException {
    browser.screenshot(name);
  }
}
