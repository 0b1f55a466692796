package id.kipp.objection;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.notification.NotificationSender;
import id.kipp.testsupport.Browser;
import id.kipp.testsupport.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A citizen files a public objection in a real headless Chromium (1366×768): the proposed finalists, a refused reason
 * with markup (the message next to the field), a PDF attached, the confirmation link followed from the e-mail the
 * SMTP server (GreenMail) received; the secretariat then closes the period and decides the objection in Tasklist
 * (opens the citizen's PDF from the table, upholds it in the prepared row, "Selesaikan"): the process moves on and the
 * page shows the outcome per finalist without the objector's name. Screenshots in
 * {@code target/browser-screenshots/uji-publik-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-objection-browser-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class PublicObjectionBrowserTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @RegisterExtension
  static final SmtpServer GREEN_MAIL = new SmtpServer();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    GREEN_MAIL.register(registry);
  }

  @LocalServerPort
  int port;

  @Autowired
  PublicObjectionRepository repository;

  Tasklist tasklist;

  @BeforeEach
  void laptopScreen() {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    tasklist = new Tasklist(browser, "http://localhost:" + port);
  }

  @Autowired
  ProcessEngine engine;

  @Autowired
  NotificationSender sender;

  @Test
  void fileConfirmAndDecideAPublicObjection() throws Exception {
    ObjectionEditionRun run = new ObjectionEditionRun(engine, "PEKA");
    String page = "http://localhost:" + port + "/uji-publik/" + run.key();
    browser.open(page);
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Uji publik daftar finalis");
    assertThat(browser.findAll(By.cssSelector("article.finalist"))).hasSize(3);
    assertThat(browser.pageText()).contains("Layanan Pojok Braille", "Dinas Nomor 1", "Sampaikan sanggahan",
        "Nama dan alamat e-mail penyanggah tidak pernah ditampilkan").doesNotContain("Jangan diisi");
    assertThat(browser.find(By.id("website")).isDisplayed()).as("the honeypot is out of sight").isFalse();
    browser.screenshot("uji-publik-1-halaman");

    // markup in the reason: refused, the message next to the field, the typed values kept
    fill("Siti Aminah", "siti@contoh.id", run.entry(0), "Lihat <a href=x>bukti</a> di sini, layanan berhenti.");
    browser.clickAndWait(By.id("submit-objection"));
    assertThat(browser.text(By.id("problem-reason"))).contains("Alasan sanggahan tidak boleh berisi kode HTML");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("siti@contoh.id");
    browser.find(By.id("reason")).sendKeys(""); // scroll the message into view
    browser.screenshot("uji-publik-2-ditolak");

    Path pdf = Files.createTempFile("bukti-", ".pdf");
    Files.write(pdf, PublicObjectionWebTest.PDF);
    fill("Siti Aminah", "siti@contoh.id", run.entry(0), "Layanan ini berhenti sejak Maret; loketnya tutup setiap hari.");
    browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
    browser.clickAndWait(By.id("submit-objection"));
    assertThat(browser.text(By.id("objection-filed"))).contains("Sanggahan Anda sudah kami terima");
    browser.screenshot("uji-publik-3-terkirim");

    // the link from the e-mail
    SmtpServer.sendAll(sender);
    List<MimeMessage> messages = GREEN_MAIL.receivedBy("siti@contoh.id");
    assertThat(messages).as("one message to the objector: the one with the rejected reason was never stored").hasSize(1);
    browser.open("http://localhost:" + port + PublicObjectionWebTest.confirmationPath(messages.get(0)));
    browser.screenshot("uji-publik-4-konfirmasi");
    browser.clickAndWait(By.id("confirm-objection"));
    assertThat(browser.text(By.id("confirmed"))).contains("Sanggahan Anda sudah dikonfirmasi");
    browser.screenshot("uji-publik-5-dikonfirmasi");

    // the secretariat closes the period (no objection of its own) ...
    run.driver.submit(run.recordTask(), run.secretariat, Map.of("objections", ObjectionEditionRun.rows(List.of())));
    assertThat((String) engine.getTaskService().getVariable(run.decideTask().getId(), "objectionSummary"))
        .contains(run.entry(0), "lampiran PDF", "loketnya tutup");

    // ... and decides in Tasklist: the table with the PDF link, one prepared row per objection, "Selesaikan"
    var secretariat = engine.getIdentityService().createUserQuery().userId(run.secretariat).singleResult();
    secretariat.setFirstName("Rina");
    secretariat.setLastName("Sekretariat");
    engine.getIdentityService().saveUser(secretariat);
    tasklist.logIn(run.secretariat);
    tasklist.open("Putuskan sanggahan");
    WebElement table = tasklist.settled(".task-details .fjs-container table");
    assertThat(table.getText()).contains(run.entry(0), "Masyarakat", "loketnya tutup").doesNotContain("Siti");
    WebElement pdfLink = table.findElement(By.xpath(".//a[normalize-space()='lampiran PDF']"));
    assertThat(pdfLink.getAttribute("href")).matches(".*/api/uji-publik/sanggahan/\\d+/lampiran");
    assertThat(tasklist.fetch(pdfLink.getAttribute("href"))).as("the PDF with the Tasklist login")
        .isEqualTo("200 application/pdf " + PublicObjectionWebTest.PDF.length);
    tasklist.scrollTo(table);
    browser.screenshot("uji-publik-6-putusan-tasklist");
    tasklist.assertWhole(table);
    // one prepared row (the list has no add/remove buttons, so form-js renders its rows without a row container)
    WebElement row = tasklist.waitFor(".fjs-form-field-dynamiclist");
    assertThat(row.findElements(By.cssSelector(".fjs-form-field-select"))).hasSize(1);
    assertThat(row.findElements(By.xpath(".//button[normalize-space()='Tambah']"))).isEmpty();
    assertThat(row.getText()).contains("1 — " + run.entry(0));
    tasklist.click(row.findElement(By.xpath(".//label[contains(normalize-space(.), 'Diterima (finalis gugur)')]")));
    row.findElement(By.cssSelector("textarea")).sendKeys("Terbukti dari kunjungan lapangan: loket tutup.");
    browser.assertFits(".task-details");
    tasklist.assertNoEnglish();
    tasklist.scrollTo(row);
    browser.screenshot("uji-publik-7-putusan-baris");
    tasklist.complete();
    browser.waitUntil(() -> run.decideTask() == null);
    assertThat(browser.findAll(By.cssSelector(".kipp-refusal"))).isEmpty();
    // the process moved on: the stage ended, the finalist is out, the decision is on the objection
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("uji-publik")
        .superProcessInstanceId(run.edition.getId()).singleResult().getEndTime()).isNotNull();
    assertThat(run.driver.editionVariable("excludedFinalists")).isEqualTo(List.of(run.entry(0)));
    PublicObjectionRepository.Stored decided = repository.ofEdition(run.key()).stream()
        .filter(objection -> objection.confirmedAt() != null).findFirst().orElseThrow();
    assertThat(decided.decision()).isEqualTo("DITERIMA");
    assertThat(decided.decisionReason()).isEqualTo("Terbukti dari kunjungan lapangan: loket tutup.");

    browser.open(page);
    assertThat(browser.text(By.id("stage-ended"))).contains("Uji publik telah selesai");
    assertThat(browser.text(By.cssSelector("article[data-entry-key='" + run.entry(0) + "'] .outcome")))
        .isEqualTo("Sanggahan diterima — finalis gugur");
    assertThat(browser.text(By.cssSelector("article[data-entry-key='" + run.entry(1) + "'] .outcome")))
        .isEqualTo("Tanpa sanggahan");
    assertThat(browser.pageText()).doesNotContain("Siti", "siti@contoh.id", "Sampaikan sanggahan");
    browser.screenshot("uji-publik-8-hasil");
  }

  private void fill(String name, String email, String entryKey, String reason) {
    browser.type(By.id("name"), name);
    browser.type(By.id("email"), email);
    browser.find(By.cssSelector("#entryKey option[value='" + entryKey + "']")).click();
    browser.type(By.id("reason"), reason);
  }
}
