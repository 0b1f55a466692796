package id.kipp.evaluation.assignment;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.identity.Agencies;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What an assignment is computed from: the entries waiting for jurors and the edition's jurors with their profiles. */
record AssignmentContext(AssignmentRequest request, List<WaitingEntry> entries, Map<String, String> titles,
    Map<String, String> agencies) {

  static AssignmentContext load(ProcessEngineServices engine, VariableScope edition) {
    String editionKey = (String) edition.getVariable("editionKey");
    List<WaitingEntry> waiting = new EditionEntries(engine).waitingFor(editionKey, Processes.JURORS_ASSIGNED,
        "agency", "title");
    List<EntryToAssign> entries = new ArrayList<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> agencies = new LinkedHashMap<>();
    for (WaitingEntry entry : waiting) {
      entries.add(new EntryToAssign(entry.entryKey(), (String) entry.get("agency")));
      titles.put(entry.entryKey(), (String) entry.get("title"));
      agencies.put(entry.entryKey(), (String) entry.get("agency"));
    }
    Long cap = Vars.whole(edition.getVariable("maxEntriesPerJuror"));
    List<JurorProfile> jurors = Vars.textList(edition.getVariable("jurors")).stream()
        .map(juror -> new JurorProfile(juror, Agencies.affiliationsOf(engine.getIdentityService(), juror),
            cap == null ? null : cap.intValue()))
        .toList();
    int perEntry = (int) Vars.whole(edition, "jurorsPerEntry", 3);
    return new AssignmentContext(new AssignmentRequest(entries, jurors, perEntry), waiting, titles, agencies);
  }
}
