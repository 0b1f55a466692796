package id.kipp.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clock of every in-process test, so that no test depends on when it runs: the engine clock (and with it the
 * application's {@code CompetitionCalendar}) reads today's date in Jakarta at 10:00 when the test run starts and then
 * runs at real speed. A run that starts at 23:58 in Jakarta therefore never sees the date change between opening an
 * edition "closing today" and registering in it, and no run meets the edge of a day, a window or a timer by chance.
 *
 * <p>Registered for every test class through JUnit's extension auto-detection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}); a test that pins the clock to a moment of its
 * own ({@code ClockUtil.setCurrentTime}) returns to this clock with {@link #reset()}. Tests ask {@link #today()} and
 * {@link #now()} instead of the system clock.
 */
public final class TestClock implements BeforeAllCallback {

  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** Time of day the test run starts at, in Jakarta. */
  static final LocalTime START_OF_RUN = LocalTime.of(10, 0);

  private static final long OFFSET_MILLIS = offsetFor(Instant.now());

  /** The offset that moves {@code real} to {@link #START_OF_RUN} on its own date in Jakarta. */
  static long offsetFor(Instant real) {
    Instant start = LocalDate.ofInstant(real, JAKARTA).atTime(START_OF_RUN).atZone(JAKARTA).toInstant();
    return start.toEpochMilli() - real.toEpochMilli();
  }

  /** Back to the test clock after a test pinned the engine clock to a moment of its own. */
  public static void reset() {
    ClockUtil.reset();
    ClockUtil.offset(OFFSET_MILLIS);
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in Jakarta, on the test clock. */
  public static LocalDate today() {
    return LocalDate.ofInstant(now(), JAKARTA);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    reset();
  }
}
