package id.kipp.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as an Indonesian reader expects them, in the competition's time zone ({@code kipp.time-zone}):
 * "Selasa, 1 Oktober 2019 pukul 09.20 WIB", or the day alone "Selasa, 1 Oktober 2019". The zone's short name
 * (WIB, WITA, WIT) comes from the JDK's Indonesian locale data.
 */
public final class IndonesianDates {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter day;

  public IndonesianDates(ZoneId zone) {
    this.dateTime = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm z", INDONESIAN).withZone(zone);
    this.day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN).withZone(zone);
  }

  public String dateTime(Date moment) {
    return moment == null ? null : dateTime(moment.toInstant());
  }

  public String dateTime(Instant moment) {
    return moment == null ? null : dateTime.format(moment);
  }

  public String day(Date moment) {
    return moment == null ? null : day.format(moment.toInstant());
  }

  /** A score with two decimals and a decimal comma: 81,50. */
  public static String score(Double value) {
    return value == null ? null : String.format(INDONESIAN, "%.2f", value);
  }
}
