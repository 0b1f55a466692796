package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.FINALISTS_PER_GROUP;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.scoring.Criterion;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
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
import org.springframework.stereotype.Component;

/**
 * The desk ranking of an edition's evaluated entries, per group, from table {@code desk_result}: each entry's
 * {@link DeskResult#rankingDeskScore()} (the per-juror normalised score is computed here and stored when DMN
 * {@code aturan-penilaian} says so), the per-group quotas of DMN {@code kuota-kelompok} and the passing grade.
 */
@Component
public class FinalistRanking {

  private final EvaluationRepository evaluations;
  private final DeskResults deskResults;
  private final EditionDeskResults editionDeskResults;

  public FinalistRanking(EvaluationRepository evaluations, DeskResults deskResults,
      EditionDeskResults editionDeskResults) {
    this.evaluations = evaluations;
    this.deskResults = deskResults;
    this.editionDeskResults = editionDeskResults;
  }

  /** The ranking and the waiting entries (with their group, title, agency and field verification) by entry key. */
  record Computed(List<Ranked> ranking, Map<String, WaitingEntry> byKey) {

    /** The entry keys of the finalists this ranking proposes. */
    List<String> proposed() {
      return ranking.stream().filter(Ranked::selected).map(ranked -> ranked.candidate().entryKey()).toList();
    }
  }

  Computed compute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    ScoringRules rules = ScoringRules.forScope(decisions, execution);
    List<WaitingEntry> waiting = new EditionEntries(execution.getProcessEngineServices()).waitingFor(editionKey,
        Processes.FINALISTS_DECIDED, "group", "submittedAt", "title", "agency", "fieldVerification");
    editionDeskResults.of(execution, waiting);
    deskResults.setNormalised(editionKey, rules.normalise()
        ? normalisedScores(editionKey, rules, new RubricService(decisions).forScope(execution)) : Map.of());
    Map<String, DeskResult> stored = deskResults.ofEdition(editionKey);

    Map<String, WaitingEntry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (WaitingEntry entry : waiting) {
      DeskResult result = stored.get(entry.entryKey());
      byKey.put(entry.entryKey(), entry);
      candidates.add(new Candidate(entry.entryKey(), (String) entry.get("group"), result.rankingDeskScore(),
          result.innovationScore(), (Date) entry.get("submittedAt")));
    }
    int quota = (int) Vars.whole(execution, FINALISTS_PER_GROUP, 1);
    GroupQuotas quotas = GroupQuotas.forScope(decisions, execution);
    List<Ranked> ranking = Ranking.rank(candidates, Vars.textList(execution.getVariable("groups")),
        group -> quotas.finalistsOf(group, quota), rules.passingGrade());
    return new Computed(ranking, byKey);
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
