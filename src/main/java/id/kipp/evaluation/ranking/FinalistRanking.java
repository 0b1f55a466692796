package id.kipp.evaluation.ranking;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
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

/**
 * The desk ranking of an edition's evaluated entries, per group: the desk score (normalised per juror when DMN
 * {@code aturan-penilaian} says so, replaced by the secretariat's consensus score where one was set), the per-group
 * quotas of DMN {@code kuota-kelompok} and the passing grade.
 */
record FinalistRanking(List<Ranked> ranking, Map<String, WaitingEntry> byKey) {

  @SuppressWarnings("unchecked")
  static FinalistRanking compute(DelegateExecution execution, EvaluationRepository evaluations) {
    String editionKey = (String) execution.getVariable("editionKey");
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    ScoringRules rules = ScoringRules.forScope(decisions, execution);
    List<WaitingEntry> waiting = new EditionEntries(execution.getProcessEngineServices()).waitingFor(editionKey,
        Processes.FINALISTS_DECIDED, "group", "deskScore", "innovationScore", "submittedAt", "title", "agency",
        "fieldVerification");

    Map<String, Double> scores = new LinkedHashMap<>();
    waiting.forEach(entry -> scores.put(entry.entryKey(), Vars.decimal(entry.get("deskScore"))));
    if (rules.normalise()) {
      scores.putAll(normalisedScores(evaluations, editionKey, rules, new RubricService(decisions).forScope(execution)));
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
    return new FinalistRanking(ranking, byKey);
  }

  /** The entry keys of the finalists this ranking proposes. */
  List<String> proposed() {
    return ranking.stream().filter(Ranked::selected).map(ranked -> ranked.candidate().entryKey()).toList();
  }

  private static Map<String, Double> normalisedScores(EvaluationRepository evaluations, String editionKey,
      ScoringRules rules, Rubric rubric) {
    double min = rubric.criteria().stream().mapToDouble(Criterion::minScore).min().orElse(0);
    double max = rubric.criteria().stream().mapToDouble(Criterion::maxScore).max().orElse(100);
    List<JurorEvaluation> all = evaluations.findByEdition(editionKey, JurorEvaluation.DESK);
    Map<String, Double> scores = new LinkedHashMap<>();
    Normalisation.normalise(all, min, max).forEach((entryKey, byJuror) ->
        scores.put(entryKey, rules.aggregation().of(new ArrayList<>(byJuror.values()))));
    return scores;
  }
}
