package id.kipp.results;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.Bahasa;
import id.kipp.shared.EditionPublished;
import id.kipp.testsupport.CompetitionDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public results over HTTP, on an edition driven through the engine to the end: two groups, five entries, two
 * jurors (one per entry at the desk, both at the presentation), two finalists and one winner per group. Nothing is
 * public until the results are released; then the pages, CSV files and PDFs show the released ranking, and keep showing
 * it after the engine's history is gone. Desk score = 0.75a + 0.25b, final = 0.7 desk + 0.3 presentation:
 *
 * <pre>
 * Perangkat Daerah  A1 a90 b70 desk 85  presentation 60   final 59.5+18 = 77.5  rank 2  Finalis
 *                   A2 a80 b60 desk 75  presentation 90   final 52.5+27 = 79.5  rank 1  Pemenang
 *                   A3 a50 b50 desk 50  not a finalist (not published)
 * Unit Kerja        B1 a95 b95 desk 95  presentation 50   final 66.5+15 = 81.5  rank 2  Finalis
 *                   B2 a85 b85 desk 85  presentation 100  final 59.5+30 = 89.5  rank 1  Pemenang
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kipp-results-test;DB_CLOSE_DELAY=-1",
    "kipp.results.certificate.place=Kota Uji",
    "kipp.results.certificate.signatory-role=Wali Kota Uji"})
