package id.kipp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates, rendered with Thymeleaf's TEXT mode, and their replacement from a directory. */
class NotificationTemplatesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final List<String> TEMPLATES = List.of("pendaftaran-diterima", "perbaikan-diminta", "lolos-seleksi",
      "tidak-lolos-seleksi", "finalis", "tidak-masuk-finalis", "hasil-pemenang", "hasil-finalis", "juri-penugasan",
      "juri-pengingat", "juri-terlambat", "sekretariat-penilaian-terlambat");

  final NotificationModels models = new NotificationModels(JAKARTA, "https://kipp.example.go.id");
  final NotificationModels.Edition edition = new NotificationModels.Edition("MALANG-2019",
      "Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019", "Pemerintah Kota Malang");

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, JAKARTA).toInstant());
  }

  static NotificationFacts facts(String presentationSlot, boolean blind) {
    return new NotificationFacts("MALANG-2019-0007", "MALANG-2019", "Layanan Pojok Braille (LAPO BRA)",
        "Dinas Perpustakaan dan Arsip Daerah", null, "Perangkat Daerah", "Ibu Sari", "sari@dispussipda.example",
        "dispussipda", "Lampirkan surat pernyataan yang ditandatangani kepala dinas.", at(2019, 6, 10, 23, 59), 2L,
        at(2019, 10, 1, 9, 20), presentationSlot, 1L, 81.5, true, "juri2", at(2019, 7, 5, 23, 59), blind);
  }

  Map<String, Object> model(Audience audience, NotificationFacts facts) {
    return models.model(audience, facts, new Recipient("penerima@contoh.go.id", "Ibu Sari"), edition,
        new Person("juri2", "Dr. Budi Santoso", "juri2@contoh.go.id"));
  }

  @Test
  void everyBuiltInTemplateRendersForItsAudienceWithASubjectLine() {
    NotificationTemplates templates = new NotificationTemplates("");
    for (String name : TEMPLATES) {
      Audience audience = name.startsWith("juri-") ? Audience.JUROR
          : name.startsWith("sekretariat-") ? Audience.SECRETARIAT : Audience.PARTICIPANTS;
      NotificationTemplates.Rendered rendered = templates.render(name, model(audience, facts(null, true)));
      assertThat(rendered.subject()).as(name).contains("MALANG-2019-0007").doesNotContain("\n").doesNotContain("[[");
      assertThat(rendered.body()).as(name).doesNotContain("[[").doesNotContain("[/]").doesNotContain("null")
          .contains("Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019").startsWith("Yth. ");
      assertThat(templates.source(name)).isEqualTo("classpath:notifications/" + name + ".txt");
    }
  }

  @Test
  void revisionRequestCarriesTheReasonsAndTheDeadlineInBahasa() {
    NotificationTemplates.Rendered rendered = new NotificationTemplates(null)
        .render("perbaikan-diminta", model(Audience.PARTICIPANTS, facts(null, true)));
    assertThat(rendered.subject())
        .isEqualTo("Perbaikan pendaftaran diperlukan — MALANG-2019-0007: Layanan Pojok Braille (LAPO BRA)");
    assertThat(rendered.body()).startsWith("Yth. Ibu Sari,\n\n")
        .contains("Lampirkan surat pernyataan yang ditandatangani kepala dinas.")
        .contains("Batas waktu perbaikan: Senin, 10 Juni 2019 pukul 23.59 WIB")
        .contains("https://kipp.example.go.id/camunda/app/tasklist/default/");
  }

  @Test
  void finalistMessageShowsTheSlotWhenOneIsSetElseTheDay() {
    NotificationTemplates templates = new NotificationTemplates(null);
    assertThat(templates.render("finalis", model(Audience.PARTICIPANTS,
        facts("Selasa, 1 Oktober 2019 pukul 09.20–09.40 WIB", true))).body())
        .contains("Jadwal presentasi Anda: Selasa, 1 Oktober 2019 pukul 09.20–09.40 WIB").doesNotContain("Tanggal presentasi");
    assertThat(templates.render("finalis", model(Audience.PARTICIPANTS, facts(null, true))).body())
        .contains("Tanggal presentasi: Selasa, 1 Oktober 2019. Jam sesi Anda akan disampaikan kemudian.")
        .doesNotContain("Jadwal presentasi Anda");
  }

  @Test
  void resultsCarryRankAndScoreWithADecimalComma() {
    String body = new NotificationTemplates(null).render("hasil-pemenang", model(Audience.PARTICIPANTS, facts(null, true)))
        .body();
    assertThat(body).contains("Peringkat akhir : 1").contains("Nilai akhir     : 81,50").contains("PEMENANG");
  }

  @Test
  void jurorMessageOfABlindEditionNamesNeitherAgencyNorContact() {
    NotificationTemplates templates = new NotificationTemplates(null);
    String blind = templates.render("juri-penugasan", model(Audience.JUROR, facts(null, true))).body();
    assertThat(blind).startsWith("Yth. Dr. Budi Santoso,").contains("Batas waktu       : Jumat, 5 Juli 2019 pukul 23.59 WIB")
        .doesNotContain("Instansi").doesNotContain("Dinas Perpustakaan").doesNotContain("Ibu Sari")
        .doesNotContain("sari@");
    String open = templates.render("juri-penugasan", model(Audience.JUROR, facts(null, false))).body();
    assertThat(open).contains("Instansi          : Dinas Perpustakaan dan Arsip Daerah").doesNotContain("Ibu Sari");
  }

  @Test
  void aFileInTheTemplateDirectoryReplacesTheBuiltInOneAtOnce(@TempDir Path dir) throws Exception {
    NotificationTemplates templates = new NotificationTemplates(dir.toString());
    Map<String, Object> model = model(Audience.PARTICIPANTS, facts(null, true));
    assertThat(templates.render("lolos-seleksi", model).subject()).startsWith("Inovasi lolos seleksi administrasi");

    Files.writeString(dir.resolve("lolos-seleksi.txt"), "[[${entry.key}]] lolos!\n\nHalo [[${recipient.name}]].\n"
        + "[# th:if=\"${entry.agency}\"]Instansi: [[${entry.agency}]][/]\n", StandardCharsets.UTF_8);
    NotificationTemplates.Rendered changed = templates.render("lolos-seleksi", model);
    assertThat(changed).isEqualTo(new NotificationTemplates.Rendered("MALANG-2019-0007 lolos!",
        "Halo Ibu Sari.\nInstansi: Dinas Perpustakaan dan Arsip Daerah\n"));
    assertThat(templates.source("lolos-seleksi")).isEqualTo(dir.resolve("lolos-seleksi.txt").toAbsolutePath().toString());
    // the other templates keep their built-in text
    assertThat(templates.render("finalis", model).subject()).startsWith("Selamat, inovasi Anda masuk finalis");

    Files.writeString(dir.resolve("lolos-seleksi.txt"), "Diubah lagi [[${entry.key}]]\n\nIsi.", StandardCharsets.UTF_8);
    assertThat(templates.render("lolos-seleksi", model).subject()).isEqualTo("Diubah lagi MALANG-2019-0007");
  }

  @Test
  void aBrokenTemplateIsReportedNotRendered(@TempDir Path dir) throws Exception {
    NotificationTemplates templates = new NotificationTemplates(dir.toString());
    Map<String, Object> model = model(Audience.PARTICIPANTS, facts(null, true));
    Files.writeString(dir.resolve("finalis.txt"), "Subjek [[${entry.nonexistent}]]\n\nIsi", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> templates.render("finalis", model)).hasMessageContaining("nonexistent");
    Files.writeString(dir.resolve("finalis.txt"), "\n\nTanpa subjek", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> templates.render("finalis", model)).hasMessageContaining("no subject");
    assertThatThrownBy(() -> templates.render("tidak-ada", model)).hasMessageContaining("tidak-ada");
    assertThatThrownBy(() -> templates.render("../application", model)).hasMessageContaining("Invalid template name");
  }

  @Test
  void templatesCannotReachJavaClasses(@TempDir Path dir) throws Exception {
    NotificationTemplates templates = new NotificationTemplates(dir.toString());
    Files.writeString(dir.resolve("finalis.txt"), "[[${T(java.lang.System).getProperty('user.home')}]]\n\nIsi",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> templates.render("finalis", model(Audience.PARTICIPANTS, facts(null, true))))
        .hasMessageContaining("access to static classes").hasMessageContaining("line 1");
  }
}
