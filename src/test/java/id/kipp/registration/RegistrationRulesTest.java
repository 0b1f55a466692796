package id.kipp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

  private static final long TEN_MB = 10L * 1024 * 1024;
  private static final List<String> GROUPS = List.of("Perangkat Daerah", "Unit Kerja");
  private static final LocalDate TODAY = LocalDate.of(2019, 4, 15);
  private static final byte[] PDF_HEAD = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);

  private final RegistrationRules rules = new RegistrationRules(TEN_MB, 4000, 200);

  private static Map<String, String> validFields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("agency", "Dinas Perpustakaan dan Arsip Daerah");
    fields.put("unit", "");
    fields.put("group", "Perangkat Daerah");
    fields.put("title", "LAPO BRA: Layanan Pojok Baca Rakyat");
    fields.put("summary", "Pojok baca di ruang tunggu layanan publik.");
    fields.put("contactName", "Siti Aminah");
    fields.put("contactEmail", "siti.aminah@malangkota.go.id");
    fields.put("contactPhone", "0341-123456");
    fields.put("implementedSince", "2017-01-10");
    fields.put("videoUrl", "https://www.youtube.com/watch?v=abc123");
    for (String section : RegistrationRules.PROPOSAL_SECTIONS.keySet()) {
      fields.put(section, "Isi bagian " + section + ".");
    }
    return fields;
  }

  private static Attachment pdf(String name, long size) {
    return new Attachment(name, size, PDF_HEAD);
  }

  private static Registration registration(Map<String, String> fields) {
    return new Registration(fields, true, pdf("proposal-inovasi.pdf", 250_000), pdf("proposal-kinerja.pdf", 180_000),
        pdf("surat-pernyataan.pdf", 40_000));
  }

  private List<String> check(Registration registration) {
    return rules.check(registration, GROUPS, TODAY, true);
  }

  private List<String> checkFields(Map<String, String> fields) {
    return check(registration(fields));
  }

  @Test
  void validRegistrationHasNoProblems() {
    assertThat(check(registration(validFields()))).isEmpty();
  }

  @Test
  void optionalFieldsMayBeEmptyAndGroupIsMatchedIgnoringCase() {
    Map<String, String> fields = validFields();
    fields.remove("videoUrl");
    fields.remove("unit");
    fields.remove("contactPhone");
    fields.put("group", "  unit kerja ");
    fields.put("implementedSince", "2019-04-15");  // today is not in the future
    assertThat(checkFields(fields)).isEmpty();
  }

  @Test
  void missingProposalSection() {
    Map<String, String> fields = validFields();
    fields.put("impact", "   ");
    assertThat(checkFields(fields)).containsExactly("Bagian \"Dampak Sebelum dan Sesudah\" wajib diisi.");
  }

  @Test
  void missingRequiredTexts() {
    Map<String, String> fields = validFields();
    fields.remove("agency");
    fields.remove("title");
    fields.remove("summary");
    fields.remove("informationSystem");
    assertThat(checkFields(fields)).containsExactly(
        "Nama perangkat daerah / instansi wajib diisi.",
        "Judul inovasi wajib diisi.",
        "Ringkasan inovasi wajib diisi.",
        "Bagian \"Sistem Informasi Pelayanan Publik\" wajib diisi.");
  }

  @Test
  void tooLongTexts() {
    Map<String, String> fields = validFields();
    fields.put("title", "J".repeat(201));
    fields.put("summary", "R".repeat(3001));
    fields.put("serviceCharter", "M".repeat(4001));
    fields.put("contactName", "N".repeat(201));
    assertThat(checkFields(fields)).containsExactly(
        "Nama narahubung paling banyak 200 karakter.",
        "Judul inovasi paling banyak 200 karakter.",
        "Ringkasan inovasi paling banyak 3000 karakter.",
        "Bagian \"Maklumat Pelayanan\" paling banyak 4000 karakter.");

    fields = validFields();
    fields.put("title", "J".repeat(200));
    fields.put("summary", "R".repeat(3000));
    fields.put("serviceCharter", "M".repeat(4000));
    assertThat(checkFields(fields)).isEmpty();
  }

  @Test
  void badEmail() {
    for (String email : List.of("siti.aminah", "siti@malangkota", "siti aminah@malangkota.go.id", "@malangkota.go.id")) {
      Map<String, String> fields = validFields();
      fields.put("contactEmail", email);
      assertThat(checkFields(fields)).as(email).containsExactly("Email narahubung tidak valid.");
    }
  }

  @Test
  void implementedSinceInTheFuture() {
    Map<String, String> fields = validFields();
    fields.put("implementedSince", "2019-04-16");
    assertThat(checkFields(fields)).containsExactly("Tanggal mulai penerapan inovasi tidak boleh di masa depan.");
  }

  @Test
  void implementedSinceMissingOrMalformed() {
    for (String since : List.of("", "10-01-2017", "2017-13-01")) {
      Map<String, String> fields = validFields();
      fields.put("implementedSince", since);
      assertThat(checkFields(fields)).as(since)
          .containsExactly("Tanggal mulai penerapan inovasi wajib diisi dengan format TTTT-BB-HH.");
    }
  }

  @Test
  void badVideoUrl() {
    for (String url : List.of("youtube.com/watch?v=abc", "ftp://example.com/video.mp4", "https://", "https:/x",
        "http://exa mple.com/v", "javascript:alert(1)")) {
      Map<String, String> fields = validFields();
      fields.put("videoUrl", url);
      assertThat(checkFields(fields)).as(url)
          .containsExactly("Tautan video harus berupa alamat http:// atau https:// yang valid.");
    }
    Map<String, String> fields = validFields();
    fields.put("videoUrl", "http://drive.google.com/file/d/xyz");
    assertThat(checkFields(fields)).isEmpty();
  }

  @Test
  void declarationUnchecked() {
    Registration registration = registration(validFields());
    Registration undeclared = new Registration(registration.fields(), false, registration.innovationProposalFile(),
        registration.performanceProposalFile(), registration.declarationFile());
    assertThat(check(undeclared)).containsExactly("Pernyataan bahwa inovasi belum pernah diusulkan pada kompetisi "
        + "tingkat provinsi maupun kementerian wajib dicentang.");
  }

  @Test
  void unknownGroup() {
    Map<String, String> fields = validFields();
    fields.put("group", "Kecamatan");
    assertThat(checkFields(fields)).containsExactly(
        "Kelompok \"Kecamatan\" tidak dikenal pada edisi ini. Pilih salah satu: Perangkat Daerah, Unit Kerja.");
  }

  @Test
  void missingGroupIsReportedOnce() {
    Map<String, String> fields = validFields();
    fields.remove("group");
    assertThat(checkFields(fields)).containsExactly("Kelompok peserta wajib diisi.");
  }

  @Test
  void nonPdfFile() {
    Registration registration = new Registration(validFields(), true,
        new Attachment("proposal.docx", 250_000, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}),
        pdf("proposal-kinerja.pdf", 180_000),
        new Attachment("pernyataan.pdf", 40_000, "%PDF".getBytes(StandardCharsets.US_ASCII)));  // head too short
    assertThat(check(registration)).containsExactly(
        "Berkas Proposal Inovasi Pelayanan Publik harus berupa berkas PDF.",
        "Surat pernyataan harus berupa berkas PDF.");
  }

  @Test
  void oversizeAndEmptyFiles() {
    Registration registration = new Registration(validFields(), true,
        pdf("proposal-inovasi.pdf", TEN_MB),          // exactly 10 MB is allowed
        pdf("proposal-kinerja.pdf", TEN_MB + 1),
        new Attachment("pernyataan.pdf", 0, new byte[0]));
    assertThat(check(registration)).containsExactly(
        "Berkas Proposal Kinerja Penyelenggara Pelayanan Publik terlalu besar: paling besar 10 MB.",
        "Surat pernyataan kosong.");
  }

  @Test
  void oversizeNonPdfGetsBothMessages() {
    Registration registration = new Registration(validFields(), true,
        new Attachment("video.mp4", TEN_MB * 3, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'}),
        pdf("proposal-kinerja.pdf", 1000), pdf("pernyataan.pdf", 1000));
    assertThat(check(registration)).containsExactly(
        "Berkas Proposal Inovasi Pelayanan Publik terlalu besar: paling besar 10 MB.",
        "Berkas Proposal Inovasi Pelayanan Publik harus berupa berkas PDF.");
  }

  @Test
  void missingFilesAreRequiredOnFirstRegistration() {
    Registration registration = new Registration(validFields(), true, null, pdf("proposal-kinerja.pdf", 1000), null);
    assertThat(rules.check(registration, GROUPS, TODAY, true)).containsExactly(
        "Berkas Proposal Inovasi Pelayanan Publik (PDF) wajib diunggah.",
        "Surat pernyataan (PDF) wajib diunggah.");
  }

  @Test
  void missingFilesAreAllowedInARevision() {
    Registration registration = new Registration(validFields(), true, null, null, null);
    assertThat(rules.check(registration, GROUPS, TODAY, false)).isEmpty();

    Registration badReplacement = new Registration(validFields(), true, null,
        new Attachment("kinerja.txt", 10, "hello".getBytes(StandardCharsets.US_ASCII)), null);
    assertThat(rules.check(badReplacement, GROUPS, TODAY, false))
        .containsExactly("Berkas Proposal Kinerja Penyelenggara Pelayanan Publik harus berupa berkas PDF.");
  }

  @Test
  void everyProblemAtOnce() {
    Map<String, String> fields = new HashMap<>();
    fields.put("contactEmail", "bukan-email");
    fields.put("videoUrl", "www.youtube.com");
    Registration registration = new Registration(fields, false, null, null, null);
    // agency, group, contactName (3 required texts; email present), title, summary, 10 sections = 15,
    // + bad email, implementedSince missing, video, declaration, 3 files = 22
    List<String> problems = check(registration);
    assertThat(problems).hasSize(22);
    assertThat(problems).contains("Email narahubung tidak valid.", "Surat pernyataan (PDF) wajib diunggah.",
        "Bagian \"Survei Kepuasan Masyarakat (SKM)\" wajib diisi.");
  }

  @Test
  void pdfMagicBytes() {
    assertThat(pdf("a.pdf", 1).looksLikePdf()).isTrue();
    assertThat(new Attachment("a.pdf", 1, "%PDF-".getBytes(StandardCharsets.US_ASCII)).looksLikePdf()).isTrue();
    assertThat(new Attachment("a.pdf", 1, "%PDF".getBytes(StandardCharsets.US_ASCII)).looksLikePdf()).isFalse();
    assertThat(new Attachment("a.pdf", 1, "%pdf-1.4".getBytes(StandardCharsets.US_ASCII)).looksLikePdf()).isFalse();
    assertThat(new Attachment("a.pdf", 1, null).looksLikePdf()).isFalse();
  }

  @Test
  void htmlOrScriptInTextIsRefused() {
    Map<String, String> fields = validFields();
    fields.put("title", "<script>alert('x')</script>Layanan");
    fields.put("problemAnalysis", "Masalah <b>besar</b>");
    fields.put("summary", "Nilai 3 < 5 dan 7 > 2 tetap boleh ditulis");
    assertThat(check(registration(fields))).containsExactly(
        "Judul inovasi tidak boleh berisi kode HTML atau skrip (tanda < diikuti huruf, /, ! atau ?).",
        "Bagian \"Analisa Masalah\" tidak boleh berisi kode HTML atau skrip (tanda < diikuti huruf, /, ! atau ?).");
  }
}
