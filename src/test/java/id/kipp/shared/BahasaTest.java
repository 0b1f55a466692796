package id.kipp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BahasaTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");
  static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura");

  @Test
  void datesHaveTheMonthInBahasaAndNoLeadingZero() {
    assertThat(Bahasa.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 Desember 2026");
    assertThat(Bahasa.date(LocalDate.of(2030, 8, 17))).isEqualTo("17 Agustus 2030");
    assertThat(Bahasa.dayDate(LocalDate.of(2026, 12, 2))).isEqualTo("Rabu, 2 Desember 2026");
    assertThat(Bahasa.dayDate(LocalDate.of(2019, 10, 1))).isEqualTo("Selasa, 1 Oktober 2019");
    assertThat(Bahasa.date((LocalDate) null)).isNull();
    assertThat(Bahasa.dayDate((LocalDate) null)).isNull();
  }

  @Test
  void aMomentIsSaidOnTheDayOfTheGivenZone() {
    // 23:30 UTC is already the next day in Jakarta
    Instant lateUtc = Instant.parse("2030-08-16T23:30:00Z");
    assertThat(Bahasa.date(lateUtc, JAKARTA)).isEqualTo("17 Agustus 2030");
    assertThat(Bahasa.date(lateUtc, ZoneId.of("UTC"))).isEqualTo("16 Agustus 2030");
    assertThat(Bahasa.dayDate(lateUtc, JAKARTA)).isEqualTo("Sabtu, 17 Agustus 2030");
    assertThat(Bahasa.date(null, JAKARTA)).isNull();
  }

  @Test
  void timesUseAFullStopAndTheIndonesianZoneAbbreviation() {
    Instant morning = Instant.parse("2026-12-02T02:20:00Z");
    assertThat(Bahasa.time(morning, JAKARTA)).isEqualTo("09.20 WIB");
    assertThat(Bahasa.time(morning, ZoneId.of("Asia/Pontianak"))).isEqualTo("09.20 WIB");
    assertThat(Bahasa.time(morning, MAKASSAR)).isEqualTo("10.20 WITA");
    assertThat(Bahasa.time(morning, JAYAPURA)).isEqualTo("11.20 WIT");
    assertThat(Bahasa.time(morning, ZoneId.of("UTC"))).isEqualTo("02.20 UTC");
    assertThat(Bahasa.zone(JAKARTA, morning)).isEqualTo("WIB");
    assertThat(Bahasa.clock(LocalTime.of(9, 5))).isEqualTo("09.05");
    assertThat(Bahasa.clockRange(LocalTime.of(9, 20), LocalTime.of(9, 40))).isEqualTo("09.20–09.40");
    assertThat(Bahasa.time(null, JAKARTA)).isNull();
    assertThat(Bahasa.clock(null)).isNull();
  }

  @Test
  void midnightIsZeroHundredOfTheNewDay() {
    ZonedDateTime midnight = ZonedDateTime.of(2026, 12, 3, 0, 0, 0, 0, JAKARTA);
    assertThat(Bahasa.time(midnight)).isEqualTo("00.00 WIB");
    assertThat(Bahasa.dateTime(midnight)).isEqualTo("3 Desember 2026 pukul 00.00 WIB");
    assertThat(Bahasa.dayDateTime(midnight)).isEqualTo("Kamis, 3 Desember 2026 pukul 00.00 WIB");
  }

  @Test
  void dateTimesJoinDateAndTimeWithPukul() {
    Instant morning = Instant.parse("2030-06-12T03:15:00Z");
    assertThat(Bahasa.dateTime(morning, JAKARTA)).isEqualTo("12 Juni 2030 pukul 10.15 WIB");
    assertThat(Bahasa.dateTime(morning, MAKASSAR)).isEqualTo("12 Juni 2030 pukul 11.15 WITA");
    assertThat(Bahasa.dayDateTime(morning, JAYAPURA)).isEqualTo("Rabu, 12 Juni 2030 pukul 12.15 WIT");
    assertThat(Bahasa.dateTime((Instant) null, JAKARTA)).isNull();
    assertThat(Bahasa.dayDateTime((Instant) null, JAKARTA)).isNull();
  }

  @Test
  void fileSizesInKilobytesOrMegabytesWithOneDecimal() {
    assertThat(Bahasa.fileSize(0)).isEqualTo("1 KB");
    assertThat(Bahasa.fileSize(350 * 1024)).isEqualTo("350 KB");
    assertThat(Bahasa.fileSize(1024 * 1024)).isEqualTo("1,0 MB");
    assertThat(Bahasa.fileSize(1_258_291)).isEqualTo("1,2 MB");
    assertThat(Bahasa.fileSize(1024L * 1024 * 3000)).isEqualTo("3.000,0 MB");
  }

  @Test
  void pagesGetTheSameStylesBoundToTheirZone() {
    Bahasa.Dates dates = Bahasa.in(MAKASSAR);
    java.time.OffsetDateTime time = java.time.OffsetDateTime.parse("2019-06-03T10:15:00+07:00");
    assertThat(dates.dateTime(time)).isEqualTo("3 Juni 2019 pukul 11.15 WITA");
    assertThat(dates.dayDateTime(time)).isEqualTo("Senin, 3 Juni 2019 pukul 11.15 WITA");
    assertThat(dates.date(time)).isEqualTo("3 Juni 2019");
    assertThat(dates.dayDate(time)).isEqualTo("Senin, 3 Juni 2019");
    assertThat(dates.date(LocalDate.of(2017, 1, 1))).isEqualTo("1 Januari 2017");
    assertThat(dates.dateTime(time.toInstant())).isEqualTo("3 Juni 2019 pukul 11.15 WITA");
    assertThat(dates.score(81.5)).isEqualTo("81,50");
    assertThat(dates.integer(3000)).isEqualTo("3.000");
    assertThat(dates.dateTime((java.time.OffsetDateTime) null)).isNull();
    assertThat(dates.date((LocalDate) null)).isNull();
  }

  @Test
  void aSlotSaysItsDayOnceAndItsZoneAtTheEnd() {
    ZonedDateTime start = LocalDateTime.of(2019, 10, 1, 9, 20).atZone(JAKARTA);
    assertThat(Bahasa.slot(start, start.plusMinutes(20))).isEqualTo("Selasa, 1 Oktober 2019 pukul 09.20–09.40 WIB");
  }

  @Test
  void dateRangesSayTheSharedMonthAndYearOnce() {
    assertThat(Bahasa.dateRange(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2))).isEqualTo("2 Desember 2026");
    assertThat(Bahasa.dateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3))).isEqualTo("1–3 Desember 2026");
    assertThat(Bahasa.dateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2)))
        .isEqualTo("30 November–2 Desember 2026");
    assertThat(Bahasa.dateRange(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)))
        .isEqualTo("30 Desember 2026–2 Januari 2027");
  }

  @Test
  void durationsLeaveOutZeroParts() {
    assertThat(Bahasa.duration(Duration.ofMinutes(135))).isEqualTo("2 jam 15 menit");
    assertThat(Bahasa.duration(Duration.ofDays(3))).isEqualTo("3 hari");
    assertThat(Bahasa.duration(Duration.ofHours(28))).isEqualTo("1 hari 4 jam");
    assertThat(Bahasa.duration(Duration.ofMinutes(45).plusSeconds(59))).isEqualTo("45 menit");
    assertThat(Bahasa.duration(Duration.ofHours(1))).isEqualTo("1 jam");
    assertThat(Bahasa.duration(Duration.ZERO)).isEqualTo("0 menit");
    assertThat(Bahasa.duration(Duration.ofDays(3000))).isEqualTo("3.000 hari");
    assertThat(Bahasa.duration(null)).isNull();
    assertThatThrownBy(() -> Bahasa.duration(Duration.ofMinutes(-5))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scoresHaveTwoDecimalsWithADecimalCommaRoundedHalfUp() {
    assertThat(Bahasa.score(86.46)).isEqualTo("86,46");
    assertThat(Bahasa.score(79.5)).isEqualTo("79,50");
    assertThat(Bahasa.score(100.0)).isEqualTo("100,00");
    assertThat(Bahasa.score(68.333333333)).isEqualTo("68,33");
    // half up on the decimal value, not on the binary double just below it
    assertThat(Bahasa.score(80.005)).isEqualTo("80,01");
    assertThat(Bahasa.score(0.125)).isEqualTo("0,13");
    assertThat(Bahasa.score(-2.675)).isEqualTo("-2,68");
    assertThat(Bahasa.score(1234.5)).isEqualTo("1.234,50");
    assertThat(Bahasa.score(3000.0)).isEqualTo("3.000,00");
  }

  @Test
  void zeroAndNegativeScoresAndNone() {
    assertThat(Bahasa.score(0.0)).isEqualTo("0,00");
    assertThat(Bahasa.score(-0.0)).isEqualTo("0,00");
    // rounds to zero: no "-0,00" as String.format("%.2f") would print
    assertThat(Bahasa.score(-0.001)).isEqualTo("0,00");
    assertThat(Bahasa.score(-12.5)).isEqualTo("-12,50");
    assertThat(Bahasa.score(null)).isEqualTo("–");
    assertThat(Bahasa.score(Double.NaN)).isEqualTo("–");
    assertThat(Bahasa.score(Double.POSITIVE_INFINITY)).isEqualTo("–");
  }

  @Test
  void wholeNumbersHaveAThousandsDot() {
    assertThat(Bahasa.integer(3000)).isEqualTo("3.000");
    assertThat(Bahasa.integer(1_234_567L)).isEqualTo("1.234.567");
    assertThat(Bahasa.integer(999)).isEqualTo("999");
    assertThat(Bahasa.integer(0)).isEqualTo("0");
    assertThat(Bahasa.integer(-3000)).isEqualTo("-3.000");
    assertThat(Bahasa.integer((Integer) null)).isNull();
    assertThat(Bahasa.integer(Integer.valueOf(3000))).isEqualTo("3.000");
  }

  @Test
  void decimalsAndPercentagesDropTrailingZeros() {
    assertThat(Bahasa.decimal(12.5)).isEqualTo("12,5");
    assertThat(Bahasa.decimal(40.0)).isEqualTo("40");
    assertThat(Bahasa.decimal(1234.567)).isEqualTo("1.234,57");
    assertThat(Bahasa.decimal(0.005)).isEqualTo("0,01");
    assertThat(Bahasa.decimal(-0.001)).isEqualTo("0");
    assertThat(Bahasa.percent(40)).isEqualTo("40%");
    assertThat(Bahasa.percent(12.5)).isEqualTo("12,5%");
    assertThat(Bahasa.percent(33.3333)).isEqualTo("33,33%");
    assertThat(Bahasa.percent(0)).isEqualTo("0%");
  }
}
