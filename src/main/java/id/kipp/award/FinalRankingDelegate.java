package id.kipp.award;

import static id.kipp.award.AwardVariables.FINAL_RANKING_SUMMARY;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.ranking.Candidate;
import id.kipp.evaluation.ranking.GroupQuotas;
import id.kipp.evaluation.ranking.Ranked;
import id.kipp.evaluation.ranking.Ranking;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.evaluation.scoring.FinalScoreRules;
import id.kipp.presentation.PresentationScoring;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hitung peringkat akhir dan usulan pemenang": final score = the desk score that counted for ranking
 * ({@link DeskResult#rankingDeskScore()}, table {@code desk_result}) and the presentation score (table
 * {@code presentation_result}) combined with the weights of DMN {@code nilai-akhir}; per group the top M
 * ({@code winnersPerGroup}) are the proposed winners. The result is table {@code final_standing} ({@link FinalStandings})
 * and, for the Pimpinan's sign-off form, its Markdown rendering {@code finalRankingSummary}.
 */
@Component("finalRankingDelegate")
public class FinalRankingDelegate implements JavaDelegate {

  private final DeskResults deskResults;
  private final PresentationScoring presentationScores;
  private final FinalStandings standings;

  public FinalRankingDelegate(DeskResults deskResults, PresentationScoring presentationScores,
      FinalStandings standings) {
    this.deskResults = deskResults;
    this.presentationScores = presentationScores;
    this.standings = standings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    FinalScoreRules rules = FinalScoreRules.forScope(execution.getProcessEngineServices().getDecisionService(), execution);
    List<WaitingEntry> finalists = new EditionEntries(execution.getProcessEngineServices()).waitingFor(editionKey,
        Processes.AWARD_DECIDED, "group", "title", "agency", "submittedAt");
    Map<String, DeskResult> desk = deskResults.ofEdition(editionKey);
    Map<String, Double> presentation = presentationScores.ofFinalists(execution,
        finalists.stream().map(WaitingEntry::entryKey).toList());
    Map<String, WaitingEntry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (WaitingEntry entry : finalists) {
      DeskResult result = desk.get(entry.entryKey());
      if (result == null) {
        throw new IllegalStateException("Finalist " + entry.entryKey() + " has no desk result");
      }
      byKey.put(entry.entryKey(), entry);
      double finalScore = rules.finalScore(result.rankingDeskScore(), presentation.get(entry.entryKey()));
      candidates.add(new Candidate(entry.entryKey(), (String) entry.get("group"), finalScore,
          result.innovationScore(), (Date) entry.get("submittedAt")));
    }
    int winners = (int) Vars.whole(execution, "winnersPerGroup", 1);
    GroupQuotas quotas = GroupQuotas.forScope(execution.getProcessEngineServices().getDecisionService(), execution);
    List<FinalStanding> ranking = new ArrayList<>();
    for (Ranked ranked : Ranking.rank(candidates, Vars.textList(execution.getVariable("groups")),
        group -> quotas.winnersOf(group, winners), null)) {
      WaitingEntry entry = byKey.get(ranked.candidate().entryKey());
      ranking.add(new FinalStanding(entry.processInstanceId(), entry.entryKey(), (String) entry.get("title"),
          (String) entry.get("agency"), ranked.candidate().group(), ranked.rank(),
          desk.get(entry.entryKey()).rankingDeskScore(), presentation.get(entry.entryKey()),
          ranked.candidate().score(), ranked.selected()));
    }
    standings.replace(editionKey, ranking);
    execution.setVariable(FINAL_RANKING_SUMMARY, RankingSummary.markdown(ranking, rules));
  }
}
