package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kipp.edition.GroupQuotaRows.GroupQuota;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * What differs between editions in the start form: the per-group quotas (a dynamic list) and the certificate's place
 * and signatory. Every problem is named in Bahasa Indonesia, with the row of the quota list it is in.
 */
class EditionStartFormSettingsTest {

  private static final List<String> GROUPS = List.of("Pemprov", "Kabupaten/Kota");
  private static final List<String> JUROR_GROUP = List.of("juri1", "juri2", "juri3");

  private final EditionSetupService service = new EditionSetupService();

  private static Map<String, Object> row(Object group, Object finalists, Object winners) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("group", group);
    row.put("finalists", finalists);
    row.put("winners", winners);
    return row;
  }

  private static List<String> problems(Object rows) {
    List<String> problems = new ArrayList<>();
    GroupQuotaRows.of(rows, GROUPS, problems);
    return problems;
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>();
    form.put("editionCode", "KALBAR");
    form.put("year", 2030);
    form.put("editionName", "Kompetisi Inovasi Pelayanan Publik Provinsi Kalimantan Barat");
    form.put("organiser", "Pemerintah Provinsi Kalimantan Barat");
    form.put("groupsText", "Pemprov, Kabupaten/Kota");
    form.put("registrationOpens", "2030-03-01");
    form.put("registrationCloses", "2030-05-31");
    form.put("evaluationDeadline", "2030-06-30");
    form.put("presentationDate", "2030-07-15");
    form.put("finalistsPerGroup", 5);
    form.put("winnersPerGroup", 3);
    form.put("jurorsPerEntry", 1);
    form.put("jurorIdsText", "");
    return form;
  }

  @Test
  void rowsAsTasklistSendsThemAsJsonAreReadInTheirOrder() {
    Object json = Spin.JSON("[{\"group\": \" Kabupaten/Kota \", \"finalists\": 6, \"winners\": 3},"
        + " {\"group\": \"Pemprov\", \"finalists\": 5, \"winners\": 2}]");
    List<String> problems = new ArrayList<>();

    assertThat(GroupQuotaRows.of(json, GROUPS, problems))
        .containsExactly(new GroupQuota("Kabupaten/Kota", 6, 3), new GroupQuota("Pemprov", 5, 2));
    assertThat(problems).isEmpty();
  }

  @Test
  void noListAnEmptyListAndWhollyEmptyRowsSetNothing() {
    List<String> problems = new ArrayList<>();
    assertThat(GroupQuotaRows.of(null, GROUPS, problems)).isEmpty();
    assertThat(GroupQuotaRows.of("[]", GROUPS, problems)).isEmpty();
    assertThat(GroupQuotaRows.of(List.of(row("", null, null), row(null, "", null)), GROUPS, problems)).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void eachBadRowIsNamedWithItsNumber() {
    assertThat(problems(List.of(row("Kecamatan", 2, 1)))).containsExactly("Baris kuota ke-1: kelompok \"Kecamatan\""
        + " tidak ada dalam daftar kelompok peserta edisi ini (Pemprov, Kabupaten/Kota).");
    assertThat(problems(List.of(row("Pemprov", 2, 1), row("Pemprov", -1, 1)))).containsExactly(
        "Baris kuota ke-2: kelompok \"Pemprov\" sudah diatur pada baris ke-1; setiap kelompok cukup satu baris.",
        "Baris kuota ke-2 (Pemprov): jumlah finalis wajib bilangan bulat 1 sampai 500.");
    assertThat(problems(List.of(row("Pemprov", 2, 3)))).containsExactly(
        "Baris kuota ke-1 (Pemprov): jumlah pemenang (3) tidak boleh melebihi jumlah finalis (2).");
    assertThat(problems(List.of(row("Pemprov", 2.5, 0)))).containsExactly(
        "Baris kuota ke-1 (Pemprov): jumlah finalis wajib bilangan bulat 1 sampai 500.",
        "Baris kuota ke-1 (Pemprov): jumlah pemenang wajib bilangan bulat 1 sampai 100.");
    assertThat(problems(List.of(row("", 2, 1)))).containsExactly("Baris kuota ke-1: kelompok wajib diisi.");
    assertThat(problems(List.of(row("<b>Pemprov</b>", 2, 1)))).singleElement().asString()
        .startsWith("Baris kuota ke-1: kelompok tidak boleh berisi kode HTML");
    assertThat(problems("{\"group\": \"Pemprov\"}")).containsExactly(
        "Kuota per kelompok harus berupa daftar baris (kelompok, jumlah finalis, jumlah pemenang).");
    assertThat(problems(List.of("Pemprov"))).containsExactly(
        "Baris kuota ke-1 harus berisi kelompok, jumlah finalis dan jumlah pemenang.");
  }

  @Test
  void quotaProblemsAreReportedWithTheRestOfTheForm() {
    Map<String, Object> form = form();
    form.put("organiser", "");
    form.put(GroupQuotaRows.VARIABLE, Spin.JSON("[{\"group\": \"Kota\", \"finalists\": 1, \"winners\": 2}]"));

    RuleViolation violation = catchThrowableOfType(() -> service.validate(form, JUROR_GROUP), RuleViolation.class);

    assertThat(violation.getMessage()).contains("Penyelenggara wajib diisi.",
        "Baris kuota ke-1: kelompok \"Kota\" tidak ada dalam daftar kelompok peserta edisi ini",
        "Baris kuota ke-1 (Kota): jumlah pemenang (2) tidak boleh melebihi jumlah finalis (1).");
  }

  @Test
  void groupNamesAreMatchedAsTheGroupsListNormalisesThem() {
    Map<String, Object> form = form();
    form.put("groupsText", " Unit   Kerja , Pemprov");
    form.put(GroupQuotaRows.VARIABLE, List.of(row("Unit  Kerja", 4, 2)));

    EditionSettings settings = service.validate(form, JUROR_GROUP);

    assertThat(service.groupQuotas(form, settings.groups())).containsExactly(new GroupQuota("Unit Kerja", 4, 2));
  }

  @Test
  void theCertificatesPlaceAndSignatoryAreOptionalSingleLineTexts() {
    Map<String, Object> form = form();
    assertThat(service.certificateSignatory(form)).isEqualTo(new CertificateSignatory("", "", ""));

    form.put(CertificateSignatory.PLACE, " Pontianak ");
    form.put(CertificateSignatory.SIGNATORY_ROLE, "Gubernur  Kalimantan Barat");
    form.put(CertificateSignatory.SIGNATORY_NAME, "Sutarmidji");
    service.validate(form, JUROR_GROUP);
    assertThat(service.certificateSignatory(form))
        .isEqualTo(new CertificateSignatory("Pontianak", "Gubernur Kalimantan Barat", "Sutarmidji"));

    form.put(CertificateSignatory.PLACE, "P".repeat(101));
    form.put(CertificateSignatory.SIGNATORY_ROLE, "<script>alert(1)</script>");
    form.put(CertificateSignatory.SIGNATORY_NAME, "Sutarmidji\nWakil");
    RuleViolation violation = catchThrowableOfType(() -> service.validate(form, JUROR_GROUP), RuleViolation.class);
    assertThat(violation.getMessage()).contains(
        "Tempat penandatanganan piagam paling banyak 100 karakter.",
        "Jabatan penanda tangan piagam tidak boleh berisi kode HTML atau skrip",
        "Nama penanda tangan piagam ditulis dalam satu baris.");
  }
}
