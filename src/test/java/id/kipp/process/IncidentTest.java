package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A failing automatic step is retried, then becomes an incident (visible in Cockpit) that the secretariat resolves;
 * the entry is not lost.
 */
class IncidentTest extends ProcessTestBase {

  @Test
  void noReplacementJurorBecomesAnIncidentThatIsResolvedByAddingAJuror() {
    driver.withJurors(1);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Sendirian");
    Task only = driver.task(entry, "Task_DeskEvaluation");
    driver.submit(only, only.getAssignee(), Map.of("conflictOfInterest", true, "conflictReason", "Saya penyusunnya."));

    // the replacement step fails: the edition has no other juror. It is retried, then an incident
    Job job = engine.getManagementService().createJobQuery().processInstanceId(only.getProcessInstanceId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining("Tidak ada juri pengganti");
    }
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(only.getProcessInstanceId()).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo("failedJob");
      assertThat(incident.getIncidentMessage()).contains("Tidak ada juri pengganti").contains(entry.getBusinessKey());
    });

    // the secretariat adds a juror to the edition and retries the job (Cockpit: "Retry")
    String newJuror = driver.code.toLowerCase() + "juribaru";
    driver.user(newJuror, "juri");
    engine.getRuntimeService().setVariable(edition.getId(), "jurors", Vars.jsonList(List.of(driver.jurors.get(0), newJuror)));
    engine.getManagementService().setJobRetries(job.getId(), 1);
    driver.runJobs();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(only.getProcessInstanceId()).count())
        .isZero();
    Task replacement = driver.task(entry, "Task_DeskEvaluation");
    assertThat(replacement.getAssignee()).isEqualTo(newJuror);
  }
}
