package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The participant portal in a real headless Chromium ({@link Browser}): login through {@code /masuk}, the agency's
 * entries with stage, deadline, reasons and the Tasklist link, never another agency's; logout; refusals in Bahasa.
 * Skipped when Chromium is not installed, unless {@code -Dkipp.browser.required=true}.
 */
@SharedWebTest
class PortalBrowserTest {

  static final String GROUP = "Perangkat Daerah";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final List<String> WEEKDAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
  static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember");

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void participantSeesOwnEntriesWithStageDeadlineAndReasonsButNeverAnotherAgencys() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POB").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String health = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    String transport = driver.agencyParticipant("dishub", "Dinas Perhubungan Kota Uji", "a");
    ProcessInstance waiting = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Puskesmas Keliling Malam"));
    ProcessInstance rejected = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Antrean Tanpa Kertas"));
    ProcessInstance revised = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Resep Daring"));
    ProcessInstance theirs = driver.register(transport,
        driver.registrationForm("Dishub", GROUP, "Rahasia Terminal Pintar"));

    Map<String, Object> rejection = new HashMap<>(driver.screening("TIDAK_LOLOS", "Inovasi baru berjalan enam bulan.",
        null));
    rejection.put("checkImplementedOneYear", false);
    driver.submit(driver.task(rejected, "Task_Screen"), secretariat, rejection);
    driver.submit(driver.task(revised, "Task_Screen"), secretariat,
        driver.screening("PERBAIKAN", "Lengkapi surat pernyataan yang ditandatangani kepala dinas.", 5));
    driver.runJobs();
    Task revise = driver.task(revised, "Task_Revise");

    // the portal asks for a login first, on the Bahasa login page
    browser.open(url("/portal"));
    assertThat(browser.currentPath()).startsWith("/masuk");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Masuk ke Portal Peserta");
    assertThat(browser.find(By.cssSelector("label[for=username]")).getText()).isEqualTo("Nama pengguna");
    login(health, health);
    assertThat(browser.currentPath()).isEqualTo("/portal");

    assertThat(browser.text(By.id("instansi"))).isEqualTo("Dinas Kesehatan Kota Uji");
    assertThat(browser.text(By.id("pengguna"))).isEqualTo(health);
    assertThat(browser.findAll(By.cssSelector("tr.entri")).stream().map(row -> row.getAttribute("id")))
        .containsExactly("entri-" + waiting.getBusinessKey(), "entri-" + rejected.getBusinessKey(),
            "entri-" + revised.getBusinessKey());
    assertThat(browser.text(By.cssSelector("#edisi-" + driver.editionKey + " h2")))
        .contains("Kompetisi Inovasi Pelayanan Publik Uji " + driver.code);

    WebElement first = row(waiting);
    assertThat(first.findElement(By.cssSelector(".judul")).getText()).isEqualTo("Puskesmas Keliling Malam");
    assertThat(first.findElement(By.cssSelector(".kelompok")).getText()).isEqualTo(GROUP);
    assertThat(first.findElement(By.cssSelector(".tahap")).getText()).isEqualTo("Seleksi administrasi");
    assertThat(first.findElement(By.cssSelector(".diajukan")).getText()).matches("\\d{1,2} \\p{L}+ \\d{4} pukul \\d\\d\\.\\d\\d WIB");
    assertThat(first.findElement(By.cssSelector(".tindakan")).getText()).contains("Tunggu tahap berikutnya");

    WebElement refused = row(rejected);
    assertThat(refused.findElement(By.cssSelector(".tahap")).getText()).isEqualTo("Tidak lolos administrasi");
    assertThat(refused.findElement(By.cssSelector(".tindakan")).getText())
        .contains("Inovasi baru berjalan enam bulan.").contains("inovasi sudah diterapkan minimal 1 tahun");

    WebElement asked = row(revised);
    assertThat(asked.findElement(By.cssSelector(".tahap")).getText()).isEqualTo("Perbaikan");
    LocalDateTime due = LocalDateTime.ofInstant(revise.getDueDate().toInstant(), JAKARTA);
    String dueText = WEEKDAYS.get(due.getDayOfWeek().getValue() - 1) + ", " + due.getDayOfMonth() + " "
        + MONTHS.get(due.getMonthValue() - 1) + " " + due.getYear() + " pukul 23.59 WIB";
    assertThat(asked.findElement(By.cssSelector(".batas-waktu")).getText()).isEqualTo("Batas perbaikan: " + dueText);
    assertThat(asked.findElement(By.cssSelector(".tindakan")).getText()).contains("Perbaiki pendaftaran")
        .contains(dueText).contains("Lengkapi surat pernyataan yang ditandatangani kepala dinas.");
    WebElement link = asked.findElement(By.cssSelector("a.tautan-tasklist"));
    assertThat(link.getAttribute("href")).isEqualTo(url("/camunda/app/tasklist/default/#/?task=" + revise.getId()));

    assertThat(browser.pageSource()).doesNotContain("Rahasia Terminal Pintar").doesNotContain(theirs.getBusinessKey());

    // logout: back to the login page, and the portal asks for a login again
    browser.clickAndWait(By.id("tombol-keluar"));
    assertThat(browser.currentPath()).isEqualTo("/masuk?keluar");
    assertThat(browser.text(By.id("pesan-keluar"))).isEqualTo("Anda telah keluar.");
    browser.open(url("/portal"));
    assertThat(browser.currentPath()).startsWith("/masuk");

    // the other agency sees its own entry only
    login(transport, transport);
    assertThat(browser.findAll(By.cssSelector("tr.entri")).stream().map(row -> row.getAttribute("id")))
        .containsExactly("entri-" + theirs.getBusinessKey());
    assertThat(browser.pageSource()).doesNotContain("Resep Daring").doesNotContain("Puskesmas Keliling")
        .doesNotContain("enam bulan");
  }

  @Test
  void wrongPasswordAndNonParticipantsAreToldWhyInBahasa() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POC").withJurors(1);
    String forgetful = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "lupa");

    browser.open(url("/masuk"));
    login(forgetful, "salah");
    assertThat(browser.currentPath()).isEqualTo("/masuk?gagal");
    assertThat(browser.text(By.id("pesan-gagal"))).startsWith("Nama pengguna atau kata sandi salah.");

    String juror = driver.jurors.get(0);
    login(juror, juror);
    assertThat(browser.currentPath()).isEqualTo("/portal");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Akses ditolak");
    assertThat(browser.text(By.id("pesan-ditolak"))).contains("Akun " + juror + " bukan akun peserta.");
    browser.clickAndWait(By.id("tombol-keluar"));
    assertThat(browser.currentPath()).isEqualTo("/masuk?keluar");

    String alone = driver.code.toLowerCase() + "tanpainstansi";
    driver.user(alone, "peserta");
    login(alone, alone);
    assertThat(browser.text(By.id("tanpa-instansi"))).contains("belum terhubung dengan instansi mana pun");
  }

  private void login(String user, String password) {
    if (!browser.currentPath().startsWith("/masuk")) {
      browser.open(url("/masuk"));
    }
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), password);
    browser.clickAndWait(By.id("tombol-masuk"));
  }

  private WebElement row(ProcessInstance entry) {
    return browser.find(By.id("entri-" + entry.getBusinessKey()));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
