package id.kipp.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final String PD = "Perangkat Daerah";
  private static final String UK = "Unit Kerja";

  private static Date day(int dayOfMay) {
    return Date.from(Instant.parse(String.format("2019-05-%02dT02:00:00Z", dayOfMay)));
  }

  private static Candidate candidate(String number, String group, double score, double tieBreak, int dayOfMay) {
    return new Candidate("MALANG-2019-" + number, group, score, tieBreak, day(dayOfMay));
  }

  @Test
  void ranksEachGroupByScoreAndSelectsTheQuota() {
    List<Candidate> candidates = List.of(
        candidate("0001", PD, 70.25, 60, 1),
        candidate("0002", UK, 81.5, 80, 2),
        candidate("0003", PD, 88.0, 85, 3),
        candidate("0004", PD, 79.9, 90, 4),
        candidate("0005", UK, 64.0, 70, 5),
        candidate("0006", PD, 91.75, 80, 6));

    List<Ranked> ranking = Ranking.rank(candidates, List.of(PD, UK), 2);

    assertThat(ranking).extracting(r -> r.candidate().entryKey(), Ranked::rank, Ranked::selected).containsExactly(
        tuple("MALANG-2019-0006", 1, true),   // PD 91.75
        tuple("MALANG-2019-0003", 2, true),   // PD 88.0
        tuple("MALANG-2019-0004", 3, false),  // PD 79.9
        tuple("MALANG-2019-0001", 4, false),  // PD 70.25
        tuple("MALANG-2019-0002", 1, true),   // UK 81.5
        tuple("MALANG-2019-0005", 2, true));  // UK 64.0 (quota 2, only two in the group)
  }

  @Test
  void tiesAreBrokenByTieBreakScoreThenSubmissionThenEntryKey() {
    List<Candidate> candidates = List.of(
        candidate("0005", PD, 85.0, 70, 2),   // same score and tie-break as 0002 and 0009, submitted day 2
        candidate("0002", PD, 85.0, 70, 2),   // same as 0005 but smaller key
        candidate("0009", PD, 85.0, 70, 1),   // submitted earlier (day 1)
        candidate("0007", PD, 85.0, 80, 9),   // higher tie-break score wins despite late submission
        candidate("0008", PD, 90.0, 10, 30)); // highest score first regardless of anything else

    List<Ranked> ranking = Ranking.rank(candidates, List.of(PD), 3);

    assertThat(ranking).extracting(r -> r.candidate().entryKey(), Ranked::rank, Ranked::selected).containsExactly(
        tuple("MALANG-2019-0008", 1, true),
        tuple("MALANG-2019-0007", 2, true),
        tuple("MALANG-2019-0009", 3, true),
        tuple("MALANG-2019-0002", 4, false),
        tuple("MALANG-2019-0005", 5, false));
  }

  @Test
  void orderDoesNotDependOnInputOrder() {
    List<Candidate> candidates = new ArrayList<>(List.of(
        candidate("0005", PD, 85.0, 70, 2), candidate("0002", PD, 85.0, 70, 2), candidate("0009", PD, 85.0, 70, 1),
        candidate("0007", PD, 85.0, 80, 9), candidate("0008", PD, 90.0, 10, 30), candidate("0001", UK, 50, 50, 3)));
    List<Ranked> expected = Ranking.rank(candidates, List.of(PD, UK), 2);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(candidates, random);
      assertThat(Ranking.rank(candidates, List.of(PD, UK), 2)).isEqualTo(expected);
    }
  }

  @Test
  void groupsComeInTheGivenOrderAndUnknownGroupsLast() {
    List<Candidate> candidates = List.of(
        candidate("0001", "Kelurahan", 99.0, 99, 1),
        candidate("0002", PD, 80.0, 80, 1),
        candidate("0003", UK, 70.0, 70, 1),
        candidate("0004", "Kelurahan", 60.0, 60, 1));

    List<Ranked> ranking = Ranking.rank(candidates, List.of(UK, "Kecamatan", PD), 1);

    assertThat(ranking).extracting(r -> r.candidate().group(), r -> r.candidate().entryKey(), Ranked::rank,
        Ranked::selected).containsExactly(
            tuple(UK, "MALANG-2019-0003", 1, true),
            tuple(PD, "MALANG-2019-0002", 1, true),
            // a group the edition does not list is still ranked, after the known ones
            tuple("Kelurahan", "MALANG-2019-0001", 1, true),
            tuple("Kelurahan", "MALANG-2019-0004", 2, false));
  }

  @Test
  void quotaZeroSelectsNobodyAndLargeQuotaSelectsEverybody() {
    List<Candidate> candidates = List.of(candidate("0001", PD, 80, 80, 1), candidate("0002", PD, 70, 70, 1));
    assertThat(Ranking.rank(candidates, List.of(PD), 0)).extracting(Ranked::selected).containsExactly(false, false);
    assertThat(Ranking.rank(candidates, List.of(PD), 10)).extracting(Ranked::selected).containsExactly(true, true);
  }

  @Test
  void noCandidatesGivesAnEmptyRanking() {
    assertThat(Ranking.rank(List.of(), List.of(PD, UK), 3)).isEmpty();
  }

  @Test
  void passingGradeKeepsLowScoresOutOfTheQuota() {
    java.util.Date day = new java.util.Date(0);
    List<Candidate> candidates = List.of(new Candidate("A", "G", 90, 0, day), new Candidate("B", "G", 86, 0, day),
        new Candidate("C", "G", 84.99, 0, day));
    assertThat(Ranking.rank(candidates, List.of("G"), 3, 85.0)).extracting(Ranked::selected)
        .containsExactly(true, true, false);
    assertThat(Ranking.rank(candidates, List.of("G"), 3, null)).extracting(Ranked::selected)
        .containsExactly(true, true, true);
  }
}
