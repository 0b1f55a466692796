package id.kipp.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on the portal's pages in Bahasa Indonesia, in the competition's time zone: "3 Juni 2019, 10.15 WIB". */
public final class BahasaDates {

  static final Locale BAHASA = Locale.forLanguageTag("id-ID");

  private final ZoneId zone;
  private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm z", BAHASA);
  private final DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", BAHASA);

  public BahasaDates(ZoneId zone) {
    this.zone = zone;
  }

  /** "3 Juni 2019, 10.15 WIB"; empty for none. */
  public String dateTime(OffsetDateTime time) {
    return time == null ? "" : time.atZoneSameInstant(zone).format(dateTime);
  }

  /** "Senin, 3 Juni 2019"; empty for none. */
  public String day(OffsetDateTime time) {
    return time == null ? "" : time.atZoneSameInstant(zone).format(day);
  }
}
