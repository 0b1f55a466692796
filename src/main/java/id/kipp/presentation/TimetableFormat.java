package id.kipp.presentation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of the timetable as participants and the secretariat read them (Bahasa Indonesia). */
public final class TimetableFormat {

  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd-MM-yyyy", INDONESIAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", INDONESIAN);

  private TimetableFormat() {}

  /** "Selasa, 01-10-2019". */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "09.20". */
  public static String time(LocalTime time) {
    return TIME.format(time);
  }

  /** "09.20–09.40". */
  public static String range(LocalDateTime start, LocalDateTime end) {
    return time(start.toLocalTime()) + "–" + time(end.toLocalTime());
  }

  /** The zone's Indonesian abbreviation: WIB, WITA or WIT. */
  public static String zone(ZoneId zone, LocalDate day) {
    return ZONE.format(day.atStartOfDay(zone));
  }

  /** "Selasa, 01-10-2019 09.20–09.40 WIB". */
  public static String slot(PresentationSlot slot, ZoneId zone) {
    return day(slot.startsAt().toLocalDate()) + " " + range(slot.startsAt(), slot.endsAt()) + " "
        + zone(zone, slot.startsAt().toLocalDate());
  }
}
