package id.kipp.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.CompetitionCalendar;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Table {@code presentation_result} through {@link PresentationResults}, on the migrated schema. */
@JdbcTest
@Import({PresentationResults.class, PresentationResultsTest.Calendar.class})
class PresentationResultsTest {

  @TestConfiguration
  static class Calendar {
    @Bean
    CompetitionCalendar calendar() {
      return new CompetitionCalendar(ZoneId.of("Asia/Jakarta"));
    }
  }

  @Autowired
  PresentationResults results;

  @Test
  void aRetriedComputationWritesTheSameRowAgain() {
    results.record("UJI-2030-0001", "UJI-2030", 68.3333, 3);
    results.record("UJI-2030-0002", "UJI-2030", 95.0, 3);
    results.record("LAIN-2030-0001", "LAIN-2030", 50.0, 2);
    results.record("UJI-2030-0001", "UJI-2030", 68.3333, 3);

    assertThat(results.score("UJI-2030-0001")).contains(68.3333);
    assertThat(results.score("UJI-2030-0003")).isEmpty();
    assertThat(results.ofEdition("UJI-2030"))
        .containsOnlyKeys("UJI-2030-0001", "UJI-2030-0002").containsEntry("UJI-2030-0002", 95.0);
  }
}
