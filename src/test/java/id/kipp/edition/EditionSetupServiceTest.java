package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kipp.shared.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditionSetupServiceTest {

  private static final List<String> JUROR_GROUP = List.of("juri3", "juri1", "juri4", "juri2");

  private final EditionSetupService service = new EditionSetupService();

  /** The start form as Tasklist submits it: numbers as Integer, dates as YYYY-MM-DD text. */
  private static Map<String, Object> validForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("editionCode", "MALANG");
    form.put("year", 2019);
    form.put("editionName", "Kompetisi Inovasi Pelayanan Publik Kota Malang 2019");
    form.put("organiser", "Bagian Organisasi Sekretariat Daerah Kota Malang");
    form.put("groupsText", " Perangkat Daerah ,  Unit   Kerja Perangkat Daerah,, ");
    form.put("registrationOpens", "2019-03-01");
    form.put("registrationCloses", "2019-05-31");
    form.put("evaluationDeadline", "2019-06-30");
    form.put("presentationDate", "2019-07-15");
    form.put("finalistsPerGroup", 5);
    form.put("winnersPerGroup", 3);
    form.put("jurorsPerEntry", 3);
    form.put("jurorIdsText", "");
    return form;
  }

  private RuleViolation violation(Map<String, Object> form, List<String> jurorGroup) {
    RuleViolation violation = catchThrowableOfType(() -> service.validate(form, jurorGroup), RuleViolation.class);
    assertThat(violation).as("expected a RuleViolation").isNotNull();
    return violation;
  }

  @Test
  void optionalStagesAreOffUnlessChosenAndTheObjectionPeriodIsChecked() {
    assertThat(service.optionalStages(validForm())).isEqualTo(new OptionalStages(false, false, 5));
    Map<String, Object> form = validForm();
    form.put("publicObjectionStage", true);
    form.put("objectionDays", 10L);
    form.put("fieldVerificationStage", "true");
    assertThat(service.optionalStages(form)).isEqualTo(new OptionalStages(true, true, 10));
    form.put("objectionDays", 0L);
    assertThatThrownBy(() -> service.validate(form, JUROR_GROUP)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Lama masa uji publik wajib bilangan bulat 1 sampai 60 hari.");
    // without uji publik its period is not asked for
    form.put("publicObjectionStage", false);
    assertThat(service.optionalStages(form)).isEqualTo(new OptionalStages(false, true, 5));
  }

  @Test
  void validFormGivesTheSettings() {
    EditionSettings settings = service.validate(validForm(), JUROR_GROUP);

    assertThat(settings).isEqualTo(new EditionSettings(
        "MALANG-2019", "MALANG", 2019,
        "Kompetisi Inovasi Pelayanan Publik Kota Malang 2019",
        "Bagian Organisasi Sekretariat Daerah Kota Malang",
        List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah"),
        List.of("juri1", "juri2", "juri3", "juri4"),
        LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 31), LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 15),
        5, 3, 3, null));
  }

  @Test
  void acceptsLongsNumericTextLowerCaseCodeAndIsoDateTimes() {
    Map<String, Object> form = validForm();
    form.put("editionCode", " malang ");
    form.put("year", "2019");
    form.put("finalistsPerGroup", 5L);
    form.put("winnersPerGroup", 3.0);
    form.put("jurorsPerEntry", "3");
    form.put("registrationOpens", "2019-03-01T00:00:00+07:00");

    EditionSettings settings = service.validate(form, JUROR_GROUP);

    assertThat(settings.editionKey()).isEqualTo("MALANG-2019");
    assertThat(settings.code()).isEqualTo("MALANG");
    assertThat(settings.registrationOpens()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(settings.finalistsPerGroup()).isEqualTo(5);
    assertThat(settings.winnersPerGroup()).isEqualTo(3);
    assertThat(settings.jurorsPerEntry()).isEqualTo(3);
  }

  @Test
  void explicitJurorIdsAreCheckedDeduplicatedAndKeptInTheirOrder() {
    Map<String, Object> form = validForm();
    form.put("jurorIdsText", "juri4, juri2;juri4\njuri1");

    assertThat(service.validate(form, JUROR_GROUP).jurors()).containsExactly("juri4", "juri2", "juri1");
  }

  @Test
  void duplicateGroupsAreMerged() {
    Map<String, Object> form = validForm();
    form.put("groupsText", "Perangkat Daerah, Perangkat  Daerah ,Unit Kerja");

    assertThat(service.validate(form, JUROR_GROUP).groups()).containsExactly("Perangkat Daerah", "Unit Kerja");
  }

  @Test
  void sameDayPresentationAndEvaluationDeadlineIsAllowed() {
    Map<String, Object> form = validForm();
    form.put("presentationDate", "2019-06-30");
    form.put("registrationCloses", "2019-03-01");
    form.put("winnersPerGroup", 5);
    form.put("jurorsPerEntry", 4);

    EditionSettings settings = service.validate(form, JUROR_GROUP);
    assertThat(settings.presentationDate()).isEqualTo(settings.evaluationDeadline());
    assertThat(settings.registrationCloses()).isEqualTo(settings.registrationOpens());
  }

  @Test
  void invalidFormReportsEveryProblemAtOnce() {
    Map<String, Object> form = validForm();
    form.put("editionCode", "Malang 2019");          // space is not allowed
    form.put("registrationOpens", "2019-05-31");     // after closing day 2019-03-01
    form.put("registrationCloses", "2019-03-01");
    form.put("winnersPerGroup", 6);                  // more than 5 finalists
    form.put("jurorIdsText", "juri1, juri2, tamu");  // tamu is not in group juri -> 2 jurors left, 3 needed

    RuleViolation violation = violation(form, List.of("juri1", "juri2", "juri3"));

    assertThat(violation.problems()).containsExactly(
        "Kode penyelenggara wajib diisi, 2-30 huruf besar atau angka tanpa spasi (mis. MALANG).",
        "Tanggal pendaftaran ditutup tidak boleh sebelum tanggal dibuka.",
        "Jumlah pemenang per kelompok tidak boleh melebihi jumlah finalis per kelompok.",
        "Pengguna tamu bukan anggota grup juri.",
        "Jumlah juri per inovasi (3) melebihi jumlah juri yang tersedia (2).");
  }

  @Test
  void dateOrderRules() {
    Map<String, Object> form = validForm();
    form.put("evaluationDeadline", "2019-05-31");  // same day as closing: must be after
    form.put("presentationDate", "2019-05-30");    // before the evaluation deadline

    assertThat(violation(form, JUROR_GROUP).problems()).containsExactly(
        "Batas penilaian proposal harus sesudah pendaftaran ditutup.",
        "Tanggal presentasi finalis tidak boleh sebelum batas penilaian proposal.");
  }

  @Test
  void badValuesOfEachField() {
    Map<String, Object> form = validForm();
    form.put("year", 1999);
    form.put("editionName", "x".repeat(201));
    form.put("organiser", "   ");
    form.put("groupsText", " , ,");
    form.put("presentationDate", "15-07-2019");
    form.put("finalistsPerGroup", 0);
    form.put("winnersPerGroup", 2.5);
    form.put("jurorsPerEntry", 21);
    form.put("jurorIdsText", "juri1, bad/id");

    assertThat(violation(form, JUROR_GROUP).problems()).containsExactly(
        "Tahun kompetisi wajib diisi antara 2000 dan 2100.",
        "Nama kompetisi paling banyak 200 karakter.",
        "Penyelenggara wajib diisi.",
        "Isi minimal satu kelompok peserta (pisahkan dengan koma).",
        "Tanggal presentasi finalis wajib diisi dengan format TTTT-BB-HH.",
        "Jumlah finalis per kelompok wajib berupa bilangan bulat 1 sampai 500.",
        "Jumlah pemenang per kelompok wajib berupa bilangan bulat 1 sampai 100.",
        "Jumlah juri per inovasi wajib berupa bilangan bulat 1 sampai 20.",
        "ID juri tidak valid: bad/id.");
  }

  @Test
  void emptyFormWithoutJurorsReportsThirteenProblems() {
    // code, year, name, organiser, groups, 4 dates, 3 quotas, empty juror group = 13
    RuleViolation violation = violation(new HashMap<>(), List.of());

    assertThat(violation.problems()).hasSize(13);
    assertThat(violation.problems()).contains(
        "Nama kompetisi wajib diisi.",
        "Tanggal pendaftaran dibuka wajib diisi dengan format TTTT-BB-HH.",
        "Belum ada pengguna di grup juri. Tambahkan juri di Camunda Admin terlebih dahulu.");
  }

  @Test
  void jurorListOfOnlySeparatorsIsEmpty() {
    Map<String, Object> form = validForm();
    form.put("jurorIdsText", " , ;");

    assertThat(violation(form, JUROR_GROUP).problems()).containsExactly("Daftar juri kosong.");
  }

  @Test
  void emptyJurorListIsReportedTogetherWithOtherProblems() {
    Map<String, Object> form = validForm();
    form.put("editionCode", "Malang 2019");
    form.put("jurorIdsText", " , ;");

    assertThat(violation(form, JUROR_GROUP).problems()).containsExactly(
        "Kode penyelenggara wajib diisi, 2-30 huruf besar atau angka tanpa spasi (mis. MALANG).",
        "Daftar juri kosong.");
  }

  @Test
  void registrationWindowThatAlreadyClosedIsRefused() {
    RuleViolation violation = catchThrowableOfType(
        () -> service.validate(validForm(), JUROR_GROUP, LocalDate.of(2019, 6, 1)), RuleViolation.class);
    assertThat(violation.problems()).containsExactly(
        "Tanggal pendaftaran ditutup (2019-05-31) sudah lewat; edisi akan langsung selesai tanpa peserta.");
    // closing today is still fine
    assertThat(service.validate(validForm(), JUROR_GROUP, LocalDate.of(2019, 5, 31)).editionKey()).isEqualTo("MALANG-2019");
  }
}
