package id.kipp.presentation;

import id.kipp.shared.Bahasa;
import id.kipp.shared.Markdown;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timetable as the edition stores it ({@code proposedTimetable}, {@code presentationTimetable}: a JSON list of
 * {entryKey, title, group, agency, deskRank, startsAt, endsAt, slot}, times ISO-8601 with the offset of
 * {@code kipp.time-zone}) and as the secretariat reads it (a Markdown table in the form).
 */
public final class TimetableDocument {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final ZoneId zone;

  public TimetableDocument(ZoneId zone) {
    this.zone = zone;
  }

  public List<Map<String, Object>> rows(List<PresentationSlot> timetable) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PresentationSlot slot : timetable) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("entryKey", slot.entryKey());
      row.put("title", slot.finalist().title());
      row.put("group", slot.finalist().group());
      row.put("agency", slot.finalist().agency());
      row.put("deskRank", slot.finalist().deskRank());
      row.put("startsAt", ISO.format(slot.startsAt().atZone(zone)));
      row.put("endsAt", ISO.format(slot.endsAt().atZone(zone)));
      row.put("slot", Bahasa.slot(slot.startsAt().atZone(zone), slot.endsAt().atZone(zone)));
      rows.add(row);
    }
    return rows;
  }

  /** A time of a stored row as a Date. */
  public static Date date(Object isoText) {
    return Date.from(OffsetDateTime.parse(isoText.toString()).toInstant());
  }

  /** The table shown in "Tetapkan jadwal presentasi"; slots moved by hand are marked. */
  public String markdown(List<PresentationSlot> timetable, Set<String> moved, TimetableSettings settings) {
    String full = markdown(timetable, moved, settings, true);
    if (full.length() <= Markdown.MAX_VARIABLE_TEXT) {
      return full;
    }
    // many finalists: the table without titles and agencies, and if still too long, its first rows (a String
    // variable holds at most 4000 characters); the whole timetable is the edition's variable proposedTimetable
    return Markdown.fitted(markdown(timetable, moved, settings, false),
        "_… jadwal lengkap (dengan judul dan instansi): variabel `proposedTimetable` edisi di Cockpit._");
  }

  private String markdown(List<PresentationSlot> timetable, Set<String> moved, TimetableSettings settings,
      boolean withTitles) {
    LocalDate first = settings.days().isEmpty() ? LocalDate.now(zone) : settings.days().get(0);
    String zoneName = Bahasa.zone(first.atStartOfDay(zone));
    StringBuilder text = new StringBuilder(settings.describe(zoneName)).append("\n\n");
    if (timetable.isEmpty()) {
      return text.append("_Tidak ada finalis yang perlu dijadwalkan._").toString();
    }
    text.append("| No | Hari, tanggal | Waktu (").append(zoneName).append(") | Kode | Kelompok | Peringkat |")
        .append(withTitles ? " Judul inovasi | Instansi |\n|---|---|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|---|\n");
    int number = 0;
    for (PresentationSlot slot : timetable) {
      text.append("| ").append(++number).append(" | ").append(Bahasa.dayDate(slot.startsAt().toLocalDate()))
          .append(" | ").append(Bahasa.clockRange(slot.startsAt().toLocalTime(), slot.endsAt().toLocalTime()))
          .append(moved.contains(slot.entryKey()) ? " (diubah)" : "").append(" | ").append(slot.entryKey())
          .append(" | ").append(Markdown.cell(slot.finalist().group())).append(" | ").append(slot.finalist().deskRank())
          .append(" |");
      if (withTitles) {
        text.append(" ").append(Markdown.cell(slot.finalist().title())).append(" | ")
            .append(Markdown.cell(slot.finalist().agency())).append(" |");
      }
      text.append("\n");
    }
    return text.toString();
  }

  /**
   * The free slots as the secretariat reads them above the slot rows: one line per day with the free start times, e.g.
   * "Selasa, 1 Oktober 2019: 10.20, 10.40 (WIB)"; "the days are full" when there are none.
   */
  public String freeSlots(List<PresentationSlot> free) {
    if (free.isEmpty()) {
      return "**Slot kosong:** tidak ada; hari presentasi sudah penuh.";
    }
    Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
    free.forEach(slot -> byDay.computeIfAbsent(slot.startsAt().toLocalDate(), day -> new ArrayList<>())
        .add(Bahasa.clock(slot.startsAt().toLocalTime())));
    StringBuilder text = new StringBuilder("**Slot kosong** (jam mulai, ")
        .append(Bahasa.zone(free.get(0).startsAt().toLocalDate().atStartOfDay(zone))).append("):\n");
    byDay.forEach((day, times) -> text.append("\n- ").append(Bahasa.dayDate(day)).append(": ")
        .append(String.join(", ", times)));
    return Markdown.fitted(text.toString(), "- …");
  }
}
