package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.DESK_RANKING;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.EXCLUDED_FINALISTS;
import static id.kipp.evaluation.EvaluationVariables.FINALIST_COUNT;

import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.stereotype.Component;

/**
 * "Tetapkan finalis per kelompok": ranks the evaluated entries of each group and makes the top N (the edition's
 * {@code finalistsPerGroup}) finalists. The score ranked is the desk score, normalised per juror when DMN
 * {@code aturan-penilaian} says so, replaced by the secretariat's consensus score where one was set; an entry below the
 * table's passing grade is never a finalist. The decision is stored in table {@code desk_result} (group, desk rank,
 * finalist; a copy for Cockpit in {@code deskRanking}) and the count in {@code finalistCount}; it reaches no entry yet: "Umumkan finalis dan jadwal" delivers it once the secretariat has
 * confirmed the presentation timetable.
 */
@Component("selectFinalistsDelegate")
public class SelectFinalistsDelegate implements JavaDelegate {

  private final FinalistRanking finalistRanking;
  private final DeskResults deskResults;

  public SelectFinalistsDelegate(FinalistRanking finalistRanking, DeskResults deskResults) {
    this.finalistRanking = finalistRanking;
    this.deskResults = deskResults;
  }

  /** The step that delivers the decision later ("Umumkan finalis dan jadwal"). */
  static final String ANNOUNCER = "${announceFinalistsDelegate}";

  @Override
  public void execute(DelegateExecution execution) {
    if (!announcesFinalists(execution.getBpmnModelInstance())) {
      // an edition started on a process version from before the timetable: its entries would wait for ever
      throw new IllegalStateException("Versi proses edisi ini belum memiliki langkah \"Umumkan finalis dan jadwal\". "
          + "Pindahkan edisi ke versi proses terbaru (POST /api/admin/processes/"
          + execution.getProcessDefinitionId().split(":")[0] + "/migrate), lalu ulangi langkah ini di Cockpit.");
    }
    FinalistRanking.Computed computed = finalistRanking.compute(execution);
    Set<String> excluded = excluded(execution, computed);
    List<Map<String, Object>> table = new ArrayList<>();
    List<DeskResults.Decision> decisions = new ArrayList<>();
    long finalists = 0;
    for (Ranked ranked : computed.ranking()) {
      WaitingEntry entry = computed.byKey().get(ranked.candidate().entryKey());
      boolean finalist = ranked.selected() && !excluded.contains(entry.entryKey());
      if (finalist) {
        finalists++;
      }
      decisions.add(new DeskResults.Decision(entry.entryKey(), ranked.candidate().group(), ranked.rank(), finalist,
          ranked.selected() && !finalist));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("entryKey", ranked.candidate().entryKey());
      row.put("title", entry.get("title"));
      row.put("agency", entry.get("agency"));
      row.put("group", ranked.candidate().group());
      row.put("rank", ranked.rank());
      row.put("rankingDeskScore", ranked.candidate().score());
      row.put("finalist", finalist);
      if (ranked.selected() && !finalist) {
        row.put("excluded", true);
      }
      table.add(row);
    }
    deskResults.setDecision((String) execution.getVariable(EDITION_KEY), decisions);
    // a copy for Cockpit: "Umumkan finalis dan jadwal" and the timetable read the decision from desk_result
    execution.setVariable(DESK_RANKING, Vars.json(table));
    execution.setVariable(FINALIST_COUNT, finalists);
  }

  /** True when the edition process has a step that later delivers the finalists' decision to the entries. */
  static boolean announcesFinalists(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .anyMatch(task -> ANNOUNCER.equals(task.getCamundaDelegateExpression()));
  }

  /**
   * Proposed finalists that may not go on: disqualified after an objection in the public objection period (uji
   * publik, edition variable {@code excludedFinalists}) or found not eligible at field verification (entry variable
   * {@code fieldVerification} = {@code TIDAK_LAYAK}). They are dropped from the list; nobody moves up in their place.
   */
  private static Set<String> excluded(DelegateExecution execution, FinalistRanking.Computed computed) {
    Set<String> excluded = new HashSet<>(Vars.textList(execution.getVariable(EXCLUDED_FINALISTS)));
    computed.byKey().values().stream()
        .filter(entry -> "TIDAK_LAYAK".equals(entry.get("fieldVerification")))
        .forEach(entry -> excluded.add(entry.entryKey()));
    return excluded;
  }
}
