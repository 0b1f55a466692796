package id.kipp.award;

import id.kipp.shared.Bahasa;
import id.kipp.shared.Markdown;
import id.kipp.evaluation.scoring.FinalScoreRules;
import java.util.List;

/**
 * The final ranking as a Markdown table, shown in the Pimpinan's sign-off form. It must fit into a String variable
 * ({@link Markdown#MAX_VARIABLE_TEXT}): with many finalists the titles and agencies are left out, and with still more
 * only the proposed winners are listed, with a note where the whole ranking is.
 */
public final class RankingSummary {

  private RankingSummary() {}

  public static String markdown(List<FinalStanding> standings, FinalScoreRules rules) {
    String full = markdown(standings, rules, true);
    if (full.length() <= Markdown.MAX_VARIABLE_TEXT) {
      return full;
    }
    String compact = markdown(standings, rules, false)
        + "\n_Judul dan instansi tidak ditampilkan (terlalu banyak finalis); lihat ranking.csv edisi ini._\n";
    if (compact.length() <= Markdown.MAX_VARIABLE_TEXT) {
      return compact;
    }
    return Markdown.fitted(markdown(standings.stream().filter(FinalStanding::winner).toList(), rules, false)
        + "\n_Hanya usulan pemenang yang ditampilkan (" + standings.size()
        + " finalis); peringkat lengkap ada di ranking.csv edisi ini._\n", "_Tabel dipotong._");
  }

  private static String markdown(List<FinalStanding> standings, FinalScoreRules rules, boolean withTexts) {
    StringBuilder text = new StringBuilder();
    text.append("Nilai akhir = ").append(Bahasa.percent(rules.deskWeight())).append(" nilai proposal + ")
        .append(Bahasa.percent(rules.presentationWeight())).append(" nilai presentasi.\n\n");
    String group = null;
    for (FinalStanding standing : standings) {
      if (!standing.group().equals(group)) {
        group = standing.group();
        text.append("\n**Kelompok ").append(Markdown.cell(group)).append("**\n\n");
        text.append(withTexts
            ? "| Peringkat | Usulan | Nilai akhir | Nilai proposal | Nilai presentasi | Kode | Judul inovasi | Instansi |\n"
                + "|---|---|---|---|---|---|---|---|\n"
            : "| Peringkat | Usulan | Nilai akhir | Nilai proposal | Nilai presentasi | Kode |\n|---|---|---|---|---|---|\n");
      }
      String scores = "| " + standing.rank() + " | " + (standing.winner() ? "Pemenang" : "Finalis") + " | "
          + Bahasa.score(standing.finalScore()) + " | " + Bahasa.score(standing.rankingDeskScore()) + " | "
          + Bahasa.score(standing.presentationScore()) + " | " + standing.entryKey() + " |";
      // decision columns first: Tasklist cuts a wide table at the right edge
      text.append(scores).append(withTexts
          ? " " + Markdown.cell(standing.title()) + " | " + Markdown.cell(standing.agency()) + " |\n" : "\n");
    }
    return text.toString();
  }
}
