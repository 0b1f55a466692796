package id.kipp.catalogue;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue over HTTP on one edition driven to its end ({@link CatalogueEditionRun}): nothing of it is visible
 * before its results are published; afterwards the pages, filters, search, downloads and the replication API.
 * Two results per page, so that paging shows with four innovations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-catalogue-test;DB_CLOSE_DELAY=-1",
        "kipp.catalogue.page-size=2"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueWebTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final Pattern ITEM = Pattern.compile("class=\"card catalogue-item\" data-entry-key=\"([^\"]+)\"");

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  CatalogueEditionRun run;

  /** One edition for both tests (the replication test records on another innovation than the one browsed). */
  @BeforeAll
  void driveEditionToItsEnd() {
    run = new CatalogueEditionRun(engine);
    run.driveToEnd(() -> {
      nothingVisibleOf(run);
      assertProblem(post(run.secretariat, run.key("antrean"), Map.of()), HttpStatus.NOT_FOUND,
          "tidak ditemukan di katalog");
    });
  }

  @Test
  void catalogueShowsPublishedEditionsOnly() throws Exception {

    String braille = run.key("braille");
    String arsip = run.key("arsip");
    String antrean = run.key("antrean");
    String sehat = run.key("sehat");

    // search page: year desc, then award (winners by rank, then group), two per page
    ResponseEntity<String> first = http.getForEntity("/katalog", String.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(first.getBody()).contains("<strong>4</strong> inovasi ditemukan", "halaman 1 dari 2",
        "Layanan Pojok Braille (LAPO BRA)", "Pemenang (peringkat 1)", "Dinas Perpustakaan dan Arsip Daerah",
        "href=\"/katalog/" + braille + "\"", "href=\"/katalog?page=2\"");
    assertThat(keys(first.getBody())).containsExactly(braille, arsip);
    assertThat(keys(page("/katalog?page=2"))).containsExactly(antrean, sehat);
    assertThat(page("/katalog?page=2")).contains("Finalis (peringkat 2)", "Peserta", "href=\"/katalog\"");

    // filters and search; the refused entry is never found
    assertThat(keys(page("/katalog?award=PEMENANG"))).containsExactly(braille, arsip);
    assertThat(keys(page("/katalog?award=finalis"))).containsExactly(antrean);
    assertThat(keys(page("/katalog?group=Unit+Kerja"))).containsExactly(arsip);
    assertThat(keys(page("/katalog?agency=perpustakaan"))).containsExactly(braille);
    assertThat(keys(page("/katalog?year=2030&award=PESERTA"))).containsExactly(sehat);
    assertThat(keys(page("/katalog?year=2029"))).isEmpty();
    assertThat(page("/katalog?year=2029")).contains("Belum ada inovasi yang sesuai");
    assertThat(keys(page("/katalog?q=BRAILLE"))).containsExactly(braille);
    assertThat(keys(page("/katalog?q=tunanetra+relawan"))).as("words of the summary").containsExactly(braille);
    assertThat(keys(page("/katalog?q=kartu+terpadu"))).as("revised title").containsExactly(sehat);
    assertThat(keys(page("/katalog?q=ditolak"))).isEmpty();
    assertThat(keys(page("/katalog?q=%25"))).as("a wildcard is a plain character").isEmpty();
    String filtered = page("/katalog?q=layanan&group=Perangkat+Daerah&award=PEMENANG");
    assertThat(keys(filtered)).containsExactly(braille);
    assertThat(filtered).contains("value=\"layanan\"", "<option value=\"PEMENANG\" selected=\"selected\">Pemenang");

    // one innovation: facts, summary, sections, documents; no contact data, no declaration
    ResponseEntity<String> detail = http.getForEntity("/katalog/" + braille, String.class);
    assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(detail.getBody()).contains("<h1 id=\"innovation-title\">Layanan Pojok Braille (LAPO BRA)</h1>",
        "Dinas Perpustakaan dan Arsip Daerah", "Perangkat Daerah", "Pemenang (peringkat 1)", "(<span class=\"year\">2030",
        "Layanan baca bagi penyandang tunanetra", "Proposal Inovasi Pelayanan Publik", "Analisa Masalah",
        "Masalah pelayanan yang dijawab oleh Layanan Pojok Braille", "Sistem Informasi Pelayanan Publik",
        "href=\"/katalog/" + braille + "/dokumen/proposal-inovasi\"",
        "href=\"/katalog/" + braille + "/dokumen/proposal-kinerja\"", "https://video.example/inovasi",
        "2 Januari 2017", "Belum ada instansi yang tercatat mereplikasi inovasi ini.");
    assertThat(detail.getBody()).doesNotContain("Narahubung", "inovasi@", "0341-000000", "surat-pernyataan",
        "Surat pernyataan");

    // documents: original name and type, the uploaded bytes (the revised one for the revised entry)
    ResponseEntity<byte[]> pdf = http.getForEntity("/katalog/" + braille + "/dokumen/proposal-inovasi", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"proposal-inovasi.pdf\"");
    assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(pdf.getBody()).isEqualTo(CatalogueEditionRun.uploaded("proposal-inovasi.pdf",
        "Layanan Pojok Braille (LAPO BRA)"));
    ResponseEntity<byte[]> revised = http.getForEntity("/katalog/" + sehat + "/dokumen/proposal-inovasi",
        byte[].class);
    assertThat(revised.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"proposal-inovasi-revisi.pdf\"");
    assertThat(revised.getBody()).isEqualTo(CatalogueEditionRun.bytes(run.revisedFile));
    for (String hidden : List.of("surat-pernyataan", "declarationFile", "tidak-ada")) {
      ResponseEntity<String> refused = http.getForEntity("/katalog/" + braille + "/dokumen/" + hidden, String.class);
      assertThat(refused.getStatusCode()).as(hidden).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getBody()).contains("Dokumen " + hidden + " tidak ditemukan");
    }
    assertThat(http.getForEntity("/katalog/" + run.key("batal"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> refusedEntry = http.getForEntity("/katalog/" + run.key("ditolak"), String.class);
    assertThat(refusedEntry.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refusedEntry.getBody()).contains("Inovasi " + run.key("ditolak") + " tidak ditemukan di katalog.");

    // JSON search and detail, public
    JsonNode found = json.readTree(http.getForEntity("/api/catalogue?q=braille", String.class).getBody());
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("entryKey").asText()).isEqualTo(braille);
    assertThat(found.get("items").get(0).get("award").asText()).isEqualTo("PEMENANG");
    assertThat(found.get("items").get(0).get("finalRank").asInt()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("replicationCount").asInt()).isZero();
    JsonNode all = json.readTree(http.getForEntity("/api/catalogue?page=2", String.class).getBody());
    assertThat(all.get("totalPages").asInt()).isEqualTo(2);
    assertThat(all.get("items").findValuesAsText("entryKey")).containsExactly(antrean, sehat);
    JsonNode one = json.readTree(http.getForEntity("/api/catalogue/" + braille, String.class).getBody());
    assertThat(one.get("documents").findValuesAsText("documentId")).containsExactly("proposal-inovasi",
        "proposal-kinerja");
    assertThat(one.get("sections").get("Proposal Inovasi Pelayanan Publik")).hasSize(5);
    assertThat(one.toString()).doesNotContain("Narahubung", "inovasi@", "declaration");
  }

  @Test
  void replicationsAreRecordedByTheSecretariatOrTheReplicatingAgency() throws Exception {
    String antrean = run.key("antrean");
    String today = TestClock.today().toString();
    Map<String, Object> valid = Map.of("agencyName", "Dinas Kominfo Kota Batu", "replicatedOn", today,
        "note", "Diterapkan di dua perpustakaan desa.");

    // who may record
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> anonymous = http.postForEntity("/api/catalogue/" + antrean + "/replications",
        new HttpEntity<>(json.writeValueAsString(valid), headers), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String juror = run.jurors.get(0);
    ResponseEntity<String> jurorRefused = post(juror, antrean, valid);
    assertThat(jurorRefused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jurorRefused.getBody()).contains("Anda tidak berwenang");

    // the secretariat, for any agency
    ResponseEntity<String> created = post(run.secretariat, antrean, valid);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode record = json.readTree(created.getBody());
    assertThat(record.get("agencyName").asText()).isEqualTo("Dinas Kominfo Kota Batu");
    assertThat(record.get("agencyId").isNull()).isTrue();
    assertThat(record.get("replicatedOn").asText()).isEqualTo(today);
    assertThat(record.get("recordedBy").asText()).isEqualTo(run.secretariat);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/catalogue/" + antrean);

    // validation, in Bahasa Indonesia
    assertProblem(post(run.secretariat, antrean, Map.of("agencyName", " dinas   kominfo kota batu ",
        "replicatedOn", today)), HttpStatus.CONFLICT, "sudah tercatat");
    assertProblem(post(run.secretariat, "TIDAKADA-2030-0001", valid), HttpStatus.NOT_FOUND,
        "Inovasi TIDAKADA-2030-0001 tidak ditemukan di katalog.");
    assertProblem(post(run.secretariat, run.key("ditolak"), valid), HttpStatus.NOT_FOUND, "tidak ditemukan");
    assertProblem(post(run.secretariat, antrean, Map.of("agencyName", "Dinas Lain",
        "replicatedOn", TestClock.today().plusDays(1).toString())), HttpStatus.BAD_REQUEST,
        "Tanggal replikasi tidak boleh di masa depan.");
    assertProblem(post(run.secretariat, antrean, Map.of("agencyName", "Dinas Lain",
        "replicatedOn", TestClock.today().minusDays(2).toString())), HttpStatus.BAD_REQUEST,
        "Tanggal replikasi tidak boleh sebelum edisi " + run.editionKey + " dibuka");
    ResponseEntity<String> several = post(run.secretariat, antrean, Map.of("replicatedOn", "01-05-2030",
        "note", "<script>alert(1)</script>"));
    assertProblem(several, HttpStatus.BAD_REQUEST, "Nama instansi yang mereplikasi wajib diisi.");
    assertThat(json.readTree(several.getBody()).get("problems")).hasSize(3);
    assertProblem(post(run.secretariat, antrean, Map.of("agencyId", "tidak-ada", "replicatedOn", today)),
        HttpStatus.BAD_REQUEST, "Instansi dengan id \"tidak-ada\" tidak dikenal.");
    assertProblem(post(run.secretariat, antrean, Map.of("agencyName", "Puskesmas Dinoyo",
        "replicatedOn", today)), HttpStatus.BAD_REQUEST, "tidak dapat dicatat mereplikasi inovasinya sendiri");
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.APPLICATION_JSON);
    text.setBasicAuth(run.secretariat, run.secretariat);
    assertProblem(http.postForEntity("/api/catalogue/" + antrean + "/replications", new HttpEntity<>("{bukan json",
        text), String.class), HttpStatus.BAD_REQUEST, "Isi permintaan harus berupa JSON");

    // a participant records for their own agency, whatever the request names
    String klojen = run.participants.get("arsip");
    ResponseEntity<String> own = post(klojen, antrean, Map.of("agencyName", "Dinas Lain", "agencyId", "lain",
        "replicatedOn", today));
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(own.getBody()).get("agencyName").asText()).isEqualTo("Kecamatan Klojen");
    assertThat(json.readTree(own.getBody()).get("agencyId").asText()).isEqualTo(run.agencyIds.get("arsip"));
    assertProblem(post(klojen, antrean, Map.of("replicatedOn", today)), HttpStatus.CONFLICT, "sudah tercatat");
    assertProblem(post(run.participants.get("antrean"), antrean, Map.of("replicatedOn", today)),
        HttpStatus.BAD_REQUEST, "inovasinya sendiri");
    String withoutAgency = run.participant("tanpainstansi");
    assertProblem(post(withoutAgency, antrean, valid), HttpStatus.FORBIDDEN,
        "tidak terhubung dengan tepat satu instansi");

    // shown on the detail page, counted in the results and the JSON
    String detail = http.getForEntity("/katalog/" + antrean, String.class).getBody();
    assertThat(detail).contains("Dinas Kominfo Kota Batu", "Kecamatan Klojen", "Diterapkan di dua perpustakaan desa.",
        id.kipp.shared.Bahasa.date(TestClock.today()));
    assertThat(detail).doesNotContain(run.secretariat);
    assertThat(page("/katalog?q=antrean+daring")).contains("Direplikasi oleh 2 instansi");
    JsonNode found = json.readTree(http.getForEntity("/api/catalogue?q=antrean", String.class).getBody());
    assertThat(found.get("items").get(0).get("replicationCount").asInt()).isEqualTo(2);
    JsonNode one = json.readTree(http.getForEntity("/api/catalogue/" + antrean, String.class).getBody());
    assertThat(one.get("replications").findValuesAsText("agencyName"))
        .containsExactlyInAnyOrder("Dinas Kominfo Kota Batu", "Kecamatan Klojen");
    assertThat(one.toString()).doesNotContain(run.secretariat, "recordedBy");
  }

  /** Before publication: no page, document, search result or JSON of the edition. */
  private void nothingVisibleOf(CatalogueEditionRun run) {
    for (String plan : CatalogueEditionRun.PLANS.keySet()) {
      String key = run.key(plan);
      ResponseEntity<String> detail = http.getForEntity("/katalog/" + key, String.class);
      assertThat(detail.getStatusCode()).as(key).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(detail.getBody()).contains("Inovasi " + key + " tidak ditemukan di katalog.");
      assertThat(http.getForEntity("/katalog/" + key + "/dokumen/proposal-inovasi", String.class).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<String> api = http.getForEntity("/api/catalogue/" + key, String.class);
      assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(api.getBody()).contains("tidak ditemukan di katalog");
    }
    assertThat(keys(page("/katalog"))).noneMatch(key -> key.startsWith(run.editionKey));
    assertThat(page("/katalog?q=braille")).doesNotContain("Layanan Pojok Braille");
    assertThat(http.getForEntity("/api/catalogue?q=braille", String.class).getBody()).contains("\"total\":0");
  }

  private ResponseEntity<String> post(String user, String entryKey, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user);
    try {
      return http.postForEntity("/api/catalogue/" + entryKey + "/replications",
          new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String message) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    try {
      assertThat(json.readTree(response.getBody()).get("message").asText()).contains(message);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  private String page(String url) {
    ResponseEntity<String> response = http.getForEntity(url, String.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static List<String> keys(String html) {
    List<String> keys = new ArrayList<>();
    Matcher matcher = ITEM.matcher(html);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }
}
