package id.kipp.catalogue;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a citizen sees of one edition ({@link CatalogueEditionRun}, driven once for the class) in a real headless
 * Chromium ({@link Browser}): before the release neither {@code /hasil} nor {@code /katalog} shows anything of it; after
 * it the results pages (list, edition, group, certificate PDF, CSV links) and the catalogue (search form, filters,
 * detail page, documents, a replication recorded through the API) do — never the entry refused at screening.
 * Skipped when Chromium is not installed, unless {@code -Dkipp.browser.required=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-public-pages-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @RegisterExtension
  static final Browser browser = new Browser();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  final HttpClient http = HttpClient.newHttpClient();

  CatalogueEditionRun run;

  @BeforeAll
  void driveEditionToItsRelease() {
    run = new CatalogueEditionRun(engine);
    run.driveToEnd(this::nothingIsPublicYet);
  }

  /** Signed off, not yet released: the citizen finds neither results nor catalogue entries of the edition. */
  private void nothingIsPublicYet() {
    browser.open(url("/hasil/" + run.editionKey));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hasil tidak ditemukan");
    assertThat(browser.text(By.id("pesan")))
        .isEqualTo("Hasil edisi " + run.editionKey + " tidak ditemukan atau belum diumumkan.");
    assertThat(get("/hasil/" + run.editionKey).statusCode()).isEqualTo(404);

    browser.open(url("/hasil"));
    assertThat(browser.findAll(By.id("edisi-" + run.editionKey))).isEmpty();

    browser.open(url("/katalog"));
    assertThat(browser.pageSource()).doesNotContain(run.editionKey);
    searchFor("Braille");
    assertThat(itemKeys()).isEmpty();
    assertThat(browser.text(By.id("catalogue-empty"))).startsWith("Belum ada inovasi yang sesuai");

    browser.open(url("/katalog/" + run.key("braille")));
    assertThat(browser.find(By.id("catalogue-not-found")).getText()).contains("Tidak ditemukan")
        .contains("Inovasi " + run.key("braille") + " tidak ditemukan di katalog.");
  }

  @Test
  void resultsPagesShowWinnersThenFinalistsWithCertificatesAndCsv() throws Exception {
    String key = run.editionKey;
    String braille = run.key("braille");
    String antrean = run.key("antrean");
    String arsip = run.key("arsip");

    // the list of released editions, then click through to the edition
    browser.open(url("/hasil"));
    WebElement listed = browser.find(By.id("edisi-" + key));
    assertThat(listed.findElement(By.cssSelector("td.nama")).getText())
        .isEqualTo("Kompetisi Inovasi Pelayanan Publik Uji " + run.code);
    assertThat(listed.findElement(By.cssSelector("td.tahun")).getText()).isEqualTo("2030");
    assertThat(listed.findElement(By.cssSelector("td.penyelenggara")).getText()).isEqualTo("Pemerintah Kota Uji");
    browser.clickAndWait(By.cssSelector("#edisi-" + key + " td.nama a"));
    assertThat(browser.currentPath()).isEqualTo("/hasil/" + key);
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kompetisi Inovasi Pelayanan Publik Uji " + run.code);
    assertThat(browser.text(By.id("nomor-keputusan"))).isEqualTo("188.45/99/35.73.112/2030");
    assertThat(browser.text(By.id("diumumkan"))).matches("\\d{1,2} \\p{L}+ \\d{4} pukul \\d\\d\\.\\d\\d WIB");

    // group sections in the edition's order: winners first, then finalists, scores with a decimal comma
    assertThat(browser.findAll(By.cssSelector("section.kelompok")).stream().map(s -> s.getAttribute("id")))
        .containsExactly("kelompok-perangkat-daerah", "kelompok-unit-kerja");
    WebElement pd = browser.find(By.id("kelompok-perangkat-daerah"));
    assertThat(pd.findElements(By.cssSelector("table.hasil")).stream().map(t -> t.getAttribute("class")))
        .containsExactly("hasil pemenang", "hasil finalis");
    assertThat(rowKeys(pd, "table.hasil.pemenang")).containsExactly(braille);
    assertThat(rowKeys(pd, "table.hasil.finalis")).containsExactly(antrean);
    assertRow(pd.findElement(By.id("entri-" + braille)), "1", "Layanan Pojok Braille (LAPO BRA)",
        "Dinas Perpustakaan dan Arsip Daerah", "85,00", "80,00", "83,50");
    assertRow(pd.findElement(By.id("entri-" + antrean)), "2", "Antrean Daring Puskesmas", "Puskesmas Dinoyo",
        "75,00", "80,00", "76,50");
    WebElement uk = browser.find(By.id("kelompok-unit-kerja"));
    assertThat(rowKeys(uk, "table.hasil.pemenang")).containsExactly(arsip);
    assertThat(uk.findElements(By.cssSelector("table.hasil.finalis"))).isEmpty();
    assertRow(uk.findElement(By.id("entri-" + arsip)), "1", "Arsip Kelurahan Digital", "Kecamatan Klojen", "85,00",
        "80,00", "83,50");
    // non-finalists and the refused entry are not results
    assertThat(browser.pageSource()).doesNotContain(run.key("sehat")).doesNotContain(run.key("ditolak"))
        .doesNotContain("Layanan Ditolak").doesNotContain("Kartu Sehat Warga");

    // the CSV links
    assertThat(browser.find(By.id("unduh-peringkat")).getAttribute("href")).isEqualTo(url("/hasil/" + key
        + "/peringkat.csv"));
    assertThat(browser.find(By.id("unduh-nilai")).getAttribute("href")).isEqualTo(url("/hasil/" + key + "/nilai.csv"));
    HttpResponse<byte[]> ranking = get("/hasil/" + key + "/peringkat.csv");
    assertThat(ranking.statusCode()).isEqualTo(200);
    assertThat(ranking.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv"));
    assertThat(new String(ranking.body(), StandardCharsets.UTF_8))
        .startsWith("kelompok,peringkat,status,kode,judul,instansi,nilai_akhir\r\n")
        .contains("Perangkat Daerah,1,Pemenang," + braille + ",Layanan Pojok Braille (LAPO BRA),"
            + "Dinas Perpustakaan dan Arsip Daerah,83.50\r\n");

    // the winner's certificate: a PDF naming the agency and the innovation
    String certificate = pd.findElement(By.cssSelector("#entri-" + braille + " td.piagam a")).getAttribute("href");
    assertThat(certificate).isEqualTo(url("/hasil/" + key + "/piagam/" + braille + ".pdf"));
    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(certificate)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdfText(pdf.body())).contains("Dinas Perpustakaan dan Arsip Daerah")
        .contains("Layanan Pojok Braille (LAPO BRA)");

    // follow a group's link: that group only
    browser.clickAndWait(By.cssSelector("#kelompok-unit-kerja h2 a"));
    assertThat(browser.currentPath()).isEqualTo("/hasil/" + key + "/unit-kerja");
    assertThat(browser.find(By.id("hasil-kelompok")).getAttribute("data-edition-key")).isEqualTo(key);
    assertThat(browser.findAll(By.cssSelector("section.kelompok")).stream().map(s -> s.getAttribute("id")))
        .containsExactly("kelompok-unit-kerja");
    assertThat(rowKeys(browser.find(By.id("kelompok-unit-kerja")), "table.hasil.pemenang")).containsExactly(arsip);
    assertThat(browser.pageSource()).doesNotContain(braille);
  }

  @Test
  void catalogueSearchFiltersDetailDocumentsAndReplications() throws Exception {
    String braille = run.key("braille");
    String antrean = run.key("antrean");
    String arsip = run.key("arsip");
    String sehat = run.key("sehat");

    // everything that passed screening, winners first; never the refused or the withdrawn entry
    browser.open(url("/katalog"));
    assertThat(itemKeys()).containsExactly(braille, arsip, antrean, sehat);
    assertThat(browser.pageSource()).doesNotContain(run.key("ditolak")).doesNotContain("Layanan Ditolak")
        .doesNotContain(run.key("batal"));

    // search by a word of the title, through the form
    searchFor("braille");
    assertThat(browser.currentPath()).startsWith("/katalog?");
    assertThat(itemKeys()).containsExactly(braille);
    assertThat(browser.text(By.cssSelector("#catalogue-count strong"))).isEqualTo("1");
    searchFor("Ditolak");
    assertThat(itemKeys()).isEmpty();
    assertThat(browser.find(By.id("catalogue-empty")).isDisplayed()).isTrue();

    // filters: award, group, year (the search field emptied)
    searchFor("");
    choose("award", "PEMENANG");
    submit();
    assertThat(itemKeys()).containsExactly(braille, arsip);
    assertThat(browser.findAll(By.cssSelector("#catalogue-results .award")).stream()
        .map(badge -> badge.getAttribute("data-award"))).containsOnly("PEMENANG");
    choose("award", "");
    choose("group", CatalogueEditionRun.UK);
    submit();
    assertThat(itemKeys()).containsExactly(arsip);
    choose("group", "");
    choose("award", "FINALIS");
    choose("year", "2030");
    submit();
    assertThat(itemKeys()).containsExactly(antrean);
    choose("award", "");
    submit();
    assertThat(itemKeys()).containsExactly(braille, arsip, antrean, sehat);
    assertThat(browser.find(By.cssSelector("#year option[value='2030']")).isSelected()).isTrue();

    // the detail page, by clicking
    browser.clickAndWait(By.cssSelector(".catalogue-item[data-entry-key='" + braille + "'] .catalogue-title a"));
    assertThat(browser.currentPath()).isEqualTo("/katalog/" + braille);
    assertThat(browser.text(By.id("innovation-title"))).isEqualTo("Layanan Pojok Braille (LAPO BRA)");
    assertThat(browser.text(By.cssSelector("#innovation-facts .agency")))
        .isEqualTo("Dinas Perpustakaan dan Arsip Daerah");
    assertThat(browser.text(By.cssSelector("#innovation-summary p"))).isEqualTo(
        "Layanan baca bagi penyandang tunanetra dengan koleksi buku braille dan pendampingan relawan.");
    WebElement award = browser.find(By.id("innovation-award"));
    assertThat(award.getAttribute("data-award")).isEqualTo("PEMENANG");
    assertThat(award.getText()).isEqualTo("Pemenang (peringkat 1)");
    assertThat(browser.pageSource()).doesNotContain("inovasi@dinasperpustakaandanarsipdaerah.example");

    // the documents: their links give back the uploaded bytes
    List<WebElement> documents = browser.findAll(By.cssSelector("#innovation-documents li.document a"));
    assertThat(documents).extracting(WebElement::getText).containsExactly("Proposal Inovasi Pelayanan Publik",
        "Proposal Kinerja Penyelenggara Pelayanan Publik");
    for (String[] document : new String[][] {{"proposal-inovasi", "proposal-inovasi.pdf"},
        {"proposal-kinerja", "proposal-kinerja.pdf"}}) {
      String href = browser.find(By.cssSelector("#innovation-documents li[data-document-id='" + document[0] + "'] a"))
          .getAttribute("href");
      assertThat(href).isEqualTo(url("/katalog/" + braille + "/dokumen/" + document[0]));
      HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
          assertThat(disposition).startsWith("attachment").contains(document[1]));
      assertThat(download.body()).isEqualTo(CatalogueEditionRun.uploaded(document[1],
          "Layanan Pojok Braille (LAPO BRA)"));
    }
    assertThat(browser.text(By.cssSelector("#innovation-replications .replication-count"))).isEqualTo("0");
    assertThat(browser.findAll(By.cssSelector("#innovation-replications tr.replication"))).isEmpty();

    // another agency's participant records a replication through the API; it shows after a reload
    String participant = run.participants.get("antrean");
    LocalDate today = TestClock.today();
    HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(URI.create(url("/api/catalogue/" + braille
            + "/replications")))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((participant + ":" + participant)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"agencyName\":\"Instansi Lain\",\"replicatedOn\":\"" + today
            + "\",\"note\":\"Antrean braille di dua puskesmas pembantu.\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    browser.driver().navigate().refresh();
    browser.waitUntil(() -> browser.findAll(By.cssSelector("#innovation-replications tr.replication")).size() == 1);
    WebElement replication = browser.find(By.cssSelector("#innovation-replications tr.replication"));
    assertThat(replication.findElement(By.cssSelector("td.agency")).getText()).as("the participant's own agency")
        .isEqualTo("Puskesmas Dinoyo");
    assertThat(replication.findElement(By.cssSelector("td.date")).getText())
        .isEqualTo(id.kipp.shared.Bahasa.date(today));
    assertThat(replication.findElement(By.cssSelector("td.note")).getText())
        .isEqualTo("Antrean braille di dua puskesmas pembantu.");
    assertThat(browser.text(By.cssSelector("#innovation-replications .replication-count"))).isEqualTo("1");
    assertThat(browser.pageSource()).doesNotContain(participant);

    // the refused entry has no page either
    browser.open(url("/katalog/" + run.key("ditolak")));
    assertThat(browser.find(By.id("catalogue-not-found")).getText())
        .contains("Inovasi " + run.key("ditolak") + " tidak ditemukan di katalog.");
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private void searchFor(String words) {
    browser.type(By.id("q"), words);
    submit();
  }

  private void submit() {
    browser.clickAndWait(By.id("catalogue-submit"));
  }

  private void choose(String select, String value) {
    browser.find(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
  }

  private List<String> itemKeys() {
    return browser.findAll(By.cssSelector("#catalogue-results .catalogue-item")).stream()
        .map(item -> item.getAttribute("data-entry-key")).toList();
  }

  private static List<String> rowKeys(WebElement section, String table) {
    return section.findElements(By.cssSelector(table + " tr.entri")).stream()
        .map(row -> row.getAttribute("data-entry-key")).toList();
  }

  private static void assertRow(WebElement row, String rank, String title, String agency, String desk,
      String presentation, String total) {
    assertThat(row.findElement(By.cssSelector("td.peringkat")).getText()).isEqualTo(rank);
    assertThat(row.findElement(By.cssSelector("td.kode")).getText()).isEqualTo(row.getAttribute("data-entry-key"));
    assertThat(row.findElement(By.cssSelector("td.judul")).getText()).isEqualTo(title);
    assertThat(row.findElement(By.cssSelector("td.instansi")).getText()).isEqualTo(agency);
    assertThat(row.findElement(By.cssSelector("td.nilai-proposal")).getText()).isEqualTo(desk);
    assertThat(row.findElement(By.cssSelector("td.nilai-presentasi")).getText()).isEqualTo(presentation);
    assertThat(row.findElement(By.cssSelector("td.nilai-akhir")).getText()).isEqualTo(total);
  }

  private HttpResponse<byte[]> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
