package id.kipp.award;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.ranking.Candidate;
import id.kipp.evaluation.ranking.GroupQuotas;
import id.kipp.evaluation.ranking.Ranked;
import id.kipp.evaluation.ranking.Ranking;
import id.kipp.evaluation.scoring.FinalScoreRules;
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
 * "Hitung peringkat akhir dan usulan pemenang": final score = desk and presentation scores combined with the weights
 * of DMN {@code nilai-akhir}; per group the top M ({@code winnersPerGroup}) are the proposed winners. The result is
 * stored on the edition ({@code finalRanking}, {@code finalRankingSummary}) for the Pimpinan's sign-off.
 */
@Component("finalRankingDelegate")
public class FinalRankingDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    FinalScoreRules rules = FinalScoreRules.forScope(execution.getProcessEngineServices().getDecisionService(), execution);
    List<WaitingEntry> finalists = new EditionEntries(execution.getProcessEngineServices()).waitingFor(editionKey,
        Processes.AWARD_DECIDED, "group", "title", "agency", "deskScore", "rankingDeskScore", "presentationScore",
        "innovationScore", "submittedAt");
    Map<String, WaitingEntry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (WaitingEntry entry : finalists) {
      byKey.put(entry.entryKey(), entry);
      double finalScore = rules.finalScore(deskScore(entry), Vars.decimal(entry.get("presentationScore")));
      candidates.add(new Candidate(entry.entryKey(), (String) entry.get("group"), finalScore,
          Vars.decimal(entry.get("innovationScore")), (Date) entry.get("submittedAt")));
    }
    int winners = (int) Vars.whole(execution, "winnersPerGroup", 1);
    GroupQuotas quotas = GroupQuotas.forScope(execution.getProcessEngineServices().getDecisionService(), execution);
    List<FinalStanding> standings = new ArrayList<>();
    for (Ranked ranked : Ranking.rank(candidates, Vars.textList(execution.getVariable("groups")),
        group -> quotas.winnersOf(group, winners), null)) {
      WaitingEntry entry = byKey.get(ranked.candidate().entryKey());
      standings.add(new FinalStanding(entry.processInstanceId(), entry.entryKey(), (String) entry.get("title"),
          (String) entry.get("agency"), ranked.candidate().group(), ranked.rank(), deskScore(entry),
          Vars.decimal(entry.get("presentationScore")), ranked.candidate().score(), ranked.selected()));
    }
    execution.setVariable("finalRanking", Vars.json(standings));
    execution.setVariable("finalRankingSummary", RankingSummary.markdown(standings, rules));
  }

  /** The desk score the finalists were ranked with: normalised or consensus score where the edition used one. */
  private static double deskScore(WaitingEntry entry) {
    Double ranked = Vars.decimal(entry.get("rankingDeskScore"));
    return ranked != null ? ranked : Vars.decimal(entry.get("deskScore"));
  }
}
