package id.kipp.award;

import id.kipp.shared.Markdown;
import id.kipp.evaluation.scoring.FinalScoreRules;
import java.util.List;
import java.util.Locale;

/** The final ranking as a Markdown table, shown in the Pimpinan's sign-off form. */
public final class RankingSummary {

  private RankingSummary() {}

  public static String markdown(List<FinalStanding> standings, FinalScoreRules rules) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Nilai akhir = %s%% nilai proposal + %s%% nilai presentasi.%n%n",
        number(rules.deskWeight()), number(rules.presentationWeight())));
    String group = null;
    for (FinalStanding standing : standings) {
      if (!standing.group().equals(group)) {
        group = standing.group();
        text.append("\n**Kelompok ").append(Markdown.cell(group)).append("**\n\n");
        text.append("| Peringkat | Usulan | Nilai akhir | Nilai proposal | Nilai presentasi | Kode | Judul inovasi | Instansi |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
      }
      // decision columns first: Tasklist cuts a wide table at the right edge
      text.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %s | %s | %s | %s |%n", standing.rank(),
          standing.winner() ? "Pemenang" : "Finalis", standing.finalScore(), standing.deskScore(),
          standing.presentationScore() == null ? "-" : String.format(Locale.ROOT, "%.2f", standing.presentationScore()),
          standing.entryKey(), Markdown.cell(standing.title()), Markdown.cell(standing.agency())));
    }
    return text.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

}
