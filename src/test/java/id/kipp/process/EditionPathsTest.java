package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.shared.RuleViolation;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Paths of the edition process not covered by the full edition: refused settings and an edition nobody passes. */
class EditionPathsTest extends ProcessTestBase {

  @Test
  void invalidSettingsAreRefusedWithEveryProblem() {
    driver.withJurors(2);
    Map<String, Object> form = driver.editionForm("", 2, 3, 5);
    form.put("registrationCloses", "2020-01-01");
    form.put("editionCode", "kota malang");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> driver.openEdition(form))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Kode penyelenggara")
        .hasMessageContaining("minimal satu kelompok")
        .hasMessageContaining("tidak boleh sebelum tanggal dibuka")
        .hasMessageContaining("tidak boleh melebihi jumlah finalis")
        .hasMessageContaining("melebihi jumlah juri yang tersedia");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void sameEditionCannotBeOpenedTwice() {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    assertThatThrownBy(() -> driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2)))
        .hasMessageContaining("sudah pernah dibuka");
  }

  @Test
  void editionWithoutPassingEntriesEndsAfterScreening() {
    driver.withJurors(2);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.register(driver.participant("peserta"),
        driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan Tunggal"));
    driver.closeRegistration();
    assertThat(edition).isWaitingAt("Event_ScreeningFinished");
    driver.screen(entry, "TIDAK_LOLOS", "Belum diterapkan satu tahun.");
    driver.runJobs();
    assertThat(edition).isEnded().hasPassed("EndEvent_NoEntries");
    assertThat(entry).isEnded().hasPassed("EndEvent_NotPassedScreening");
  }

  @Test
  void secretariatCanCloseRegistrationEarly() {
    driver.withJurors(2);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.register(driver.participant("peserta"),
        driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan Awal"));
    org.camunda.bpm.engine.task.Task open = engine.getTaskService().createTaskQuery()
        .processInstanceId(edition.getId()).taskDefinitionKey("Task_RegistrationOpen").singleResult();
    assertThat(open.getDueDate()).isNotNull();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    assertThatThrownBy(() -> driver.submit(open, secretariat, Map.of("closeRegistrationNow", false)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Tutup pendaftaran sekarang").hasMessageContaining("alasan");
    driver.submit(open, secretariat, Map.of("closeRegistrationNow", true,
        "earlyClosingReason", "Kuota pendaftaran sudah terpenuhi."));
    assertThat(edition).isWaitingAt("Event_ScreeningFinished");
    assertThat(driver.editionVariable("registeredCount")).isEqualTo(1L);
    assertThatThrownBy(() -> driver.register(driver.participant("lain"),
        driver.registrationForm("Dinas Lain", "Perangkat Daerah", "Layanan Telat")))
        .hasMessageContaining("tidak sedang dibuka");
    assertThat(entry).isWaitingAt("Task_Screen");
  }
}
