package id.kipp.catalogue;

import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a replication record before it is stored; every problem at once, in Bahasa Indonesia. */
final class ReplicationRules {

  static final int MAX_AGENCY_NAME = 200;
  static final int MAX_NOTE = 2000;

  /** An HTML/XML tag, comment or processing instruction (as the registration refuses them). */
  private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]");

  private ReplicationRules() {}

  /**
   * @param entry the replicated innovation
   * @param agencyName the replicating agency's name (blank when unknown)
   * @param agencyId its id as a Camunda group, if known
   * @param replicatedOn the day as typed ({@code YYYY-MM-DD})
   * @param today today in the organiser's time zone
   */
  static List<String> check(CatalogueEntry entry, String agencyName, String agencyId, String replicatedOn, String note,
      LocalDate today) {
    List<String> problems = new ArrayList<>();
    String name = agencyName == null ? "" : agencyName.strip();
    if (name.isEmpty()) {
      problems.add("Nama instansi yang mereplikasi wajib diisi.");
    } else if (name.length() > MAX_AGENCY_NAME) {
      problems.add("Nama instansi paling banyak " + MAX_AGENCY_NAME + " karakter.");
    } else if (MARKUP.matcher(name).find()) {
      problems.add("Nama instansi tidak boleh berisi kode HTML atau skrip.");
    } else if (sameAgency(entry, name, agencyId)) {
      problems.add("Instansi pengusul tidak dapat dicatat mereplikasi inovasinya sendiri.");
    }
    LocalDate day = replicatedOn == null || replicatedOn.isBlank() || replicatedOn.strip().length() != 10
        ? null : CompetitionCalendar.parseDay(replicatedOn);
    LocalDate editionStart = editionStart(entry);
    if (day == null) {
      problems.add("Tanggal replikasi wajib diisi dengan format TTTT-BB-HH.");
    } else if (day.isAfter(today)) {
      problems.add("Tanggal replikasi tidak boleh di masa depan.");
    } else if (day.isBefore(editionStart)) {
      problems.add("Tanggal replikasi tidak boleh sebelum edisi " + entry.editionKey() + " dibuka ("
          + Bahasa.date(editionStart) + ").");
    }
    if (note != null && note.strip().length() > MAX_NOTE) {
      problems.add("Catatan paling banyak " + MAX_NOTE + " karakter.");
    } else if (note != null && MARKUP.matcher(note).find()) {
      problems.add("Catatan tidak boleh berisi kode HTML atau skrip.");
    }
    return problems;
  }

  /** The edition's registration opening day; 1 January of its year when unknown. */
  static LocalDate editionStart(CatalogueEntry entry) {
    return entry.editionOpenedOn() != null ? entry.editionOpenedOn() : LocalDate.of(entry.year(), 1, 1);
  }

  /** Lower case, spaces collapsed: two spellings of one agency name give one key. */
  static String agencyKey(String agencyName) {
    return agencyName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean sameAgency(CatalogueEntry entry, String name, String agencyId) {
    return agencyId != null && agencyId.equals(entry.agencyId())
        || agencyKey(name).equals(agencyKey(entry.agency()));
  }
}
