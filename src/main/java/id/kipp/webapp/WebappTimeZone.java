package id.kipp.webapp;

import id.kipp.shared.Bahasa;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time zone the Camunda webapps show dates in: the competition's ({@code kipp.time-zone}), with its Indonesian
 * abbreviation at a given instant as {@link Bahasa#zone} says it ("WIB" for Asia/Jakarta, "WITA" for Asia/Makassar,
 * "WIT" for Asia/Jayapura).
 * Read by the webapps' script {@code app/kipp/time-zone.js} as JSON.
 */
public record WebappTimeZone(String zoneId, String abbreviation) {

  public static WebappTimeZone of(ZoneId zone, Instant at) {
    return new WebappTimeZone(zone.getId(), Bahasa.zone(zone, at));
  }
}
