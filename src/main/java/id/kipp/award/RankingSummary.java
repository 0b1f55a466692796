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
        text.append("| Peringkat | Kode | Judul inovasi | Instansi | Nilai proposal | Nilai presentasi | Nilai akhir | Usulan |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
      }
      text.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.2f | %.2f | %.2f | %s |%n", standing.rank(),
          standing.entryKey(), Markdown.cell(standing.title()), Markdown.cell(standing.agency()), standing.deskScore(),
          standing.presentationScore(), standing.finalScore(), standing.winner() ? "Pemenang" : "Finalis"));
    }
    return text.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

}
