package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
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
 * One participant journey in a real headless Chromium at 1366×768 ({@link Browser}), as the demo participant
 * {@code dispussipda} of the demo edition MALANG-2019: log in at {@code /masuk}, "Daftarkan inovasi", fill the form and
 * upload the three PDFs — a refused web page posing as a PDF first, shown next to its field with the typed fields kept
 * — then the confirmation with the entry number and the entry in the portal's list; the secretariat asks for a
 * revision and the portal's link opens the task in Tasklist without a second login; an edition of the agency released
 * its results: the results and the certificate are linked, not before. Screenshots:
 * {@code target/browser-screenshots/portal-daftar-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-portal-registration-browser-test;DB_CLOSE_DELAY=-1",
        "kipp.demo.enabled=true"})
@ActiveProfiles("test")
class PortalRegistrationBrowserTest {

  static final String PARTICIPANT = "dispussipda";
  static final String AGENCY = "Dinas Perpustakaan dan Arsip Daerah";
  static final String GROUP = "Perangkat Daerah";
  static final String TITLE = "Perpustakaan Keliling Kampung Literasi";

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void demoParticipantRegistersFollowsATaskLinkAndFindsTheCertificate() throws IOException {
    browser.driver().manage().window().setSize(new Dimension(1366, 768));
    Path folder = Files.createTempDirectory("kipp-portal-pdf-");
    Path proposal = pdf(folder, "proposal-inovasi.pdf");
    Path performance = pdf(folder, "proposal-kinerja.pdf");
    Path declaration = pdf(folder, "surat-pernyataan.pdf");
    Path webPage = Files.writeString(folder.resolve("surat-palsu.pdf"), "<html><script>alert(1)</script></html>");

    browser.open(url("/portal"));
    browser.type(By.id("username"), PARTICIPANT);
    browser.type(By.id("password"), PARTICIPANT);
    browser.clickAndWait(By.id("tombol-masuk"));
    assertThat(browser.currentPath()).isEqualTo("/portal");
    browser.screenshot("portal-daftar-0-beranda");

    // Daftarkan inovasi: the open edition's form (the list first when several editions are open)
    browser.clickAndWait(By.id("tombol-daftarkan"));
    if (browser.currentPath().equals("/portal/daftar")) {
      browser.clickAndWait(By.cssSelector("#edisi-" + DemoData.EDITION_KEY + " a.tombol"));
    }
    assertThat(browser.currentPath()).isEqualTo("/portal/daftar/" + DemoData.EDITION_KEY);
    assertThat(browser.text(By.id("instansi-akun"))).startsWith(AGENCY);
    assertThat(browser.findAll(By.cssSelector("#group option")).stream().map(WebElement::getText))
        .containsExactly("— pilih kelompok —", "Perangkat Daerah", "Unit Kerja Perangkat Daerah");
    assertThat(browser.findAll(By.name("agency"))).isEmpty();
    assertFits();
    browser.screenshot("portal-daftar-1-formulir");

    fill();
    browser.find(By.id("innovationProposalFile")).sendKeys(proposal.toAbsolutePath().toString());
    browser.find(By.id("performanceProposalFile")).sendKeys(performance.toAbsolutePath().toString());
    browser.find(By.id("declarationFile")).sendKeys(webPage.toAbsolutePath().toString());
    // the file fields in Bahasa, each with the chosen file's name
    assertThat(browser.findAll(By.cssSelector(".berkas-bahasa label.pilih-berkas")).stream().map(WebElement::getText))
        .containsOnly("Pilih berkas PDF").hasSize(3);
    assertThat(browser.text(By.cssSelector("[data-kipp-berkas=declarationFile] .nama-berkas")))
        .isEqualTo("surat-palsu.pdf");
    browser.clickAndWait(By.id("tombol-daftar"));

    // refused: the message at the file and next to the button, the typed fields still there
    assertThat(browser.text(By.cssSelector("[data-galat-untuk=declarationFile]")))
        .isEqualTo("Surat pernyataan harus berupa berkas PDF.");
    assertThat(browser.text(By.id("galat-kirim"))).contains("Surat pernyataan harus berupa berkas PDF.");
    assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(TITLE);
    assertThat(browser.find(By.id("impact")).getAttribute("value")).startsWith("Peminjam buku naik");
    assertThat(browser.text(By.cssSelector("#group option:checked"))).isEqualTo(GROUP);
    assertThat(browser.find(By.id("neverEnteredBefore")).isSelected()).isTrue();
    assertThat(browser.text(By.cssSelector("[data-kipp-berkas=declarationFile] .nama-berkas")))
        .isEqualTo("Belum ada berkas dipilih");
    show(By.id("galat-kirim"));
    assertFits();
    browser.screenshot("portal-daftar-2-ditolak");

    browser.find(By.id("innovationProposalFile")).sendKeys(proposal.toAbsolutePath().toString());
    browser.find(By.id("performanceProposalFile")).sendKeys(performance.toAbsolutePath().toString());
    browser.find(By.id("declarationFile")).sendKeys(declaration.toAbsolutePath().toString());
    browser.clickAndWait(By.id("tombol-daftar"));

    // the confirmation with the entry number
    String entryKey = browser.text(By.id("nomor-pendaftaran"));
    assertThat(entryKey).matches(DemoData.EDITION_KEY + "-\\d{4}");
    assertThat(browser.currentPath()).isEqualTo("/portal/terdaftar/" + entryKey);
    assertThat(browser.text(By.id("judul"))).isEqualTo(TITLE);
    assertThat(browser.text(By.id("instansi"))).isEqualTo(AGENCY);
    assertThat(browser.text(By.id("kelompok"))).isEqualTo(GROUP);
    assertFits();
    browser.screenshot("portal-daftar-3-konfirmasi");
    ProcessInstance entry = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(entryKey).singleResult();
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "agencyId")).isEqualTo(PARTICIPANT);

    browser.clickAndWait(By.id("kembali-portal"));
    assertThat(browser.text(By.cssSelector("#entri-" + entryKey + " .judul"))).isEqualTo(TITLE);
    assertThat(browser.text(By.cssSelector("#entri-" + entryKey + " .tahap"))).isEqualTo("Seleksi administrasi");

    // the secretariat asks for a revision; the portal's link opens the task in Tasklist, no second login
    CompetitionDriver malang = CompetitionDriver.forOpenEdition(engine, DemoData.EDITION_KEY);
    malang.submit(malang.task(entry, "Task_Screen"), "sekretariat",
        malang.screening("PERBAIKAN", "Lengkapi tanda tangan pada surat pernyataan.", 5));
    Task revise = malang.task(entry, "Task_Revise");
    browser.open(url("/portal"));
    WebElement link = browser.find(By.cssSelector("#entri-" + entryKey + " a.tautan-tasklist"));
    assertThat(link.getAttribute("href")).isEqualTo(url("/camunda/app/tasklist/default/#/?task=" + revise.getId()));
    show(By.cssSelector("#entri-" + entryKey));
    browser.screenshot("portal-daftar-4-perbaikan");
    link.click();
    browser.waitUntil(() -> browser.currentUrl().contains("/camunda/app/tasklist/default/"));
    // Tasklist's first load in a fresh browser takes long on a busy machine: up to a minute
    waitLong(() -> !browser.findAll(By.cssSelector("input[ng-model='username']")).isEmpty()
        || !browser.findAll(By.cssSelector("[data-kipp='info-perbaikan']")).isEmpty()
        && browser.find(By.cssSelector("[data-kipp='info-perbaikan']")).isDisplayed());
    assertThat(browser.findAll(By.cssSelector("input[ng-model='username']"))).isEmpty();
    assertThat(browser.text(By.cssSelector("[data-kipp='catatan-sekretariat']")))
        .isEqualTo("Lengkapi tanda tangan pada surat pernyataan.");
    browser.screenshot("portal-daftar-5-tasklist");

    // an edition of the agency to the award: results and certificate linked once released, not before
    CompetitionDriver award = new CompetitionDriver(engine, "PRW").withJurors(1);
    award.openEdition(award.editionForm(GROUP, 1, 1, 1));
    ProcessInstance winner = award.register(PARTICIPANT,
        award.registrationForm("Dispussipda", GROUP, "Pojok Baca Braille Keliling"));
    toSignOff(award, winner);
    browser.open(url("/portal"));
    assertThat(browser.findAll(By.cssSelector("#edisi-" + award.editionKey + " a.tautan-hasil"))).isEmpty();
    assertThat(browser.findAll(By.cssSelector("#entri-" + winner.getBusinessKey() + " a.tautan-piagam"))).isEmpty();
    award.releaseResults();
    browser.open(url("/portal"));
    assertThat(browser.find(By.cssSelector("#edisi-" + award.editionKey + " a.tautan-hasil")).getAttribute("href"))
        .isEqualTo(url("/hasil/" + award.editionKey));
    WebElement certificate = browser.find(By.cssSelector("#entri-" + winner.getBusinessKey() + " a.tautan-piagam"));
    assertThat(certificate.getAttribute("href"))
        .isEqualTo(url("/hasil/" + award.editionKey + "/piagam/" + winner.getBusinessKey() + ".pdf"));
    assertThat(browser.text(By.cssSelector("#entri-" + winner.getBusinessKey() + " .tahap"))).contains("Pemenang");
    // the MALANG-2019 entries have no such links: its results are not released
    assertThat(browser.findAll(By.cssSelector("#edisi-" + DemoData.EDITION_KEY + " a.tautan-hasil"))).isEmpty();
    show(By.id("edisi-" + award.editionKey));
    assertFits();
    browser.screenshot("portal-daftar-6-piagam");
    browser.clickAndWait(By.cssSelector("#edisi-" + award.editionKey + " a.tautan-hasil"));
    assertThat(browser.currentPath()).isEqualTo("/hasil/" + award.editionKey);
    assertThat(browser.pageText()).contains("Pojok Baca Braille Keliling");
  }

  private static void waitLong(java.util.function.BooleanSupplier condition) {
    for (int attempt = 1; ; attempt++) {
      try {
        browser.waitUntil(condition);
        return;
      } catch (AssertionError slow) {
        if (attempt == 4) {
          // what the page loaded, with each answer's status, to tell a slow machine from a refused request
          System.err.println("Browser: requests of the page: " + ((JavascriptExecutor) browser.driver()).executeScript(
              "return performance.getEntriesByType('resource')"
                  + ".map(function (e) { return e.name + ' ' + e.responseStatus; }).join('\\n');"));
          throw slow;
        }
      }
    }
  }

  /** Types every field of the form as a participant would. */
  private void fill() {
    browser.find(By.xpath("//select[@id='group']/option[normalize-space()='" + GROUP + "']")).click();
    browser.type(By.id("title"), TITLE);
    browser.type(By.id("summary"), "Mobil perpustakaan singgah di kampung yang jauh dari perpustakaan kota.");
    // the date field's typing depends on the browser's locale; set its value as the date picker does
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2017-03-01';",
        browser.find(By.id("implementedSince")));
    browser.type(By.id("videoUrl"), "https://video.example/perpustakaan-keliling");
    browser.type(By.id("contactName"), "Sri Wahyuni");
    browser.type(By.id("contactEmail"), "inovasi@dispussipda.example");
    browser.type(By.id("contactPhone"), "0341-123456");
    for (Map.Entry<String, String> section : Map.of(
        "problemAnalysis", "Warga kampung pinggiran jarang berkunjung ke perpustakaan kota.",
        "strategicApproach", "Perpustakaan mendatangi warga dengan jadwal tetap.",
        "implementation", "Dua mobil, empat pustakawan, jadwal mingguan bersama kelurahan.",
        "impact", "Peminjam buku naik dari 300 menjadi 2.100 orang per tahun.",
        "sustainability", "Dianggarkan setiap tahun dan ditetapkan dengan keputusan kepala dinas.",
        "serviceStandard", "Standar pelayanan dipasang di setiap mobil.",
        "serviceCharter", "Maklumat pelayanan ditandatangani kepala dinas.",
        "satisfactionSurvey", "Survei kepuasan setiap semester, nilai 88.",
        "complaintHandling", "Pengaduan melalui pesan singkat, ditanggapi dalam 2 hari.",
        "informationSystem", "Jadwal kunjungan di laman resmi dan media sosial.").entrySet()) {
      browser.type(By.id(section.getKey()), section.getValue());
    }
    WebElement declaration = browser.find(By.id("neverEnteredBefore"));
    if (!declaration.isSelected()) {
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", declaration);
    }
  }

  /** The edition from registration to the Pimpinan's sign-off, its single entry the winner. */
  private static void toSignOff(CompetitionDriver driver, ProcessInstance entry) {
    driver.screen(entry, "LOLOS", null);
    driver.runJobs();
    driver.closeRegistration();
    driver.approveAssignment();
    for (Task task : driver.tasks(entry, "Task_DeskEvaluation")) {
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(90, 90));
    }
    driver.runJobs();
    driver.confirmTimetable();
    for (Task task : driver.tasks(entry, "Task_PresentationEvaluation")) {
      driver.submit(task, task.getAssignee(), Map.of("presentationScoreInput", 90, "presentationComment", "Jelas"));
    }
    driver.runJobs();
    String pimpinan = driver.code.toLowerCase() + "pimpinan";
    driver.user(pimpinan, "pimpinan");
    driver.submit(driver.task(driver.edition(), "Task_SignOff"), pimpinan,
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/77/35.73.112/2030"));
    driver.runJobs();
  }

  private static Path pdf(Path folder, String name) throws IOException {
    return Files.write(folder.resolve(name), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + name
        + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
  }

  private void show(By by) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.find(by));
  }

  /** Nothing on the page is wider than the 1366 px window. */
  private void assertFits() {
    Object width = ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth;");
    Object viewport = ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.clientWidth;");
    assertThat(((Number) width).longValue()).isLessThanOrEqualTo(((Number) viewport).longValue());
    List<WebElement> overflowing = browser.findAll(By.cssSelector("main *")).stream()
        .filter(element -> element.getRect().getX() + element.getRect().getWidth()
            > ((Number) viewport).longValue() + 1)
        .toList();
    assertThat(overflowing).as("elements beyond the window").isEmpty();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
