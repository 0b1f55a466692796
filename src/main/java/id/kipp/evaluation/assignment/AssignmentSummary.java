package id.kipp.evaluation.assignment;

import id.kipp.shared.Markdown;
import java.util.List;
import java.util.Map;

/**
 * The proposed assignment as Markdown, for the secretariat's review form. It must fit into a String variable
 * ({@link Markdown#MAX_VARIABLE_TEXT}): in a large edition the jurors' loads are shown whole and the entries only as
 * far as they fit, with a note where the whole proposal is (variable {@code proposedAssignment}).
 */
public final class AssignmentSummary {

  /** Room kept for the note said in place of the entries left out. */
  private static final int NOTE_ROOM = 120;

  private AssignmentSummary() {}

  public static String markdown(Map<String, List<String>> assignment, Map<String, String> titles,
      Map<String, String> agencies, List<JurorProfile> jurors) {
    StringBuilder loadTable = new StringBuilder();
    loadTable.append("\n**Beban juri**\n\n| Juri | Jumlah inovasi | Afiliasi (konflik kepentingan) |\n|---|---|---|\n");
    Map<String, Integer> loads = BalancedAssignment.loads(assignment, jurors);
    for (JurorProfile juror : jurors) {
      loadTable.append("| ").append(juror.jurorId()).append(" | ").append(loads.get(juror.jurorId())).append(" | ")
          .append(juror.affiliations() == null || juror.affiliations().isEmpty() ? "-"
              : Markdown.cell(String.join(", ", juror.affiliations())))
          .append(" |\n");
    }
    StringBuilder text = new StringBuilder();
    // the jurors come right after the key: Tasklist cuts a wide table at the right edge
    text.append("| Kode | Juri | Instansi | Judul inovasi |\n|---|---|---|---|\n");
    int shown = 0;
    for (Map.Entry<String, List<String>> entry : assignment.entrySet()) {
      String row = "| " + entry.getKey() + " | " + String.join(", ", entry.getValue()) + " | "
          + Markdown.cell(agencies.get(entry.getKey())) + " | " + Markdown.cell(titles.get(entry.getKey())) + " |\n";
      if (text.length() + row.length() + loadTable.length() + NOTE_ROOM > Markdown.MAX_VARIABLE_TEXT) {
        break;
      }
      text.append(row);
      shown++;
    }
    if (shown < assignment.size()) {
      text.append("\n_").append(shown).append(" dari ").append(assignment.size())
          .append(" inovasi ditampilkan; usulan lengkap ada pada variabel proposedAssignment edisi ini (Cockpit)._\n");
    }
    return Markdown.fitted(text.append(loadTable).toString(), "_Tabel dipotong._");
  }

}
