package id.kipp.award;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.CompetitionCalendar;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Table {@code final_standing} through {@link FinalStandings}, on the migrated schema. */
@JdbcTest
@Import({FinalStandings.class, FinalStandingsTest.Calendar.class})
class FinalStandingsTest {

  @TestConfiguration
  static class Calendar {
    @Bean
    CompetitionCalendar calendar() {
      return new CompetitionCalendar(ZoneId.of("Asia/Jakarta"));
    }
  }

  @Autowired
  FinalStandings standings;

  static final FinalStanding WINNER = new FinalStanding("pi-2", "UJI-2030-0002", "Ākses Warga", "Dinas Kominfo",
      "Perangkat Daerah", 1, 75.0, 90.0, 79.5, true);
  static final FinalStanding FINALIST = new FinalStanding("pi-1", "UJI-2030-0001", "Layanan", "Dinas Kesehatan",
      "Perangkat Daerah", 2, 85.0, 60.0, 77.5, false);
  static final FinalStanding NO_PRESENTATION = new FinalStanding("pi-9", "UJI-2030-0009", "Tanpa Presentasi",
      "Kelurahan", "Unit Kerja", 1, 80.0, null, 80.0, true);

  @Test
  void theRankingIsKeptInItsOrderAndReplacedAsAWhole() {
    standings.replace("UJI-2030", List.of(WINNER, FINALIST, NO_PRESENTATION));
    standings.replace("LAIN-2030", List.of(new FinalStanding("pi-x", "LAIN-2030-0001", "X", "Y", "Z", 1, 1.0, 1.0,
        1.0, true)));
    assertThat(standings.of("UJI-2030")).containsExactly(WINNER, FINALIST, NO_PRESENTATION);

    // computed again (after the Pimpinan returned it): the earlier ranking does not linger
    FinalStanding promoted = new FinalStanding("pi-1", "UJI-2030-0001", "Layanan", "Dinas Kesehatan",
        "Perangkat Daerah", 1, 85.0, 95.0, 88.0, true);
    standings.replace("UJI-2030", List.of(promoted));
    assertThat(standings.of("UJI-2030")).containsExactly(promoted);
    assertThat(standings.find("UJI-2030-0002")).isEmpty();
    assertThat(standings.find("UJI-2030-0001")).contains(promoted);
    assertThat(standings.of("LAIN-2030")).hasSize(1);
    assertThat(standings.of("TIDAKADA-2030")).isEmpty();
  }
}
