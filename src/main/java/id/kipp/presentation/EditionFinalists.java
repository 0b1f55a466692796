package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.EDITION_KEY;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The finalists as "Tetapkan finalis per kelompok" decided them (table {@code desk_result}, {@code finalist = true}),
 * with the title and agency their entries carry, in timetable order: the edition's groups in their order, then desk
 * rank, then entry key.
 */
@Component
class EditionFinalists {

  private final DeskResults deskResults;

  EditionFinalists(DeskResults deskResults) {
    this.deskResults = deskResults;
  }

  List<Finalist> of(VariableScope edition, ProcessEngineServices engine) {
    String editionKey = (String) edition.getVariable(EDITION_KEY);
    Map<String, WaitingEntry> waiting = new HashMap<>();
    new EditionEntries(engine).waitingFor(editionKey, Processes.FINALISTS_DECIDED, "title", "agency")
        .forEach(entry -> waiting.put(entry.entryKey(), entry));
    List<String> groups = Vars.textList(edition.getVariable("groups"));
    List<Finalist> finalists = new ArrayList<>();
    for (DeskResult result : deskResults.ofEdition(editionKey).values()) {
      if (result.isFinalist()) {
        WaitingEntry entry = waiting.get(result.entryKey());
        finalists.add(new Finalist(result.entryKey(), entry == null ? null : text(entry.get("title")), result.group(),
            entry == null ? null : text(entry.get("agency")), result.deskRank() == null ? 0 : result.deskRank()));
      }
    }
    finalists.sort(Comparator.<Finalist>comparingInt(finalist -> groupIndex(groups, finalist.group()))
        .thenComparingInt(Finalist::deskRank).thenComparing(Finalist::entryKey));
    return finalists;
  }

  private static int groupIndex(List<String> groups, String group) {
    int index = groups.indexOf(group);
    return index < 0 ? groups.size() : index;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
