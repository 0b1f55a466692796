package id.kipp.webapp;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time zone the Camunda webapps show dates in: the competition's ({@code kipp.time-zone}), with its Indonesian
 * abbreviation at a given instant ("WIB" for Asia/Jakarta, "WITA" for Asia/Makassar, "WIT" for Asia/Jayapura).
 * Read by the webapps' script {@code app/kipp/time-zone.js} as JSON.
 */
public record WebappTimeZone(String zoneId, String abbreviation) {

  private static final DateTimeFormatter ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.forLanguageTag("id-ID"));

  public static WebappTimeZone of(ZoneId zone, Instant at) {
    return new WebappTimeZone(zone.getId(), ABBREVIATION.format(at.atZone(zone)));
  }
}
