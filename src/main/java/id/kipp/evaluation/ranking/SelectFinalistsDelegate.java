package id.kipp.evaluation.ranking;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
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
 * "Tetapkan finalis per kelompok": ranks the evaluated entries of each group by desk score and makes the top N
 * (the edition's {@code finalistsPerGroup}) finalists; the others end as "Tidak masuk finalis".
 */
@Component("selectFinalistsDelegate")
public class SelectFinalistsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    List<WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.FINALISTS_DECIDED,
        "group", "deskScore", "innovationScore", "submittedAt", "title");
    Map<String, WaitingEntry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (WaitingEntry entry : waiting) {
      byKey.put(entry.entryKey(), entry);
      candidates.add(new Candidate(entry.entryKey(), (String) entry.get("group"), Vars.decimal(entry.get("deskScore")),
          Vars.decimal(entry.get("innovationScore")), (Date) entry.get("submittedAt")));
    }
    int quota = (int) Vars.whole(execution, "finalistsPerGroup", 1);
    List<Ranked> ranking = Ranking.rank(candidates, Vars.textList(execution.getVariable("groups")), quota);

    List<Map<String, Object>> table = new ArrayList<>();
    long finalists = 0;
    for (Ranked ranked : ranking) {
      WaitingEntry entry = byKey.get(ranked.candidate().entryKey());
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("finalist", ranked.selected());
      variables.put("deskRank", (long) ranked.rank());
      if (ranked.selected()) {
        variables.put("presentationJurors", Vars.jsonList(Vars.textList(execution.getVariable("jurors"))));
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
}
