package id.kipp.objection;

import id.kipp.shared.Markdown;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Catat sanggahan uji publik": each objection names a proposed finalist and gives its grounds. */
@Component("recordObjectionsListener")
public class RecordObjectionsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Map<String, String> objections = Objections.parse(task.getVariable("objections"),
        Vars.textList(task.getVariable("proposedFinalists")), "MALANG-2019-0007: alasan sanggahan", problems);
    Objections.throwIfAny(problems);
    List<Map<String, String>> list = new ArrayList<>();
    objections.forEach((entryKey, reason) -> {
      Map<String, String> objection = new LinkedHashMap<>();
      objection.put("entryKey", entryKey);
      objection.put("reason", reason);
      list.add(objection);
    });
    task.setVariable("objectionList", Vars.json(list));
    StringBuilder summary = new StringBuilder("| Kode | Sanggahan |\n|---|---|\n");
    objections.forEach((entryKey, reason) -> summary.append("| ").append(entryKey).append(" | ")
        .append(Markdown.cell(reason)).append(" |\n"));
    task.setVariable("objectionSummary", summary.toString());
    task.setVariable("hasObjections", !list.isEmpty());
  }
}
