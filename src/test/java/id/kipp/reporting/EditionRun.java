package id.kipp.reporting;

import id.kipp.testsupport.CompetitionDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The steps of an edition the export and audit tests need, on top of {@link CompetitionDriver}: users named after
 * the edition, an edition opened with given jurors, registrations by agency, and the sign-off.
 */
final class EditionRun extends CompetitionDriver {

  final String secretariat;

  EditionRun(ProcessEngine engine) {
    super(engine, "EKS");
    this.secretariat = member("sekretariat", "sekretariat");
  }

  /** Creates {@code <code><suffix>} (lower case) in {@code group}, password = id. */
  String member(String suffix, String group) {
    String id = code.toLowerCase() + suffix;
    user(id, group);
    return id;
  }

  ProcessInstance openEdition(String groups, int finalists, int winners, int jurorsPerEntry, List<String> jurors) {
    Map<String, Object> form = editionForm(groups, finalists, winners, jurorsPerEntry);
    form.put("editionName", "Kompetisi Inovasi Uji Ekspor " + code);
    form.put("jurorIdsText", String.join(", ", jurors));
    return openEdition(form);
  }

  ProcessInstance register(String participant, String agency, String group, String title) {
    return register(participant, registrationForm(agency, group, title));
  }

  /** Screening by the secretariat; a rejection leaves the checklist unticked. */
  @Override
  public void screen(ProcessInstance entry, String outcome, String note) {
    Map<String, Object> form = new HashMap<>(screening(outcome, note, null));
    if ("TIDAK_LOLOS".equals(outcome)) {
      form.replaceAll((name, value) -> name.startsWith("check") ? false : value);
    }
    submit(task(entry, "Task_Screen"), secretariat, form);
  }

  /** Registration ends by its timer, then the secretariat releases the proposed juror assignment unchanged. */
  void closeRegistrationAndReleaseAssignment() {
    closeRegistration();
    approveAssignment();
  }

  void signOff(String pimpinan) {
    submit(task(edition(), "Task_SignOff"), pimpinan,
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/77/35.73.112/2030"));
    runJobs();
    releaseResults();
  }
}
