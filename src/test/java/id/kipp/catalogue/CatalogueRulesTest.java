package id.kipp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The catalogue's plain rules: replication checks, queries, settings, downloads. */
class CatalogueRulesTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

  static CatalogueEntry entry(LocalDate openedOn) {
    return new CatalogueEntry("MALANG-2019-0007", "MALANG-2019", "KIPP Kota Malang 2019", 2019, "Pemerintah Kota Malang",
        openedOn, "Layanan Pojok Braille", "Dinas Perpustakaan dan Arsip Daerah", "dispussipda", null,
        "Perangkat Daerah", "Ringkasan", LocalDate.of(2017, 1, 2), null, Award.PEMENANG, 1, 0);
  }

  @Test
  void aValidReplicationHasNoProblems() {
    assertThat(ReplicationRules.check(entry(LocalDate.of(2019, 5, 1)), "Dinas Kominfo Kota Batu", null, "2019-05-01",
        "Diterapkan di dua desa.", TODAY)).isEmpty();
    assertThat(ReplicationRules.check(entry(LocalDate.of(2019, 5, 1)), "Dinas Kominfo Kota Batu", null, "2024-06-10",
        null, TODAY)).as("today").isEmpty();
  }

  @Test
  void everyProblemAtOnce() {
    assertThat(ReplicationRules.check(entry(LocalDate.of(2019, 5, 1)), " ", null, "10-06-2024",
        "x".repeat(2001), TODAY)).containsExactly("Nama instansi yang mereplikasi wajib diisi.",
        "Tanggal replikasi wajib diisi dengan format TTTT-BB-HH.", "Catatan paling banyak 2000 karakter.");
    assertThat(ReplicationRules.check(entry(LocalDate.of(2019, 5, 1)), "<b>Dinas</b>", null, "2024-06-11",
        "<script>", TODAY)).containsExactly("Nama instansi tidak boleh berisi kode HTML atau skrip.",
        "Tanggal replikasi tidak boleh di masa depan.", "Catatan tidak boleh berisi kode HTML atau skrip.");
  }

  @Test
  void notBeforeTheEditionOpened() {
    assertThat(ReplicationRules.check(entry(LocalDate.of(2019, 5, 1)), "Dinas Lain", null, "2019-04-30", null, TODAY))
        .containsExactly("Tanggal replikasi tidak boleh sebelum edisi MALANG-2019 dibuka (1 Mei 2019).");
    // the opening day unknown: 1 January of the edition's year
    assertThat(ReplicationRules.check(entry(null), "Dinas Lain", null, "2018-12-31", null, TODAY))
        .containsExactly("Tanggal replikasi tidak boleh sebelum edisi MALANG-2019 dibuka (1 Januari 2019).");
  }

  @Test
  void theInnovatingAgencyDoesNotReplicateItself() {
    String own = "Instansi pengusul tidak dapat dicatat mereplikasi inovasinya sendiri.";
    assertThat(ReplicationRules.check(entry(null), "dinas  perpustakaan dan ARSIP daerah", null, "2020-01-01", null,
        TODAY)).containsExactly(own);
    assertThat(ReplicationRules.check(entry(null), "Dispussipda Kota Malang", "dispussipda", "2020-01-01", null,
        TODAY)).containsExactly(own);
  }

  @Test
  void agencyKeyIgnoresCaseAndSpaces() {
    assertThat(ReplicationRules.agencyKey("  Dinas   Kominfo\tKota Batu ")).isEqualTo("dinas kominfo kota batu");
  }

  @Test
  void queryWordsAndFilters() {
    CatalogueQuery query = CatalogueQuery.of("  Pojok   BRAILLE ", " ", "Unit Kerja", "2019", "pemenang", "x");
    assertThat(query.words()).containsExactly("pojok", "braille");
    assertThat(query.agency()).isNull();
    assertThat(query.year()).isEqualTo(2019);
    assertThat(query.award()).isEqualTo(Award.PEMENANG);
    assertThat(query.page()).isEqualTo(1);
    assertThat(CatalogueQuery.of(null, null, null, "tahun", "juara", "-3").award()).isNull();
    assertThat(CatalogueQuery.of("a b c d e f g h i j k l", null, null, null, null, null).words()).hasSize(10);
  }

  @Test
  void searchAddressKeepsTheFilters() {
    assertThat(CataloguePageController.url(CatalogueQuery.of("a+b & c", "Dinas", "Unit Kerja", "2019", "FINALIS", "3")))
        .isEqualTo("/katalog?q=a%2Bb+%26+c&agency=Dinas&group=Unit+Kerja&year=2019&award=FINALIS&page=3");
    assertThat(CataloguePageController.url(CatalogueQuery.of(null, null, null, null, null, "1"))).isEqualTo("/katalog");
  }

  @Test
  void likeWildcardsAreEscaped() {
    assertThat(CatalogueRepository.contains("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
  }

  @Test
  void storedMimeType() {
    assertThat(CataloguePublication.mimeType("application/pdf#")).isEqualTo("application/pdf");
    assertThat(CataloguePublication.mimeType("application/pdf#UTF-8")).isEqualTo("application/pdf");
    assertThat(CataloguePublication.mimeType("#")).isNull();
    assertThat(CataloguePublication.mimeType(null)).isNull();
  }

  @Test
  void downloadsAreAttachmentsNeverActiveContent() {
    ResponseEntity<byte[]> pdf = CataloguePageController.download(content("Proposal Inovasi.pdf", "application/pdf"));
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"Proposal Inovasi.pdf\"");
    assertThat(pdf.getHeaders().getContentLength()).isEqualTo(5);

    ResponseEntity<byte[]> html = CataloguePageController.download(content("C:\\data\\x.html", "text/html"));
    assertThat(html.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
    assertThat(html.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"x.html\"");
    assertThat(html.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(html.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
    assertThat(CataloguePageController.download(content("x", "bukan/tipe/sah")).getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_OCTET_STREAM);

    String disposition = CataloguePageController.download(content("proposal \"baru\"\r\nä.pdf", "application/pdf"))
        .getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n")
        .contains("filename*=UTF-8''proposal%20%22baru%22%C3%A4.pdf");
  }

  @Test
  void personalDocumentsAreNeverConfiguredForPublication() {
    assertThat(new CatalogueProperties(null, null).documents()).extracting(CatalogueProperties.Document::variable)
        .containsExactly("innovationProposalFile", "performanceProposalFile");
    assertThat(new CatalogueProperties(0, null).pageSize()).isEqualTo(20);
    assertThatThrownBy(() -> new CatalogueProperties(20,
        List.of(new CatalogueProperties.Document("declarationFile", "surat-pernyataan", "Surat pernyataan"))))
        .hasMessageContaining("declarationFile is a personal document");
    assertThatThrownBy(() -> new CatalogueProperties(20,
        List.of(new CatalogueProperties.Document("innovationProposalFile", "Proposal Inovasi", "Proposal"))))
        .hasMessageContaining("lower-case letters");
  }

  private static CatalogueRepository.Content content(String filename, String type) {
    return new CatalogueRepository.Content(new CatalogueDocument("proposal-inovasi", "Proposal", filename, type, 5),
        "%PDF-".getBytes(StandardCharsets.US_ASCII));
  }
}
