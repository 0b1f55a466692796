package id.kipp.objection;

import static id.kipp.objection.ObjectionVariables.OBJECTIONS;
import static id.kipp.objection.ObjectionVariables.PROPOSED_FINALISTS;

import id.kipp.shared.RuleViolation;
import id.kipp.shared.TextHygiene;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Catat sanggahan uji publik": the objections the secretariat received itself (letters, counter), a
 * dynamic list {@code objections} of rows {@code {entryKey, reason}}; each names a proposed finalist and gives its
 * grounds. Kept as {@code secretariatObjections}; the public's confirmed objections join them in
 * {@link CollectObjectionsDelegate}.
 */
@Component("recordObjectionsListener")
public class RecordObjectionsListener implements TaskListener {

  static final int MAX_REASON = 2000;

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> objections = check(task.getVariable(OBJECTIONS),
        Vars.textList(task.getVariable(PROPOSED_FINALISTS)), problems);
    RuleViolation.throwIfAny(problems);
    task.setVariable("secretariatObjections", Vars.json(objections));
  }

  /** The rows as {@code {entryKey, reason}}, or problems naming the row. */
  static List<Map<String, String>> check(Object submitted, List<String> proposed, List<String> problems) {
    List<Map<String, String>> rows = JsonRows.of(submitted);
    List<Map<String, String>> objections = new ArrayList<>();
    if (rows == null) {
      problems.add("Sanggahan harus dikirim sebagai daftar dari formulir.");
      return objections;
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String prefix = "Sanggahan ke-" + (i + 1) + ": ";
      String entryKey = row.getOrDefault("entryKey", "");
      String reason = row.getOrDefault("reason", "");
      if (entryKey.isEmpty()) {
        problems.add(prefix + "pilih finalis yang disanggah.");
      } else if (!proposed.contains(entryKey)) {
        problems.add(prefix + TextHygiene.problem("Kode", entryKey, 64).orElse(entryKey)
            + " bukan finalis yang diusulkan.");
      }
      if (reason.isEmpty()) {
        problems.add(prefix + "alasan sanggahan wajib diisi.");
      } else {
        TextHygiene.problem("alasan sanggahan", reason, MAX_REASON).ifPresent(problem -> problems.add(prefix + problem));
      }
      Map<String, String> objection = new LinkedHashMap<>();
      objection.put("entryKey", entryKey);
      objection.put("reason", reason);
      objections.add(objection);
    }
    return objections;
  }
}
