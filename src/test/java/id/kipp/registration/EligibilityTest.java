package id.kipp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The minimum time in service of DMN kelayakan-peserta (default 12 months), counted on the day of registration. */
class EligibilityTest {

  private static Registration implementedSince(String day) {
    return new Registration(Map.of("implementedSince", day), true, null, null, null);
  }

  @Test
  void innovationMustHaveBeenInServiceLongEnough() {
    Eligibility twelveMonths = new Eligibility(12);
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(twelveMonths.check(implementedSince("2025-11-23"), today)).isEmpty();
    assertThat(twelveMonths.check(implementedSince("2017-01-02"), today)).isEmpty();
    assertThat(twelveMonths.check(implementedSince("2025-11-24"), today)).containsExactly(
        "Inovasi baru diterapkan sejak 24 November 2025. Syarat kompetisi ini: sudah diterapkan minimal 12 bulan, "
            + "yaitu paling lambat sejak 23 November 2025.");
    // no time in service required
    assertThat(new Eligibility(0).check(implementedSince("2026-11-23"), today)).isEmpty();
    // dates missing or in the future are reported by RegistrationRules, not twice here
    assertThat(twelveMonths.check(implementedSince(""), today)).isEmpty();
    assertThat(twelveMonths.check(implementedSince("2027-01-01"), today)).isEmpty();
  }
}
