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
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    ScoringRules rules = ScoringRules.forScope(decisions, execution);
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    List<WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.FINALISTS_DECIDED,
        "group", "deskScore", "innovationScore", "submittedAt", "title", "agency");

    Map<String, Double> scores = new LinkedHashMap<>();
    waiting.forEach(entry -> scores.put(entry.entryKey(), Vars.decimal(entry.get("deskScore"))));
    if (rules.normalise()) {
      scores.putAll(normalisedScores(editionKey, rules, new RubricService(decisions).forScope(execution)));
    }
    Map<String, Double> consensus = (Map<String, Double>) execution.getVariable("consensusScoreMap");
    if (consensus != null) {
      consensus.forEach((entryKey, score) -> scores.computeIfPresent(entryKey, (key, old) -> Vars.decimal(score)));
    }

    Map<String, WaitingEntry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (WaitingEntry entry : waiting) {
      byKey.put(entry.entryKey(), entry);
      candidates.add(new Candidate(entry.entryKey(), (String) entry.get("group"), scores.get(entry.entryKey()),
          Vars.decimal(entry.get("innovationScore")), (Date) entry.get("submittedAt")));
    }
    int quota = (int) Vars.whole(execution, "finalistsPerGroup", 1);
    GroupQuotas quotas = GroupQuotas.forScope(decisions, execution);
    List<Ranked> ranking = Ranking.rank(candidates, Vars.textList(execution.getVariable("groups")),
        group -> quotas.finalistsOf(group, quota), rules.passingGrade());

    List<Map<String, Object>> table = new ArrayList<>();
    long finalists = 0;
    for (Ranked ranked : ranking) {
      WaitingEntry entry = byKey.get(ranked.candidate().entryKey());
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("finalist", ranked.selected());
      variables.put("deskRank", (long) ranked.rank());
      variables.put("rankingDeskScore", ranked.candidate().score());
      if (ranked.selected()) {
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
      row.put("finalist", ranked.selected());
      table.add(row);
    }
    execution.setVariable("deskRanking", Vars.json(table));
    execution.setVariable("finalistCount", finalists);
  }

  /**
   * The edition's jury, less every juror with a conflict of interest with this entry: one declared in the desk phase
   * or an affiliation with the entry's agency.
   */
  private List<String> presentationJurors(DelegateExecution execution, WaitingEntry entry) {
    return conflicts.without(execution.getProcessEngineServices().getIdentityService(),
        Vars.textList(execution.getVariable("jurors")), entry.entryKey(), (String) entry.get("agency"));
  }

  private Map<String, Double> normalisedScores(String editionKey, ScoringRules rules, Rubric rubric) {
    double min = rubric.criteria().stream().mapToDouble(Criterion::minScore).min().orElse(0);
    double max = rubric.criteria().stream().mapToDouble(Criterion::maxScore).max().orElse(100);
    List<JurorEvaluation> all = evaluations.findByEdition(editionKey, JurorEvaluation.DESK);
    Map<String, Double> scores = new LinkedHashMap<>();
    Normalisation.normalise(all, min, max).forEach((entryKey, byJuror) ->
        scores.put(entryKey, rules.aggregation().of(new ArrayList<>(byJuror.values()))));
    return scores;
  }
}
