package id.kipp.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.CompetitionCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Table {@code desk_result} through {@link DeskResults}, on the migrated schema; and the one rule of which desk score counts. */
@JdbcTest
@Import({DeskResults.class, DeskResultsTest.Calendar.class})
class DeskResultsTest {

  @TestConfiguration
  static class Calendar {
    @Bean
    CompetitionCalendar calendar() {
      return new CompetitionCalendar(ZoneId.of("Asia/Jakarta"));
    }
  }

  @Autowired
  DeskResults results;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRecomputedDeskScoreReplacesTheRawValuesAndKeepsWhatWasDecidedLater() {
    results.record("UJI-2030-0001", "UJI-2030", 70.0, 72.5, 2, "selisih nilai total antarjuri 40.00 (batas 20.00)");
    results.record("UJI-2030-0002", "UJI-2030", 80.0, 81.0, 2, null);
    results.record("LAIN-2030-0001", "LAIN-2030", 99.0, 99.0, 1, null);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-05-02T03:00:00Z")));
    results.setConsensus("UJI-2030", Map.of("UJI-2030-0001", 82.0), "sekretariat");
    results.setDecision("UJI-2030", List.of(new DeskResults.Decision("UJI-2030-0001", "Perangkat Daerah", 1, true, false),
        new DeskResults.Decision("UJI-2030-0002", "Perangkat Daerah", 2, false, false)));

    // "Hitung nilai proposal" retried: the same row again, consensus and decision kept
    results.record("UJI-2030-0001", "UJI-2030", 70.0, 72.5, 2, "selisih nilai total antarjuri 40.00 (batas 20.00)");

    DeskResult disputed = results.find("UJI-2030-0001").orElseThrow();
    assertThat(disputed).isEqualTo(new DeskResult("UJI-2030-0001", "UJI-2030", 70.0, 72.5, 2, true,
        "selisih nilai total antarjuri 40.00 (batas 20.00)", null, 82.0, "sekretariat",
        Instant.parse("2030-05-02T03:00:00Z"), "Perangkat Daerah", 1, true, false));
    assertThat(disputed.rankingDeskScore()).isEqualTo(82.0);
    assertThat(disputed.isFinalist()).isTrue();
    assertThat(results.ofEdition("UJI-2030")).containsOnlyKeys("UJI-2030-0001", "UJI-2030-0002");
    assertThat(results.flagged("UJI-2030")).extracting(DeskResult::entryKey).containsExactly("UJI-2030-0001");
    assertThat(results.find("UJI-2030-0002").orElseThrow().isFinalist()).isFalse();
    assertThat(results.find("UJI-2030-0003")).isEmpty();
  }

  @Test
  void consensusAndNormalisedScoresAreSetPerEditionAsAWhole() {
    results.record("UJI-2030-0001", "UJI-2030", 70.0, 70.0, 2, "beda");
    results.record("UJI-2030-0002", "UJI-2030", 60.0, 60.0, 2, "beda");
    results.record("LAIN-2030-0001", "LAIN-2030", 50.0, 50.0, 2, "beda");
    results.setConsensus("LAIN-2030", Map.of("LAIN-2030-0001", 55.0), "sekretariat");
    results.setConsensus("UJI-2030", Map.of("UJI-2030-0001", 75.0), "sekretariat");
    results.setNormalised("UJI-2030", Map.of("UJI-2030-0001", 66.0, "UJI-2030-0002", 64.0));
    // set again (the consensus task's second completion, a ranking computed again): earlier values do not linger
    results.setConsensus("UJI-2030", Map.of("UJI-2030-0002", 61.0), "sekretariat2");
    results.setNormalised("UJI-2030", Map.of("UJI-2030-0002", 63.0));

    DeskResult first = results.find("UJI-2030-0001").orElseThrow();
    DeskResult second = results.find("UJI-2030-0002").orElseThrow();
    assertThat(first.consensusScore()).isNull();
    assertThat(first.normalisedScore()).isNull();
    assertThat(first.rankingDeskScore()).isEqualTo(70.0);
    assertThat(second.consensusScore()).isEqualTo(61.0);
    assertThat(second.consensusBy()).isEqualTo("sekretariat2");
    assertThat(second.normalisedScore()).isEqualTo(63.0);
    assertThat(second.rankingDeskScore()).as("consensus before normalised").isEqualTo(61.0);
    assertThat(results.find("LAIN-2030-0001").orElseThrow().consensusScore()).as("other edition").isEqualTo(55.0);
  }

  @Test
  void theDeskScoreThatCountsIsConsensusElseNormalisedElseRaw() {
    assertThat(result(null, null).rankingDeskScore()).isEqualTo(70.0);
    assertThat(result(68.25, null).rankingDeskScore()).isEqualTo(68.25);
    assertThat(result(68.25, 90.0).rankingDeskScore()).isEqualTo(90.0);
    assertThat(result(null, 0.0).rankingDeskScore()).as("a consensus of 0 counts").isEqualTo(0.0);
  }

  private static DeskResult result(Double normalised, Double consensus) {
    return new DeskResult("UJI-2030-0001", "UJI-2030", 70.0, 70.0, 2, false, null, normalised, consensus, null, null,
        null, null, null, null);
  }
}