@ActiveProfiles("test")
class ResultsPublicationTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String DECREE = "188.45/321/35.73.112/2030";

  record Plan(String name, String group, String title, String agency, int innovation, int performance,
      int presentation) {}

  static final List<Plan> PLANS = List.of(
      new Plan("A1", "Perangkat Daerah", "=Layanan \"Cepat\" Warga", "Dinas Kesehatan, Kota Uji", 90, 70, 60),
      new Plan("A2", "Perangkat Daerah", "Ākses Warga ≥ 24 Jam", "Dinas Kominfo", 80, 60, 90),
      new Plan("A3", "Perangkat Daerah", "Inovasi Tiga", "Dinas Tiga", 50, 50, 0),
      new Plan("B1", "Unit Kerja", "Puskesmas Ramah", "Puskesmas Dinoyo", 95, 95, 50),
      new Plan("B2", "Unit Kerja", "Kelurahan Digital", "Kelurahan Sumbersari", 85, 85, 100));

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ApplicationEventPublisher events;

  final LocalDate today = TestClock.today();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void resultsArePublicOnlyOnceReleasedAndStaySo() {
    CompetitionDriver driver = new CompetitionDriver(engine, "HSL");
    String key = driver.editionKey;
    Map<String, String> entries = driveToTheEnd(driver, keys -> nothingIsPublic(key, keys));
    String a1 = entries.get("A1");
    String a2 = entries.get("A2");
    String b1 = entries.get("B1");
    String b2 = entries.get("B2");
    String date = Bahasa.date(at("15:00").toInstant(), JAKARTA);

    // the list of released editions
    ResponseEntity<String> list = http.getForEntity("/hasil", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(text(element(list.getBody(), "tr", "edisi-" + key)))
        .isEqualTo("Kompetisi Inovasi Pelayanan Publik Uji " + driver.code + " 2030 Pemerintah Kota Uji " + date);

    // the edition: facts, then per group (in the edition's order) the winners, then the finalists
    ResponseEntity<String> page = http.getForEntity("/hasil/" + key, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String html = page.getBody();
    assertThat(html).contains("<html lang=\"id\"", "<h1>Kompetisi Inovasi Pelayanan Publik Uji " + driver.code);
    assertThat(text(element(html, "section", "edisi-fakta"))).startsWith("Penyelenggara Pemerintah Kota Uji"
        + " Tahun 2030 Ditetapkan oleh Sutiaji Uji, " + date + " pukul 14.30 WIB Nomor keputusan " + DECREE
        + " Diumumkan " + date + " pukul 15.00 WIB Unduh: Peringkat (CSV) · Nilai (CSV) · Tabel penetapan (PDF)");
    assertThat(text(element(html, "tr", "entri-" + a2)))
        .isEqualTo("1 " + a2 + " Ākses Warga ≥ 24 Jam Dinas Kominfo 75,00 90,00 79,50 Pemenang Peringkat 1 PDF");
    assertThat(text(element(html, "tr", "entri-" + a1)))
        .isEqualTo("2 " + a1 + " =Layanan \"Cepat\" Warga Dinas Kesehatan, Kota Uji 85,00 60,00 77,50 Finalis PDF");
    assertThat(text(element(html, "tr", "entri-" + b2)))
        .isEqualTo("1 " + b2 + " Kelurahan Digital Kelurahan Sumbersari 85,00 100,00 89,50 Pemenang Peringkat 1 PDF");
    assertThat(text(element(html, "tr", "entri-" + b1)))
        .isEqualTo("2 " + b1 + " Puskesmas Ramah Puskesmas Dinoyo 95,00 50,00 81,50 Finalis PDF");
    assertThat(element(html, "tr", "entri-" + a2)).contains("class=\"entri pemenang\"", "data-entry-key=\"" + a2 + "\"",
        "href=\"/hasil/" + key + "/piagam/" + a2 + ".pdf\"");
    assertThat(element(html, "tr", "entri-" + a1)).contains("class=\"entri finalis\"");
    assertThat(html).doesNotContain(entries.get("A3"), "Inovasi Tiga");
    assertThat(List.of(html.indexOf("id=\"kelompok-perangkat-daerah\""), html.indexOf("entri-" + a2),
        html.indexOf("entri-" + a1), html.indexOf("id=\"kelompok-unit-kerja\""), html.indexOf("entri-" + b2),
        html.indexOf("entri-" + b1))).doesNotContain(-1).isSorted();
    assertThat(text(element(html, "section", "kelompok-unit-kerja"))).startsWith("Kelompok Unit Kerja Pemenang");

    // one group
    ResponseEntity<String> group = http.getForEntity("/hasil/" + key + "/unit-kerja", String.class);
    assertThat(group.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(group.getBody()).contains("id=\"entri-" + b2 + "\"", "id=\"entri-" + b1 + "\"",
        "<title>Hasil Kompetisi Inovasi Pelayanan Publik Uji " + driver.code + " — Kelompok Unit Kerja</title>")
        .doesNotContain("entri-" + a1, "entri-" + a2, "kelompok-perangkat-daerah");
    assertThat(http.getForEntity("/hasil/" + key + "/kelurahan", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // ranking and scores as CSV: text typed by participants cannot run as a formula; no juror's score
    ResponseEntity<byte[]> ranking = http.getForEntity("/hasil/" + key + "/peringkat.csv", byte[].class);
    assertThat(ranking.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    assertThat(ranking.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-peringkat.csv\"");
    assertThat(new String(ranking.getBody(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
        "kelompok,peringkat,status,kode,judul,instansi,nilai_akhir",
        "Perangkat Daerah,1,Pemenang," + a2 + ",Ākses Warga ≥ 24 Jam,Dinas Kominfo,79.50",
        "Perangkat Daerah,2,Finalis," + a1 + ",\"'=Layanan \"\"Cepat\"\" Warga\",\"Dinas Kesehatan, Kota Uji\",77.50",
        "Unit Kerja,1,Pemenang," + b2 + ",Kelurahan Digital,Kelurahan Sumbersari,89.50",
        "Unit Kerja,2,Finalis," + b1 + ",Puskesmas Ramah,Puskesmas Dinoyo,81.50",
        ""));
    ResponseEntity<byte[]> scores = http.getForEntity("/hasil/" + key + "/nilai.csv", byte[].class);
    assertThat(scores.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-nilai.csv\"");
    assertThat(new String(scores.getBody(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
        "kelompok,peringkat,kode,judul,instansi,nilai_proposal,nilai_presentasi,nilai_akhir",
        "Perangkat Daerah,1," + a2 + ",Ākses Warga ≥ 24 Jam,Dinas Kominfo,75.00,90.00,79.50",
        "Perangkat Daerah,2," + a1 + ",\"'=Layanan \"\"Cepat\"\" Warga\",\"Dinas Kesehatan, Kota Uji\",85.00,60.00,77.50",
        "Unit Kerja,1," + b2 + ",Kelurahan Digital,Kelurahan Sumbersari,85.00,100.00,89.50",
        "Unit Kerja,2," + b1 + ",Puskesmas Ramah,Puskesmas Dinoyo,95.00,50.00,81.50",
        ""));

    // certificates: winner and finalist, wording and signatory from kipp.results.certificate
    ResponseEntity<byte[]> winner = http.getForEntity("/hasil/" + key + "/piagam/" + a2 + ".pdf", byte[].class);
    assertThat(winner.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(winner.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("inline; filename=\"piagam-" + a2 + ".pdf\"");
    assertThat(new PdfAssertions(winner.getBody()).text).isEqualTo("PIAGAM PENGHARGAAN diberikan kepada Dinas Kominfo"
        + " atas inovasi “Akses Warga ? 24 Jam” sebagai Pemenang Peringkat 1 Kelompok Perangkat Daerah"
        + " pada Kompetisi Inovasi Pelayanan Publik Uji " + driver.code + " yang diselenggarakan oleh Pemerintah"
        + " Kota Uji Kota Uji, " + date + " Wali Kota Uji Sutiaji Uji Kode inovasi: " + a2
        + " Nomor keputusan: " + DECREE);
    assertThat(new PdfAssertions(http.getForEntity("/hasil/" + key + "/piagam/" + b1 + ".pdf", byte[].class)
        .getBody()).text).contains("diberikan kepada Puskesmas Dinoyo atas inovasi “Puskesmas Ramah”"
        + " sebagai Finalis Kelompok Unit Kerja").doesNotContain("Pemenang");
    assertThat(http.getForEntity("/hasil/" + key + "/piagam/" + entries.get("A3") + ".pdf", String.class))
        .satisfies(response -> {
          assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
          assertThat(response.getBody()).contains("hanya pemenang dan finalis edisi " + key + " yang mendapat piagam");
        });

    // the sign-off table
    ResponseEntity<byte[]> signOff = http.getForEntity("/hasil/" + key + "/penetapan.pdf", byte[].class);
    assertThat(signOff.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    PdfAssertions table = new PdfAssertions(signOff.getBody());
    assertThat(table.pages).isEqualTo(1);
    assertThat(table.text).contains("Nomor keputusan (SK) " + DECREE,
        "Ditetapkan oleh Sutiaji Uji (" + pimpinan(driver) + "), " + date + " pukul 14.30 WIB",
        "Catatan pimpinan Selamat kepada para pemenang.",
        "Diumumkan kepada peserta " + date + " pukul 15.00 WIB",
        "Kelompok Perangkat Daerah Peringkat Kode Judul inovasi Instansi Nilai proposal Nilai presentasi Nilai akhir"
            + " Hasil 1 " + a2 + " Akses Warga ? 24 Jam Dinas Kominfo 75,00 90,00 79,50 Pemenang 2 " + a1
            + " =Layanan \"Cepat\" Warga Dinas Kesehatan, Kota Uji 85,00 60,00 77,50 Finalis",
        "Kelompok Unit Kerja", "1 " + b2 + " Kelurahan Digital Kelurahan Sumbersari 85,00 100,00 89,50 Pemenang",
        "Ditetapkan pada " + date + " oleh Sutiaji Uji");

    // published twice: the snapshot stays as it is
    String released = jdbc.queryForObject("SELECT CAST(released_at AS VARCHAR(40)) FROM published_edition"
        + " WHERE edition_key = ?", String.class, key);
    ClockUtil.setCurrentTime(at("18:00"));
    events.publishEvent(new EditionPublished(key, driver.historicEditionId()));
    assertThat(jdbc.queryForObject("SELECT CAST(released_at AS VARCHAR(40)) FROM published_edition"
        + " WHERE edition_key = ?", String.class, key)).isEqualTo(released);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM published_finalist WHERE edition_key = ?", Integer.class, key))
        .isEqualTo(4);

    // the engine's history of the edition and its entries cleaned up: the results stay as they were
    List<String> history = engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
        .filter(instance -> instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(key))
        .map(HistoricProcessInstance::getId).toList();
    assertThat(history).hasSizeGreaterThan(5);
    engine.getHistoryService().deleteHistoricProcessInstances(history);
    assertThat(http.getForEntity("/hasil/" + key, String.class).getBody()).isEqualTo(html);
    assertThat(http.getForEntity("/hasil/" + key + "/nilai.csv", byte[].class).getBody()).isEqualTo(scores.getBody());
  }

  @Test
  void eachEditionsCertificatesCarryThePlaceAndSignatoryOfItsStartForm() {
    CompetitionDriver kalbar = new CompetitionDriver(engine, "KALBAR");
    Map<String, String> kalbarEntries = driveToTheEnd(kalbar, Map.of("certificatePlace", "Pontianak",
        "certificateSignatoryRole", "Gubernur Kalimantan Barat", "certificateSignatoryName", "Sutarmidji"), keys -> {});
    CompetitionDriver batu = new CompetitionDriver(engine, "BATU");
    Map<String, String> batuEntries = driveToTheEnd(batu, Map.of("certificatePlace", "Batu",
        "certificateSignatoryRole", "Wali Kota Batu"), keys -> {});
    String date = Bahasa.date(at("15:00").toInstant(), JAKARTA);

    String kalbarCertificate = new PdfAssertions(http.getForEntity("/hasil/" + kalbar.editionKey + "/piagam/"
        + kalbarEntries.get("A2") + ".pdf", byte[].class).getBody()).text;
    assertThat(kalbarCertificate).contains("Pemerintah Kota Uji Pontianak, " + date
        + " Gubernur Kalimantan Barat Sutarmidji Kode inovasi: " + kalbarEntries.get("A2"))
        .doesNotContain("Kota Uji,", "Wali Kota", "Sutiaji");
    // the name left empty in the form and in the installation's settings: the Pimpinan who signed off
    String batuCertificate = new PdfAssertions(http.getForEntity("/hasil/" + batu.editionKey + "/piagam/"
        + batuEntries.get("B1") + ".pdf", byte[].class).getBody()).text;
    assertThat(batuCertificate).contains("Batu, " + date + " Wali Kota Batu Sutiaji Uji Kode inovasi: "
        + batuEntries.get("B1")).doesNotContain("Kota Uji,", "Wali Kota Uji", "Pontianak", "Gubernur");
    // fixed at the release, with the snapshot
    assertThat(jdbc.queryForMap("SELECT certificate_place, certificate_signatory_role, certificate_signatory_name"
        + " FROM published_edition WHERE edition_key = ?", batu.editionKey))
        .containsValues("Batu", "Wali Kota Batu", "");
  }

  @Test
  void aBrowserAskingForEnglishGetsThePagesDeclaredAsBahasaIndonesia() {
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
    for (String path : List.of("/hasil", "/hasil/TIDAKADA-2030", "/katalog")) {
      ResponseEntity<String> page = http.exchange(path, HttpMethod.GET, new HttpEntity<>(english), String.class);
      assertThat(page.getHeaders().getContentLanguage()).as(path).isEqualTo(Locale.forLanguageTag("id-ID"));
      assertThat(page.getBody()).as(path).contains("<html lang=\"id\"");
    }
  }

  @Test
  void anUnknownEditionOrPageIsNotFoundInBahasaIndonesia() {
    for (String path : List.of("/hasil/TIDAKADA-2030", "/hasil/TIDAKADA-2030/perangkat-daerah",
        "/hasil/TIDAKADA-2030/peringkat.csv", "/hasil/TIDAKADA-2030/penetapan.pdf",
        "/hasil/TIDAKADA-2030/piagam/TIDAKADA-2030-0001.pdf")) {
      ResponseEntity<String> response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
      assertThat(text(element(response.getBody(), "p", "pesan"))).as(path)
          .isEqualTo("Hasil edisi TIDAKADA-2030 tidak ditemukan atau belum diumumkan.");
      assertThat(response.getBody()).contains("<h1>Hasil tidak ditemukan</h1>", "href=\"/hasil\"");
    }
    ResponseEntity<String> other = http.getForEntity("/hasil/TIDAKADA-2030/piagam/lain/lagi", String.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(text(element(other.getBody(), "p", "pesan"))).isEqualTo("Halaman yang Anda cari tidak ada.");
  }

  // ---- the edition ---------------------------------------------------------------------------------------------

  /**
   * Drives an edition from its opening to the end: registration, screening, desk evaluation, presentation and the
   * Pimpinan's approval at 14:30 today; then {@code beforeRelease} (everything decided, nothing released) and the
   * release at 15:00. Returns the entry keys by plan name.
   */
  private Map<String, String> driveToTheEnd(CompetitionDriver driver, Consumer<Map<String, String>> beforeRelease) {
    return driveToTheEnd(driver, Map.of(), beforeRelease);
  }

  /** As above, with more fields of the start form ({@code startForm}). */
  private Map<String, String> driveToTheEnd(CompetitionDriver driver, Map<String, Object> startForm,
      Consumer<Map<String, String>> beforeRelease) {
    ClockUtil.setCurrentTime(at("09:00"));
    driver.withJurors(2);
    Map<String, Object> editionForm = driver.editionForm("Perangkat Daerah, Unit Kerja", 2, 1, 1);
    editionForm.putAll(startForm);
    driver.openEdition(editionForm);
    Map<String, ProcessInstance> instances = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    for (Plan plan : PLANS) {
      Map<String, Object> form = driver.registrationForm(plan.agency(), plan.group(), plan.title());
      ProcessInstance entry = driver.register(driver.participant(plan.name().toLowerCase()), form);
      instances.put(plan.name(), entry);
      keys.put(plan.name(), entry.getBusinessKey());
    }
    for (ProcessInstance entry : instances.values()) {
      driver.screen(entry, "LOLOS", null);
    }
    driver.runJobs();
    driver.closeRegistration();
    driver.approveAssignment();
    for (Plan plan : PLANS) {
      for (Task task : driver.tasks(instances.get(plan.name()), "Task_DeskEvaluation")) {
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(plan.innovation(), plan.performance()));
      }
    }
    driver.runJobs();
    driver.confirmTimetable();
    for (Plan plan : PLANS) {
      for (Task task : driver.tasks(instances.get(plan.name()), "Task_PresentationEvaluation")) {
        driver.submit(task, task.getAssignee(),
            Map.of("presentationScoreInput", plan.presentation(), "presentationComment", "Jelas"));
      }
    }
    driver.runJobs();

    ClockUtil.setCurrentTime(at("14:30"));
    driver.submit(driver.task(driver.edition(), "Task_SignOff"), pimpinan(driver), Map.of("signOffDecision", "SETUJU",
        "decreeNumber", DECREE, "signOffNote", "Selamat kepada para pemenang."));

    beforeRelease.accept(keys);

    // the release: the secretariat's "Rilis hasil kepada peserta", then "Umumkan hasil kepada peserta" (a job)
    ClockUtil.setCurrentTime(at("15:00"));
    driver.releaseResults();
    assertThat(driver.edition()).as("edition ended").isNull();
    return keys;
  }

  /** The Pimpinan of this edition's test: an account with a name. */
  private String pimpinan(CompetitionDriver driver) {
    String id = driver.code.toLowerCase() + "pimpinan";
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setFirstName("Sutiaji");
      user.setLastName("Uji");
      user.setPassword(id);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, "pimpinan");
    }
    return id;
  }

  /** Everything is decided and signed off, nothing is released: no page, file or list entry shows the edition. */
  private void nothingIsPublic(String key, Map<String, String> entries) {
    for (String path : List.of("/hasil/" + key, "/hasil/" + key + "/perangkat-daerah", "/hasil/" + key + "/peringkat.csv",
        "/hasil/" + key + "/nilai.csv", "/hasil/" + key + "/penetapan.pdf",
        "/hasil/" + key + "/piagam/" + entries.get("A2") + ".pdf")) {
      ResponseEntity<String> response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).as(path).contains("Hasil tidak ditemukan", "belum diumumkan")
          .doesNotContain(entries.get("A2"), "Ākses");
    }
    assertThat(http.getForEntity("/hasil", String.class).getBody()).doesNotContain(key);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM published_finalist WHERE edition_key = ?", Integer.class, key))
        .isZero();
  }

  private Date at(String time) {
    return Date.from(today.atTime(LocalTime.parse(time)).atZone(JAKARTA).toInstant());
  }

  // ---- reading HTML --------------------------------------------------------------------------------------------

  /** The element with the given tag and id, with its content (the tags must not nest in themselves). */
  static String element(String html, String tag, String id) {
    Matcher matcher = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>.*?</" + tag + ">",
        Pattern.DOTALL).matcher(html);
    assertThat(matcher.find()).as("<%s id=%s> in the page", tag, id).isTrue();
    return matcher.group();
  }

  /** The text of an HTML fragment: tags removed, entities decoded, white space collapsed. */
  static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").replace(" ,", ",").trim();
  }
}
