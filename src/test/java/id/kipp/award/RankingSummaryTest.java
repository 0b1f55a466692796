package id.kipp.award;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.evaluation.scoring.FinalScoreRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingSummaryTest {

  private static final String HEADER =
      "| Peringkat | Usulan | Nilai akhir | Nilai proposal | Nilai presentasi | Kode | Judul inovasi | Instansi |\n"
          + "|---|---|---|---|---|---|---|---|\n";

  private static String markdown(List<FinalStanding> standings, FinalScoreRules rules) {
    return RankingSummary.markdown(standings, rules).replace("\r\n", "\n");
  }

  @Test
  void tablePerGroupWithWinnersAndFinalists() {
    // final = 0.7*desk + 0.3*presentation: 0.7*85 + 0.3*90 = 86.5; 0.7*88 + 0.3*70 = 82.6;
    // 0.7*70.5 + 0.3*80 = 49.35 + 24 = 73.35
    List<FinalStanding> standings = List.of(
        new FinalStanding("pi-3", "MALANG-2019-0003", "Aplikasi | SIPANDU", "Dinas Kominfo", "Perangkat Daerah", 1,
            85, 90.0, 86.5, true),
        new FinalStanding("pi-1", "MALANG-2019-0001", "LAPO BRA", "Dinas Perpustakaan", "Perangkat Daerah", 2,
            88, 70.0, 82.6, false),
        new FinalStanding("pi-7", "MALANG-2019-0007", "Pojok *Laktasi*", "Puskesmas Dinoyo", "Unit Kerja", 1,
            70.5, 80.0, 73.35, true));

    String text = markdown(standings, new FinalScoreRules(70, 30, 0, 100));

    assertThat(text).isEqualTo(
        "Nilai akhir = 70% nilai proposal + 30% nilai presentasi.\n\n"
            + "\n**Kelompok Perangkat Daerah**\n\n"
            + HEADER
            + "| 1 | Pemenang | 86,50 | 85,00 | 90,00 | MALANG-2019-0003 | Aplikasi / SIPANDU | Dinas Kominfo |\n"
            + "| 2 | Finalis | 82,60 | 88,00 | 70,00 | MALANG-2019-0001 | LAPO BRA | Dinas Perpustakaan |\n"
            + "\n**Kelompok Unit Kerja**\n\n"
            + HEADER
            // "*" (Markdown emphasis) is removed from texts
            + "| 1 | Pemenang | 73,35 | 70,50 | 80,00 | MALANG-2019-0007 | Pojok Laktasi | Puskesmas Dinoyo |\n");
  }

  @Test
  void pipesAndLineBreaksInTextsDoNotBreakTheTable() {
    List<FinalStanding> standings = List.of(new FinalStanding("pi-1", "MALANG-2019-0001", "A | B\nC", "Dinas | X",
        "Kelompok | Satu", 1, 80, 90.0, 83, true));

    String text = markdown(standings, new FinalScoreRules(70, 30, 0, 100));

    assertThat(text).contains("**Kelompok Kelompok / Satu**");
    assertThat(text).contains("| 1 | Pemenang | 83,00 | 80,00 | 90,00 | MALANG-2019-0001 | A / B C | Dinas / X |\n");
    // every table row has exactly the 9 pipes of 8 columns
    text.lines().filter(line -> line.startsWith("| 1 ")).forEach(line ->
        assertThat(line.chars().filter(c -> c == '|').count()).isEqualTo(9));
  }

  @Test
  void nullTitleAndNonWholeWeights() {
    List<FinalStanding> standings = List.of(new FinalStanding("pi-1", "MALANG-2019-0001", null, null, "Unit Kerja",
        1, 80, 90.0, 82.5, false));

    String text = markdown(standings, new FinalScoreRules(2.5, 1, 0, 100));

    assertThat(text).startsWith("Nilai akhir = 2,5% nilai proposal + 1% nilai presentasi.\n");
    assertThat(text).contains("| 1 | Finalis | 82,50 | 80,00 | 90,00 | MALANG-2019-0001 |  |  |");
  }

  @Test
  void noStandingsGivesOnlyTheFormula() {
    assertThat(markdown(List.of(), new FinalScoreRules(70, 30, 0, 100)))
        .isEqualTo("Nilai akhir = 70% nilai proposal + 30% nilai presentasi.\n\n");
  }

  @Test
  void manyFinalistsFitIntoAStringVariableWithEveryWinner() {
    List<FinalStanding> thirty = new java.util.ArrayList<>();
    List<FinalStanding> ninetyNine = new java.util.ArrayList<>();
    for (int i = 1; i <= 99; i++) {
      ninetyNine.add(standing(i, "Kelompok " + (i - 1) / 33));
      if (i <= 30) {
        thirty.add(standing(i, "Kelompok " + (i - 1) / 10));
      }
    }
    FinalScoreRules rules = new FinalScoreRules(70, 30, 0, 100);

    String compact = markdown(thirty, rules);
    assertThat(compact.length()).isLessThanOrEqualTo(id.kipp.shared.Markdown.MAX_VARIABLE_TEXT);
    assertThat(compact).contains("| 30 | Finalis | 80,00 | 80,00 | 80,00 | KIPP-2030-0030 |\n")
        .contains("Judul dan instansi tidak ditampilkan");

    String winnersOnly = markdown(ninetyNine, rules);
    assertThat(winnersOnly.length()).isLessThanOrEqualTo(id.kipp.shared.Markdown.MAX_VARIABLE_TEXT);
    for (int i = 11; i <= 99; i += 11) {
      assertThat(winnersOnly).contains(String.format("| Pemenang | 80,00 | 80,00 | 80,00 | KIPP-2030-%04d |", i));
    }
    assertThat(winnersOnly).doesNotContain("KIPP-2030-0001").contains("Hanya usulan pemenang yang ditampilkan (99 finalis)");
  }

  private static FinalStanding standing(int i, String group) {
    return new FinalStanding("pi-" + i, String.format("KIPP-2030-%04d", i),
        "Inovasi Pelayanan Publik yang Panjang Judulnya Nomor " + i, "Pemerintah Kabupaten Contoh Nomor " + i,
        group, i, 80, 80.0, 80, i % 11 == 0);
  }
}
