package id.kipp.evaluation.ranking;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.assignment.ConflictsOfInterest;
import id.kipp.evaluation.scoring.Criterion;
import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.evaluation.scoring.Normalisation;
import id.kipp.evaluation.scoring.Rubric;
import id.kipp.evaluation.scoring.RubricService;
import id.kipp.evaluation.scoring.ScoringRules;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tetapkan finalis per kelompok": ranks the evaluated entries of each group and makes the top N (the edition's
 * {@code finalistsPerGroup}) finalists; the others end as "Tidak masuk finalis". The score ranked is the desk score,
 * normalised per juror when DMN {@code aturan-penilaian} says so, replaced by the secretariat's consensus score where
 * one was set; an entry below the table's passing grade is never a finalist.
 */
@Component("selectFinalistsDelegate")
public class SelectFinalistsDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final ConflictsOfInterest conflicts;

  public SelectFinalistsDelegate(EvaluationRepository evaluations, ConflictsOfInterest conflicts) {
    this.evaluations = evaluations;
    this.conflicts = conflicts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FinalistRanking computed = FinalistRanking.compute(execution, evaluations);
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    Set<String> excluded = excluded(execution, computed);
    List<Map<String, Object>> table = new ArrayList<>();
    long finalists = 0;
    for (Ranked ranked : computed.ranking()) {
      WaitingEntry entry = computed.byKey().get(ranked.candidate().entryKey());
      boolean finalist = ranked.selected() && !excluded.contains(entry.entryKey());
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("finalist", finalist);
      variables.put("deskRank", (long) ranked.rank());
      variables.put("rankingDeskScore", ranked.candidate().score());
      if (finalist) {
        variables.put("presentationJurors", Vars.jsonList(presentationJurors(execution, entry)));
        variables.put("presentationAt", execution.getVariable("presentationAt"));
        finalists++;
      }
      entries.deliver(entry, Processes.FINALISTS_DECIDED, variables);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("entryKey", ranked.candidate().entryKey());
      row.put("title", entry.get("title"));
      row.put("group", ranked.candidate().group());
      row.put("rank", ranked.rank());
      row.put("deskScore", ranked.candidate().score());
      row.put("finalist", finalist);
      if (ranked.selected() && !finalist) {
        row.put("excluded", true);
      }
      table.add(row);
    }
    execution.setVariable("deskRanking", Vars.json(table));
    execution.setVariable("finalistCount", finalists);
  }

  /**
   * Proposed finalists that may not go on: disqualified after an objection in the public objection period (uji
   * publik, edition variable {@code excludedFinalists}) or found not eligible at field verification (entry variable
   * {@code fieldVerification} = {@code TIDAK_LAYAK}). They are dropped from the list; nobody moves up in their place.
   */
  private static Set<String> excluded(DelegateExecution execution, FinalistRanking computed) {
    Set<String> excluded = new HashSet<>(Vars.textList(execution.getVariable("excludedFinalists")));
    computed.byKey().values().stream()
        .filter(entry -> "TIDAK_LAYAK".equals(entry.get("fieldVerification")))
        .forEach(entry -> excluded.add(entry.entryKey()));
    return excluded;
  }

  /**
   * The edition's jury, less every juror with a conflict of interest with this entry: one declared in the desk phase
   * or an affiliation with the entry's agency.
   */
  private List<String> presentationJurors(DelegateExecution execution, WaitingEntry entry) {
    return conflicts.without(execution.getProcessEngineServices().getIdentityService(),
        Vars.textList(execution.getVariable("jurors")), entry.entryKey(), (String) entry.get("agency"));
  }


}
