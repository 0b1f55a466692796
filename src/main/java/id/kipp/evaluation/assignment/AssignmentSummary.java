package id.kipp.evaluation.assignment;

import id.kipp.shared.Markdown;
import java.util.List;
import java.util.Map;

/** The proposed assignment as Markdown, for the secretariat's review form. */
public final class AssignmentSummary {

  private AssignmentSummary() {}

  public static String markdown(Map<String, List<String>> assignment, Map<String, String> titles,
      Map<String, String> agencies, List<JurorProfile> jurors) {
    StringBuilder text = new StringBuilder();
    // the jurors come right after the key: Tasklist cuts a wide table at the right edge
    text.append("| Kode | Juri | Instansi | Judul inovasi |\n|---|---|---|---|\n");
    assignment.forEach((entry, assigned) -> text.append("| ").append(entry).append(" | ")
        .append(String.join(", ", assigned)).append(" | ").append(Markdown.cell(agencies.get(entry))).append(" | ")
        .append(Markdown.cell(titles.get(entry))).append(" |\n"));
    text.append("\n**Beban juri**\n\n| Juri | Jumlah inovasi | Afiliasi (konflik kepentingan) |\n|---|---|---|\n");
    Map<String, Integer> loads = BalancedAssignment.loads(assignment, jurors);
    for (JurorProfile juror : jurors) {
      text.append("| ").append(juror.jurorId()).append(" | ").append(loads.get(juror.jurorId())).append(" | ")
          .append(juror.affiliations() == null || juror.affiliations().isEmpty() ? "-"
              : Markdown.cell(String.join(", ", juror.affiliations())))
          .append(" |\n");
    }
    return text.toString();
  }

}
