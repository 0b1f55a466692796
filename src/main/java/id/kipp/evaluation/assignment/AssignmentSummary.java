package id.kipp.evaluation.assignment;

import java.util.List;
import java.util.Map;

/** The proposed assignment as Markdown, for the secretariat's review form. */
public final class AssignmentSummary {

  private AssignmentSummary() {}

  public static String markdown(Map<String, List<String>> assignment, Map<String, String> titles,
      Map<String, String> agencies, List<JurorProfile> jurors) {
    StringBuilder text = new StringBuilder();
    text.append("| Kode | Judul inovasi | Instansi | Juri |\n|---|---|---|---|\n");
    assignment.forEach((entry, assigned) -> text.append("| ").append(entry).append(" | ")
        .append(escape(titles.get(entry))).append(" | ").append(escape(agencies.get(entry))).append(" | ")
        .append(String.join(", ", assigned)).append(" |\n"));
    text.append("\n**Beban juri**\n\n| Juri | Jumlah inovasi | Afiliasi (konflik kepentingan) |\n|---|---|---|\n");
    Map<String, Integer> loads = BalancedAssignment.loads(assignment, jurors);
    for (JurorProfile juror : jurors) {
      text.append("| ").append(juror.jurorId()).append(" | ").append(loads.get(juror.jurorId())).append(" | ")
          .append(juror.affiliations() == null || juror.affiliations().isEmpty() ? "-"
              : escape(String.join(", ", juror.affiliations())))
          .append(" |\n");
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("|", "/").replace("\n", " ").replaceAll("[<>*_`\\[\\]]", "");
  }
}
