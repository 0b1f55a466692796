package id.kipp.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.FormRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consensus score rows of "Tetapkan konsensus penilaian" as {@link ConsensusValidator} reads them. */
class ConsensusRowsTest {

  private static final List<String> FLAGGED = List.of("A-2030-0001", "A-2030-0002");

  private static Map<String, Object> row(String entryKey, Object score) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("entryKey", entryKey);
    row.put("score", score);
    return row;
  }

  private final List<String> problems = new ArrayList<>();

  private Map<String, Double> read(Object rows) {
    return ConsensusValidator.read(rows, FLAGGED, 0, 100, problems);
  }

  @Test
  void scoresOfFlaggedEntriesAreReadRoundedAsTheRubricRounds() {
    Map<String, Double> scores = read(FormRows.json(List.of(row("A-2030-0001", 78.456789), row("A-2030-0002", 90))));
    assertThat(problems).isEmpty();
    assertThat(scores).containsExactly(Map.entry("A-2030-0001", 78.4568), Map.entry("A-2030-0002", 90.0));
  }

  @Test
  void noRowsAndEmptyRowsAreNoScores() {
    assertThat(read(null)).isEmpty();
    assertThat(read(FormRows.empty())).isEmpty();
    assertThat(read(FormRows.json(List.of(row(null, null), row("", null))))).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void everyWrongRowIsNamed() {
    Map<String, Double> scores = read(FormRows.json(List.of(row("A-2030-0001", 80), row("B-2030-0009", 70),
        row("A-2030-0001", 85), row("A-2030-0002", 101), row("A-2030-0002", null), row("A-2030-0002", -1))));
    assertThat(scores).containsExactly(Map.entry("A-2030-0001", 80.0));
    assertThat(problems).containsExactly(
        "Baris 2 (Nilai konsensus): inovasi B-2030-0009 tidak termasuk inovasi yang ditandai berbeda penilaian pada "
            + "edisi ini; nilai konsensus hanya untuk inovasi yang ditandai.",
        "Baris 3 (Nilai konsensus): A-2030-0001 sudah diberi nilai pada baris 1; satu baris per inovasi.",
        "Baris 4 (Nilai konsensus): nilai konsensus harus 0 sampai 100.",
        "Baris 5 (Nilai konsensus): pilih inovasi dan isi nilai konsensus, atau hapus baris itu.",
        "Baris 6 (Nilai konsensus): nilai konsensus harus 0 sampai 100.");
  }

  @Test
  void aScoreTypedAsTextOrSomethingNotAListIsRefused() {
    read(FormRows.json(List.of(row("A-2030-0001", "80"))));
    read("bukan daftar");
    read("{\"entryKey\": \"A-2030-0001\"}");
    assertThat(problems).containsExactly(
        "Baris 1 (Nilai konsensus): pilih inovasi dan isi nilai konsensus, atau hapus baris itu.",
        "Isian \"Nilai konsensus\" harus berupa daftar baris dari formulir.",
        "Isian \"Nilai konsensus\" harus berupa daftar baris dari formulir.");
  }
}
