package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.PROPOSED_FINALISTS;
import static id.kipp.evaluation.EvaluationVariables.PROPOSED_FINALISTS_SUMMARY;

import id.kipp.shared.Bahasa;
import id.kipp.shared.Markdown;
import id.kipp.shared.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Usulkan daftar finalis": the ranking as "Tetapkan finalis per kelompok" would make it, published as a proposal
 * ({@code proposedFinalists}, {@code proposedFinalistsSummary}) for the building blocks that may still remove a
 * finalist before the list is final: the public objection period (uji publik) and field verification.
 */
@Component("proposeFinalistsDelegate")
public class ProposeFinalistsDelegate implements JavaDelegate {

  private final FinalistRanking finalistRanking;

  public ProposeFinalistsDelegate(FinalistRanking finalistRanking) {
    this.finalistRanking = finalistRanking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FinalistRanking.Computed computed = finalistRanking.compute(execution);
    StringBuilder summary = new StringBuilder("| Kode | Kelompok | Peringkat | Nilai proposal | Judul inovasi |\n|---|---|---|---|---|\n");
    for (Ranked ranked : computed.ranking()) {
      if (ranked.selected()) {
        summary.append("| ").append(ranked.candidate().entryKey()).append(" | ")
            .append(Markdown.cell(ranked.candidate().group())).append(" | ").append(ranked.rank()).append(" | ")
            .append(Bahasa.score(ranked.candidate().score())).append(" | ")
            .append(Markdown.cell(computed.byKey().get(ranked.candidate().entryKey()).get("title"))).append(" |\n");
      }
    }
    execution.setVariable(PROPOSED_FINALISTS, Vars.jsonList(computed.proposed()));
    execution.setVariable(PROPOSED_FINALISTS_SUMMARY, summary.toString());
  }
}
