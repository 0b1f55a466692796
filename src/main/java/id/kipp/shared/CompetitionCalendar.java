package id.kipp.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates of a competition are calendar days in the organiser's time zone: a window "closes on 31 May" means it
 * is open until 23:59:59 that day. "Now" comes from the engine clock so that tests and timers agree.
 */
public final class CompetitionCalendar {

  private final ZoneId zone;

  public CompetitionCalendar(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  /** Parses {@code YYYY-MM-DD} (a longer ISO date-time is cut to its date); null when blank or invalid. */
  public static LocalDate parseDay(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    if (text.length() > 10) {
      text = text.substring(0, 10);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  public Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
  }

  /** End of the day that is {@code days} days after today. */
  public Date endOfDayAfter(long days) {
    return endOfDay(today().plusDays(days));
  }
}
