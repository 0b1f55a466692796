package id.kipp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** The test clock: every test class starts on it, whatever the time of day the run began. */
class TestClockTest {

  @Test
  void everyTestClassStartsOnTheTestClock() {
    // the extension is registered by auto-detection: this class did nothing to get it
    LocalTime engineTime = LocalTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestClock.JAKARTA);
    assertThat(engineTime).isBetween(TestClock.START_OF_RUN, TestClock.START_OF_RUN.plusHours(1));
  }

  @Test
  void aRunStartingJustBeforeMidnightInJakartaStaysOnItsDate() {
    Instant lateEvening = ZonedDateTime.of(2026, 12, 2, 23, 58, 30, 0, TestClock.JAKARTA).toInstant();
    Instant onTheTestClock = lateEvening.plusMillis(TestClock.offsetFor(lateEvening));
    assertThat(ZonedDateTime.ofInstant(onTheTestClock, TestClock.JAKARTA))
        .isEqualTo(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, TestClock.JAKARTA));
    // even fifteen minutes later (a whole CI run), the test clock still reads the same date
    assertThat(onTheTestClock.plusSeconds(15 * 60).atZone(TestClock.JAKARTA).toLocalDate())
        .isEqualTo(lateEvening.atZone(TestClock.JAKARTA).toLocalDate());
  }

  @Test
  void resetReturnsFromAPinnedMomentToTheTestClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-06-01T00:00:00Z")));
    TestClock.reset();
    assertThat(TestClock.today()).isEqualTo(TestClock.now().atZone(TestClock.JAKARTA).toLocalDate());
    assertThat(LocalTime.ofInstant(TestClock.now(), TestClock.JAKARTA)).isAfterOrEqualTo(TestClock.START_OF_RUN);
  }
}
