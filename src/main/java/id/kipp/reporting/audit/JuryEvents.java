package id.kipp.reporting.audit;

import static id.kipp.reporting.audit.EntryHistory.*;

import id.kipp.evaluation.assignment.ConflictDeclarations.Declaration;
import id.kipp.evaluation.scoring.JurorEvaluation;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** Scores recorded by jurors (table evaluation) and conflicts of interest they declared, with their replacements. */
final class JuryEvents {

  private final EntryHistory h;

  JuryEvents(EntryHistory h) {
    this.h = h;
  }

  void addTo() {
    scores();
    conflictsOfInterest();
  }

  private void scores() {
    h.jdbc.query("SELECT stage, juror_id, total_score, comment, submitted_at FROM evaluation WHERE entry_key = ?"
        + " ORDER BY submitted_at, stage, juror_id", rs -> {
          boolean desk = JurorEvaluation.DESK.equals(rs.getString(1));
          String comment = rs.getString(4);
          h.add(rs.getTimestamp(5), SCORED, rs.getString(2), desk ? "Nilai proposal dicatat" : "Nilai presentasi dicatat",
              (desk ? "Nilai total " : "Nilai ") + number(rs.getBigDecimal(3)) + "."
                  + (comment == null || comment.isBlank() ? "" : " Catatan juri: " + comment.trim()));
        }, h.instance.getBusinessKey());
  }

  private void conflictsOfInterest() {
    List<Declaration> declarations = h.conflicts.forEntry(h.instance.getBusinessKey());
    if (declarations.isEmpty()) {
      return;
    }
    // replacements, by the juror they appointed: "Tunjuk juri pengganti" sets the sub-process's juror
    Map<String, HistoricActivityInstance> replacements = new HashMap<>();
    h.activities.values().stream().filter(activity -> "Task_ReplaceJuror".equals(activity.getActivityId())
        && activity.getEndTime() != null).forEach(activity -> {
          String juror = text(last(h.updatesByActivity.getOrDefault(activity.getId(), List.of()), "juror"));
          if (juror != null) {
            replacements.put(juror, activity);
          }
        });
    for (Declaration declaration : declarations) {
      h.add(Date.from(declaration.declaredAt()), SCORED, declaration.jurorId(), "Konflik kepentingan dinyatakan",
          "Alasan: " + declaration.reason() + (declaration.replacedBy() == null ? " Juri pengganti belum ditunjuk." : ""));
      if (declaration.replacedBy() != null) {
        HistoricActivityInstance replaced = replacements.get(declaration.replacedBy());
        h.add(replaced != null ? replaced.getEndTime() : Date.from(declaration.declaredAt()), REPLACED, SYSTEM,
            "Juri pengganti ditunjuk", "Juri " + declaration.jurorId() + " digantikan oleh juri "
                + declaration.replacedBy() + ".");
      }
    }
  }

}
