package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.JURORS;
import static id.kipp.evaluation.EvaluationVariables.JURORS_PER_ENTRY;
import static id.kipp.evaluation.EvaluationVariables.MAX_ENTRIES_PER_JUROR;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.identity.Agencies;
import id.kipp.shared.FormRows;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;

/** What an assignment is computed from: the entries waiting for jurors and the edition's jurors with their profiles. */
record AssignmentContext(AssignmentRequest request, List<WaitingEntry> entries, Map<String, String> titles,
    Map<String, String> agencies) {

  static AssignmentContext load(ProcessEngineServices engine, VariableScope edition) {
    String editionKey = (String) edition.getVariable(EDITION_KEY);
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
    Long cap = Vars.whole(edition.getVariable(MAX_ENTRIES_PER_JUROR));
    List<JurorProfile> jurors = Vars.textList(edition.getVariable(JURORS)).stream()
        .map(juror -> new JurorProfile(juror, Agencies.affiliationsOf(engine.getIdentityService(), juror),
            cap == null ? null : cap.intValue()))
        .toList();
    int perEntry = (int) Vars.whole(edition, JURORS_PER_ENTRY, 3);
    return new AssignmentContext(new AssignmentRequest(entries, jurors, perEntry), waiting, titles, agencies);
  }

  List<String> jurorIds() {
    return request.jurors().stream().map(JurorProfile::jurorId).toList();
  }

  /**
   * The choices of the review form's swap rows: the entries of the edition waiting for jurors ("KEY — title") and the
   * edition's jurors ("id — name" when the user has a name).
   */
  void writeOptions(ProcessEngineServices engine, VariableScope edition) {
    Map<String, String> entryOptions = new LinkedHashMap<>();
    titles.forEach((key, title) -> entryOptions.put(key, title == null ? key : key + " — " + title));
    Map<String, String> jurorOptions = new LinkedHashMap<>();
    for (String juror : jurorIds()) {
      User user = engine.getIdentityService().createUserQuery().userId(juror).singleResult();
      String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).trim();
      jurorOptions.put(juror, name.isEmpty() ? juror : juror + " — " + name);
    }
    edition.setVariable(AssignmentChanges.ENTRY_OPTIONS, FormRows.options(entryOptions));
    edition.setVariable(AssignmentChanges.JUROR_OPTIONS, FormRows.options(jurorOptions));
    edition.setVariable(AssignmentChanges.SWAPS, FormRows.empty());
  }
}
