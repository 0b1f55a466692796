package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndonesianTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Test
  void scoresHaveTwoDecimalsWithADecimalComma() {
    assertThat(Indonesian.score(79.5)).isEqualTo("79,50");
    assertThat(Indonesian.score(100.0)).isEqualTo("100,00");
    assertThat(Indonesian.score(68.333333333)).isEqualTo("68,33");
    // half up on the decimal value, not on the binary double below it
    assertThat(Indonesian.score(80.005)).isEqualTo("80,01");
    assertThat(Indonesian.score(1234.5)).isEqualTo("1.234,50");
    assertThat(Indonesian.score(null)).isEqualTo("–");
  }

  @Test
  void datesUseIndonesianMonthNamesInTheOrganisersZone() {
    Instant morning = Instant.parse("2030-06-12T03:15:00Z");
    assertThat(Indonesian.date(morning, JAKARTA)).isEqualTo("12 Juni 2030");
    assertThat(Indonesian.dateTime(morning, JAKARTA)).isEqualTo("12 Juni 2030 pukul 10.15 WIB");
    // 23:30 UTC is already the next day in Jakarta
    assertThat(Indonesian.date(Instant.parse("2030-08-16T23:30:00Z"), JAKARTA)).isEqualTo("17 Agustus 2030");
    assertThat(Indonesian.dateTime(morning, ZoneId.of("Asia/Makassar"))).isEqualTo("12 Juni 2030 pukul 11.15 WITA");
    assertThat(Indonesian.date(null, JAKARTA)).isEmpty();
  }

  @Test
  void groupNamesBecomeDistinctUrlSegments() {
    assertThat(Indonesian.slugs(List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah", "Kabupaten/Kota",
        "Désa & Kelurahan", "unit kerja perangkat daerah", "???")).values())
        .containsExactly("perangkat-daerah", "unit-kerja-perangkat-daerah", "kabupaten-kota", "desa-kelurahan",
            "unit-kerja-perangkat-daerah-2", "kelompok");
  }
}
