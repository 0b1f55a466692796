package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_CODE;
import static id.kipp.edition.EditionVariables.EDITION_NAME;
import static id.kipp.edition.EditionVariables.EVALUATION_DEADLINE;
import static id.kipp.edition.EditionVariables.FINALISTS_PER_GROUP;
import static id.kipp.edition.EditionVariables.GROUPS_TEXT;
import static id.kipp.edition.EditionVariables.JURORS_PER_ENTRY;
import static id.kipp.edition.EditionVariables.JUROR_IDS_TEXT;
import static id.kipp.edition.EditionVariables.MAX_ENTRIES_PER_JUROR;
import static id.kipp.edition.EditionVariables.ORGANISER;
import static id.kipp.edition.EditionVariables.PRESENTATION_DATE;
import static id.kipp.edition.EditionVariables.REGISTRATION_CLOSES;
import static id.kipp.edition.EditionVariables.REGISTRATION_OPENS;
import static id.kipp.edition.EditionVariables.WINNERS_PER_GROUP;
import static id.kipp.edition.EditionVariables.YEAR;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the start form of an edition and turns it into {@link EditionSettings}. Every problem is reported at once,
 * in Bahasa Indonesia, so the secretariat can correct the form in one go.
 */
public class EditionSetupService {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,30}");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /**
   * @param form the submitted variables (see docs/process-contract.md)
   * @param jurorGroupMembers ids of all users in group {@code juri}
   */
  public EditionSettings validate(Map<String, Object> form, List<String> jurorGroupMembers) {
    return validate(form, jurorGroupMembers, null);
  }

  /**
   * As {@link #validate(Map, List)}, and when {@code today} is given also refuses a registration window that has
   * already closed: such an edition would end at once, with no entries.
   */
  public EditionSettings validate(Map<String, Object> form, List<String> jurorGroupMembers, LocalDate today) {
    List<String> problems = new ArrayList<>();

    String code = text(form, EDITION_CODE).toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      problems.add("Kode penyelenggara wajib diisi, 2-30 huruf besar atau angka tanpa spasi (mis. MALANG).");
    }
    Long year = Vars.whole(form.get(YEAR));
    if (year == null || year < 2000 || year > 2100) {
      problems.add("Tahun kompetisi wajib diisi antara 2000 dan 2100.");
    }
    String name = required(form, EDITION_NAME, "Nama kompetisi", problems);
    String organiser = required(form, ORGANISER, "Penyelenggara", problems);

    Set<String> groups = new LinkedHashSet<>();
    for (String group : text(form, GROUPS_TEXT).split(",")) {
      if (!group.isBlank()) {
        groups.add(group.trim().replaceAll("\\s+", " "));
      }
    }
    if (groups.isEmpty()) {
      problems.add("Isi minimal satu kelompok peserta (pisahkan dengan koma).");
    }

    LocalDate opens = date(form, REGISTRATION_OPENS, "Tanggal pendaftaran dibuka", problems);
    LocalDate closes = date(form, REGISTRATION_CLOSES, "Tanggal pendaftaran ditutup", problems);
    LocalDate evaluation = date(form, EVALUATION_DEADLINE, "Batas penilaian proposal", problems);
    LocalDate presentation = date(form, PRESENTATION_DATE, "Tanggal presentasi finalis", problems);
    if (opens != null && closes != null && closes.isBefore(opens)) {
      problems.add("Tanggal pendaftaran ditutup tidak boleh sebelum tanggal dibuka.");
    }
    if (today != null && closes != null && closes.isBefore(today)) {
      problems.add("Tanggal pendaftaran ditutup (" + closes + ") sudah lewat; edisi akan langsung selesai tanpa peserta.");
    }
    if (closes != null && evaluation != null && !evaluation.isAfter(closes)) {
      problems.add("Batas penilaian proposal harus sesudah pendaftaran ditutup.");
    }
    if (evaluation != null && presentation != null && presentation.isBefore(evaluation)) {
      problems.add("Tanggal presentasi finalis tidak boleh sebelum batas penilaian proposal.");
    }

    int finalists = quota(form, FINALISTS_PER_GROUP, "Jumlah finalis per kelompok", 1, 500, problems);
    int winners = quota(form, WINNERS_PER_GROUP, "Jumlah pemenang per kelompok", 1, 100, problems);
    if (finalists > 0 && winners > finalists) {
      problems.add("Jumlah pemenang per kelompok tidak boleh melebihi jumlah finalis per kelompok.");
    }
    JurorSettings jury = jurorSettings(form, jurorGroupMembers, problems);
    OptionalStages.of(form, problems);
    GroupQuotaRows.of(form.get(GroupQuotaRows.VARIABLE), groups, problems);
    CertificateSignatory.of(form, problems);

    RuleViolation.throwIfAny(problems);
    return new EditionSettings(code + "-" + year, code, year.intValue(), name, organiser, List.copyOf(groups),
        jury.jurors(), opens, closes, evaluation, presentation, finalists, winners, jury.jurorsPerEntry(),
        jury.maxEntriesPerJuror());
  }

  /** The optional stages of a start form that {@link #validate} accepted. */
  public OptionalStages optionalStages(Map<String, Object> form) {
    List<String> problems = new ArrayList<>();
    OptionalStages stages = OptionalStages.of(form, problems);
    RuleViolation.throwIfAny(problems);
    return stages;
  }

  /** The per-group quotas of a start form that {@link #validate} accepted (empty: none set in the form). */
  public List<GroupQuotaRows.GroupQuota> groupQuotas(Map<String, Object> form, List<String> groups) {
    List<String> problems = new ArrayList<>();
    List<GroupQuotaRows.GroupQuota> quotas = GroupQuotaRows.of(form.get(GroupQuotaRows.VARIABLE), groups, problems);
    RuleViolation.throwIfAny(problems);
    return quotas;
  }

  /** The certificate's place and signatory of a start form that {@link #validate} accepted. */
  public CertificateSignatory certificateSignatory(Map<String, Object> form) {
    List<String> problems = new ArrayList<>();
    CertificateSignatory signatory = CertificateSignatory.of(form, problems);
    RuleViolation.throwIfAny(problems);
    return signatory;
  }

  /** The jury part of the settings: who the jurors are, how many per entry, and an optional cap per juror. */
  public record JurorSettings(List<String> jurors, int jurorsPerEntry, Integer maxEntriesPerJuror) {}

  /**
   * Checks the jury fields alone ({@code jurorIdsText}, {@code jurorsPerEntry}, {@code maxEntriesPerJuror}), as the
   * secretariat may correct them when no assignment is possible.
   */
  public JurorSettings jurorSettings(Map<String, Object> form, List<String> jurorGroupMembers) {
    List<String> problems = new ArrayList<>();
    JurorSettings settings = jurorSettings(form, jurorGroupMembers, problems);
    RuleViolation.throwIfAny(problems);
    return settings;
  }

  private JurorSettings jurorSettings(Map<String, Object> form, List<String> jurorGroupMembers, List<String> problems) {
    int jurorsPerEntry = quota(form, JURORS_PER_ENTRY, "Jumlah juri per inovasi", 1, 20, problems);
    List<String> jurors = jurors(text(form, JUROR_IDS_TEXT), jurorGroupMembers, problems);
    if (jurorsPerEntry > 0 && !jurors.isEmpty() && jurorsPerEntry > jurors.size()) {
      problems.add("Jumlah juri per inovasi (" + jurorsPerEntry + ") melebihi jumlah juri yang tersedia ("
          + jurors.size() + ").");
    }
    Integer cap = null;
    Object rawCap = form.get(MAX_ENTRIES_PER_JUROR);
    if (rawCap != null && !rawCap.toString().isBlank()) {
      Long value = Vars.whole(rawCap);
      if (value == null || value < 1 || value > 10_000) {
        problems.add("Batas beban per juri, bila diisi, wajib bilangan bulat 1 sampai 10000.");
      } else {
        cap = value.intValue();
      }
    }
    return new JurorSettings(jurors, jurorsPerEntry, cap);
  }

  private static List<String> jurors(String idsText, List<String> groupMembers, List<String> problems) {
    if (idsText.isBlank()) {
      if (groupMembers.isEmpty()) {
        problems.add("Belum ada pengguna di grup juri. Tambahkan juri di Camunda Admin terlebih dahulu.");
      }
      return groupMembers.stream().sorted().toList();
    }
    Set<String> ids = new LinkedHashSet<>();
    int problemsBefore = problems.size();
    for (String id : idsText.split("[,;\\s]+")) {
      if (id.isBlank()) {
        continue;
      }
      if (!USER_ID.matcher(id).matches()) {
        problems.add("ID juri tidak valid: " + id + ".");
      } else if (!groupMembers.contains(id)) {
        problems.add("Pengguna " + id + " bukan anggota grup juri.");
      } else {
        ids.add(id);
      }
    }
    if (ids.isEmpty() && problems.size() == problemsBefore) {
      problems.add("Daftar juri kosong.");
    }
    return List.copyOf(ids);
  }

  private static String text(Map<String, Object> form, String key) {
    Object value = form.get(key);
    return value == null ? "" : value.toString().trim();
  }

  private static String required(Map<String, Object> form, String key, String label, List<String> problems) {
    String value = text(form, key);
    if (value.isEmpty()) {
      problems.add(label + " wajib diisi.");
    } else if (value.length() > 200) {
      problems.add(label + " paling banyak 200 karakter.");
    }
    return value;
  }

  private static LocalDate date(Map<String, Object> form, String key, String label, List<String> problems) {
    LocalDate date = CompetitionCalendar.parseDay(form.get(key));
    if (date == null) {
      problems.add(label + " wajib diisi dengan format TTTT-BB-HH.");
    }
    return date;
  }

  private static int quota(Map<String, Object> form, String key, String label, int min, int max, List<String> problems) {
    Long value = Vars.whole(form.get(key));
    if (value == null || value < min || value > max) {
      problems.add(label + " wajib berupa bilangan bulat " + min + " sampai " + max + ".");
      return 0;
    }
    return value.intValue();
  }

}
