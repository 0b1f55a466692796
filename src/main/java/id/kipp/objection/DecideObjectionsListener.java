package id.kipp.objection;

import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Putuskan sanggahan": every objected finalist gets a decision, {@code DITERIMA} (the finalist is
 * disqualified) or {@code DITOLAK}, each with its grounds: {@code MALANG-2019-0007: DITERIMA - alasan}.
 */
@Component("decideObjectionsListener")
public class DecideObjectionsListener implements TaskListener {

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateTask task) {
    List<String> objected = ((List<Map<String, String>>) task.getVariable("objectionList")).stream()
        .map(objection -> objection.get("entryKey")).toList();
    List<String> problems = new ArrayList<>();
    Map<String, String> decisions = Objections.parse(task.getVariable("objectionDecisions"), objected,
        "MALANG-2019-0007: DITERIMA - alasan", problems);
    List<String> disqualified = new ArrayList<>();
    for (String entryKey : objected) {
      String decision = decisions.get(entryKey);
      if (decision == null) {
        problems.add("Sanggahan terhadap " + entryKey + " belum diputuskan.");
      } else if (decision.toUpperCase().startsWith("DITERIMA")) {
        disqualified.add(entryKey);
      } else if (!decision.toUpperCase().startsWith("DITOLAK")) {
        problems.add("Putusan untuk " + entryKey + " harus diawali DITERIMA atau DITOLAK.");
      }
    }
    Objections.throwIfAny(problems);
    task.setVariable("disqualified", Vars.jsonList(disqualified));
  }
}
