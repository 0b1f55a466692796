package id.kipp.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where dates, times, durations and numbers become text that people read (e-mail, portal, results
 * pages, PDFs, timetable, Markdown in forms, Bahasa messages). One style per kind:
 *
 * <table>
 * <caption>Styles</caption>
 * <tr><th>Kind</th><th>Method</th><th>Example</th></tr>
 * <tr><td>date</td><td>{@link #date}</td><td>2 Desember 2026</td></tr>
 * <tr><td>date with weekday (schedules, deadlines)</td><td>{@link #dayDate}</td><td>Rabu, 2 Desember 2026</td></tr>
 * <tr><td>wall-clock time without zone (settings that name the zone once)</td><td>{@link #clock}</td>
 *     <td>09.20</td></tr>
 * <tr><td>time</td><td>{@link #time}</td><td>09.20 WIB</td></tr>
 * <tr><td>date-time</td><td>{@link #dateTime}</td><td>2 Desember 2026 pukul 09.20 WIB</td></tr>
 * <tr><td>date-time with weekday</td><td>{@link #dayDateTime}</td><td>Rabu, 2 Desember 2026 pukul 09.20 WIB</td></tr>
 * <tr><td>time slot on one day</td><td>{@link #slot}</td><td>Rabu, 2 Desember 2026 pukul 09.20–09.40 WIB</td></tr>
 * <tr><td>clock range</td><td>{@link #clockRange}</td><td>09.20–09.40</td></tr>
 * <tr><td>date range</td><td>{@link #dateRange}</td><td>1–3 Desember 2026; 30 November–2 Desember 2026;
 *     30 Desember 2026–2 Januari 2027</td></tr>
 * <tr><td>duration</td><td>{@link #duration}</td><td>2 jam 15 menit; 3 hari; 45 menit</td></tr>
 * <tr><td>score</td><td>{@link #score}</td><td>86,46; 1.234,50; – (none)</td></tr>
 * <tr><td>whole number</td><td>{@link #integer}</td><td>3.000</td></tr>
 * <tr><td>decimal with up to two places</td><td>{@link #decimal}</td><td>12,5; 40</td></tr>
 * <tr><td>percentage</td><td>{@link #percent}</td><td>40%; 12,5%</td></tr>
 * <tr><td>file size</td><td>{@link #fileSize}</td><td>350 KB; 1,2 MB</td></tr>
 * </table>
 *
 * <p>Rules behind the styles:
 *
 * <ul>
 *   <li>Month and weekday names in Bahasa Indonesia, day without a leading zero, four-digit year; the weekday is
 *       written only where a reader plans around the day (a presentation slot, a deadline in a message).
 *   <li>Times use 24 hours with a full stop ({@code 09.20}, PUEBI), joined to a date with "pukul". A time or date-time
 *       always carries its zone: {@code WIB} for Asia/Jakarta and Asia/Pontianak, {@code WITA} for Asia/Makassar,
 *       {@code WIT} for Asia/Jayapura (fixed here, independent of the JDK's locale data); any other zone gets the
 *       JDK's short name in the Indonesian locale ("UTC", "SGT"). Dates, times and date-times given as an
 *       {@link Instant} are said in the zone passed in, normally the competition's ({@code kipp.time-zone}).
 *   <li>Ranges use an en dash without spaces; a date range says the month and year once when both ends share them.
 *   <li>Durations are said in days, hours and minutes, leaving out zero parts and seconds ("1 hari 2 jam", "0 menit").
 *   <li>Numbers: decimal comma, thousands dot. Scores have exactly two decimals rounded half up on the decimal value
 *       (80,005 → 80,01; −0,001 → 0,00, never "-0,00"); a missing or non-finite score is an en dash "–". Percentages
 *       have up to two decimals and no space before the sign.
 *   <li>A {@code null} date, time or number gives {@code null} (the caller decides what "none" looks like), except
 *       {@link #score}, which gives "–" because a score always sits in a table cell or a labelled line.
 * </ul>
 *
 * <p>Machine-readable values are <em>not</em> formatted here: ISO-8601 timestamps in JSON and CSV, plain decimals
 * with a full stop in CSV exports.
 */
public final class Bahasa {

  /** The locale of everything people read. */
  public static final Locale LOCALE = Locale.forLanguageTag("id-ID");

  /** What a table cell or labelled line shows for a score that does not exist (yet). */
  public static final String MISSING = "–";

  private static final Map<String, String> INDONESIAN_ZONES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
      "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", LOCALE);
  private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm", LOCALE);
  private static final DateTimeFormatter OTHER_ZONE = DateTimeFormatter.ofPattern("z", LOCALE);

  private Bahasa() {}

  /** "2 Desember 2026". */
  public static String date(LocalDate day) {
    return day == null ? null : DATE.format(day);
  }

  /** "2 Desember 2026", the day of {@code moment} in {@code zone}. */
  public static String date(Instant moment, ZoneId zone) {
    return moment == null ? null : date(moment.atZone(zone).toLocalDate());
  }

  /** "Rabu, 2 Desember 2026". */
  public static String dayDate(LocalDate day) {
    return day == null ? null : DAY_DATE.format(day);
  }

  /** "Rabu, 2 Desember 2026", the day of {@code moment} in {@code zone}. */
  public static String dayDate(Instant moment, ZoneId zone) {
    return moment == null ? null : dayDate(moment.atZone(zone).toLocalDate());
  }

  /** "09.20": a wall-clock time, for settings and sentences that name the zone once. */
  public static String clock(LocalTime time) {
    return time == null ? null : CLOCK.format(time);
  }

  /** "09.20–09.40". */
  public static String clockRange(LocalTime start, LocalTime end) {
    return clock(start) + "–" + clock(end);
  }

  /** "09.20 WIB". */
  public static String time(ZonedDateTime time) {
    return time == null ? null : clock(time.toLocalTime()) + " " + zone(time);
  }

  /** "09.20 WIB", {@code moment} in {@code zone}. */
  public static String time(Instant moment, ZoneId zone) {
    return moment == null ? null : time(moment.atZone(zone));
  }

  /** "2 Desember 2026 pukul 09.20 WIB". */
  public static String dateTime(ZonedDateTime time) {
    return time == null ? null : date(time.toLocalDate()) + " pukul " + time(time);
  }

  /** "2 Desember 2026 pukul 09.20 WIB", {@code moment} in {@code zone}. */
  public static String dateTime(Instant moment, ZoneId zone) {
    return moment == null ? null : dateTime(moment.atZone(zone));
  }

  /** "Rabu, 2 Desember 2026 pukul 09.20 WIB". */
  public static String dayDateTime(ZonedDateTime time) {
    return time == null ? null : dayDate(time.toLocalDate()) + " pukul " + time(time);
  }

  /** "Rabu, 2 Desember 2026 pukul 09.20 WIB", {@code moment} in {@code zone}. */
  public static String dayDateTime(Instant moment, ZoneId zone) {
    return moment == null ? null : dayDateTime(moment.atZone(zone));
  }

  /** "Rabu, 2 Desember 2026 pukul 09.20–09.40 WIB": a slot within one day (the day and zone of its start). */
  public static String slot(ZonedDateTime start, ZonedDateTime end) {
    return dayDate(start.toLocalDate()) + " pukul " + clockRange(start.toLocalTime(), end.toLocalTime()) + " "
        + zone(start);
  }

  /** The zone's abbreviation at {@code time}: WIB, WITA, WIT, or the JDK's Indonesian short name of another zone. */
  public static String zone(ZonedDateTime time) {
    String indonesian = INDONESIAN_ZONES.get(time.getZone().normalized().getId());
    if (indonesian == null) {
      indonesian = INDONESIAN_ZONES.get(time.getZone().getId());
    }
    return indonesian != null ? indonesian : OTHER_ZONE.format(time);
  }

  /** The zone's abbreviation at {@code moment}. */
  public static String zone(ZoneId zone, Instant moment) {
    return zone(moment.atZone(zone));
  }

  /**
   * "2 Desember 2026" for one day; "1–3 Desember 2026" in one month; "30 November–2 Desember 2026" in one year;
   * "30 Desember 2026–2 Januari 2027" otherwise.
   */
  public static String dateRange(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return date(first);
    }
    if (first.getYear() != last.getYear()) {
      return date(first) + "–" + date(last);
    }
    String start = first.getMonth() == last.getMonth() ? String.valueOf(first.getDayOfMonth())
        : DAY_MONTH.format(first);
    return start + "–" + date(last);
  }

  /**
   * "2 jam 15 menit", "3 hari", "1 hari 4 jam", "45 menit", "0 menit": days, hours and minutes without the zero
   * parts; seconds are dropped.
   *
   * @throws IllegalArgumentException for a negative duration (say "… yang lalu" or "terlambat …" in the sentence)
   */
  public static String duration(Duration duration) {
    if (duration == null) {
      return null;
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A duration to say must not be negative: " + duration);
    }
    List<String> parts = new ArrayList<>();
    if (duration.toDays() > 0) {
      parts.add(integer(duration.toDays()) + " hari");
    }
    if (duration.toHoursPart() > 0) {
      parts.add(duration.toHoursPart() + " jam");
    }
    if (duration.toMinutesPart() > 0 || parts.isEmpty()) {
      parts.add(duration.toMinutesPart() + " menit");
    }
    return String.join(" ", parts);
  }

  /** "86,46", "1.234,50": two decimals, half up; "–" for none, NaN or infinity. */
  public static String score(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return MISSING;
    }
    return numbers("#,##0.00").format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  /** "3.000", "-12". */
  public static String integer(long value) {
    return numbers("#,##0").format(value);
  }

  /** "3.000" for a boxed number; {@code null} for none. */
  public static String integer(Integer value) {
    return value == null ? null : integer(value.longValue());
  }

  /** "12,5", "40", "1.234,57": up to two decimals, half up, no trailing zeros. */
  public static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return numbers("#,##0.##").format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  /** "40%", "12,5%": {@code points} percentage points (40 for forty per cent), up to two decimals. */
  public static String percent(double points) {
    return decimal(points) + "%";
  }

  /** "350 KB" below a megabyte (at least "1 KB"), "1,2 MB" from one (one decimal, half up); 1 KB = 1.024 bytes. */
  public static String fileSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return numbers("#,##0.0").format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1,
          RoundingMode.HALF_UP)) + " MB";
    }
    return integer(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
  }

  /** The same styles for Thymeleaf pages, bound to {@code zone}: {@code ${dates.dateTime(entry.submittedAt)}}. */
  public static Dates in(ZoneId zone) {
    return new Dates(zone);
  }

  /**
   * {@link Bahasa} for a page's template, bound to a zone and taking the types that views carry; {@code null} for none.
   */
  public record Dates(ZoneId zone) {

    public String date(LocalDate day) {
      return Bahasa.date(day);
    }

    public String date(OffsetDateTime time) {
      return time == null ? null : Bahasa.date(time.toInstant(), zone);
    }

    public String date(Instant moment) {
      return Bahasa.date(moment, zone);
    }

    public String dayDate(OffsetDateTime time) {
      return time == null ? null : Bahasa.dayDate(time.toInstant(), zone);
    }

    public String dayDate(Instant moment) {
      return Bahasa.dayDate(moment, zone);
    }

    public String dateTime(OffsetDateTime time) {
      return time == null ? null : Bahasa.dateTime(time.toInstant(), zone);
    }

    public String dateTime(Instant moment) {
      return Bahasa.dateTime(moment, zone);
    }

    public String dayDateTime(OffsetDateTime time) {
      return time == null ? null : Bahasa.dayDateTime(time.toInstant(), zone);
    }

    public String score(Double value) {
      return Bahasa.score(value);
    }

    public String integer(Integer value) {
      return Bahasa.integer(value);
    }
  }

  private static DecimalFormat numbers(String pattern) {
    // DecimalFormat is not thread-safe: a fresh one per call (cheap next to what the text is for)
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LOCALE));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
