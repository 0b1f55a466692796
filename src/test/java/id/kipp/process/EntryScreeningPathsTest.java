package id.kipp.process;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.edition.EditionTally;
import id.kipp.edition.EditionTally.Tally;
import id.kipp.edition.ReportedStage;
import id.kipp.shared.RuleViolation;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The screening paths of one entry: pass; revision then pass; revision lapsed; rejected; and refused input. */
class EntryScreeningPathsTest extends ProcessTestBase {

  @Autowired
  EditionTally tally;

  private String participant;

  @BeforeEach
  void openEdition() {
    driver.withJurors(3);
    driver.openEdition(driver.editionForm("Perangkat Daerah, Unit Kerja", 2, 1, 2));
    participant = driver.participant("peserta");
  }

  /** The edition's live count of screening reports (its variables copy it when it waits for screening to finish). */
  private Tally screening() {
    return tally.read(driver.editionKey, ReportedStage.SCREENING);
  }

  private ProcessInstance registerOne(String title) {
    return driver.register(participant, driver.registrationForm("Dinas Uji", "Perangkat Daerah", title));
  }

  @Test
  void registrationGetsReadableKeyAndWaitsForScreening() {
    ProcessInstance entry = registerOne("Layanan Satu");
    assertThat(entry.getBusinessKey()).isEqualTo(driver.editionKey + "-0001");
    assertThat(entry).isWaitingAt("Task_Screen").hasPassed("Task_ValidateRegistration");
    Task task = driver.task(entry, "Task_Screen");
    assertThat(task.getName()).isEqualTo("Seleksi administrasi — " + driver.editionKey + "-0001: Layanan Satu");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("sekretariat").count())
        .isEqualTo(1);
    assertThat(registerOne("Layanan Dua").getBusinessKey()).isEqualTo(driver.editionKey + "-0002");
  }

  @Test
  void passedEntryIsReportedAndWaitsForJurors() {
    ProcessInstance entry = registerOne("Layanan Lolos");
    driver.screen(entry, "LOLOS", null);
    // reported in the secretariat's own transaction (since 3 Dec 2026): no job in between
    assertThat(entry).isWaitingAt("Task_AwaitJurors").hasPassed("Event_ReportScreening");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(entry.getId()).count()).isZero();
    assertThat(screening()).isEqualTo(new Tally(null, 1, 1));
    // registration is still open: the report did not touch the edition instance
    assertThat(driver.editionVariable("screenedCount")).isEqualTo(0L);
    driver.closeRegistration();
    assertThat(driver.edition()).hasPassed("Event_ScreeningFinished");
    assertThat(driver.editionVariable("registeredCount")).isEqualTo(1L);
    assertThat(driver.editionVariable("screenedCount")).isEqualTo(1L);
    assertThat(driver.editionVariable("passedCount")).isEqualTo(1L);
  }

  @Test
  void revisionThenPass() {
    ProcessInstance entry = registerOne("Layanan Perbaikan");
    driver.screen(entry, "PERBAIKAN", "Lampirkan surat pernyataan yang ditandatangani.");
    assertThat(entry).isWaitingAt("Task_Revise");
    Task revision = driver.task(entry, "Task_Revise");
    assertThat(revision.getAssignee()).isEqualTo(participant);
    assertThat(revision.getDueDate()).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "revisionDueAt")).isEqualTo(revision.getDueDate());

    driver.submit(revision, participant, Map.of("summary", "Ringkasan yang sudah diperbaiki",
        "declarationFile", id.kipp.demo.DemoData.pdf("surat-pernyataan-baru.pdf", "baru")));
    assertThat(entry).isWaitingAt("Task_Screen");
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "summary")).isEqualTo("Ringkasan yang sudah diperbaiki");
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "screeningOutcome")).isNull();
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "previousScreeningNote"))
        .isEqualTo("Lampirkan surat pernyataan yang ditandatangani.");

    driver.screen(entry, "LOLOS", null);
    driver.runJobs();
    assertThat(entry).isWaitingAt("Task_AwaitJurors");
    assertThat(screening()).isEqualTo(new Tally(null, 1, 1)); // reported once, after the revision
  }

  @Test
  void lapsedRevisionRejectsTheEntry() {
    ProcessInstance entry = registerOne("Layanan Terlambat");
    driver.screen(entry, "PERBAIKAN", "Lengkapi data survei kepuasan.");
    driver.fireTimer(entry.getId(), "Event_RevisionLapsed");
    driver.runJobs();
    assertThat(entry).isEnded().hasPassed("Task_RejectLapsedRevision", "EndEvent_NotPassedScreening");
    assertThat(historicVariable(entry, "screeningNote").toString()).contains("batas waktu");
    assertThat(screening()).isEqualTo(new Tally(null, 1, 0));
  }

  @Test
  void rejectedEntryEndsWithItsReason() {
    ProcessInstance entry = registerOne("Layanan Ditolak");
    driver.screen(entry, "TIDAK_LOLOS", "Inovasi baru diterapkan enam bulan.");
    driver.runJobs();
    assertThat(entry).isEnded().hasPassed("EndEvent_NotPassedScreening");
    assertThat(historicVariable(entry, "screeningNote")).isEqualTo("Inovasi baru diterapkan enam bulan.");
    assertThat(screening()).isEqualTo(new Tally(null, 1, 0));
  }

  @Test
  void screeningRulesAreRepeatedOnTheServer() {
    ProcessInstance entry = registerOne("Layanan Diperiksa");
    Task task = driver.task(entry, "Task_Screen");
    Map<String, Object> passWithoutChecks = new java.util.HashMap<>(driver.screening("LOLOS", null, null));
    passWithoutChecks.put("checkImplementedOneYear", false);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    // a participant may not screen at all (authorizations), the secretariat only by the rules
    assertThatThrownBy(() -> driver.submit(task, participant, driver.screening("LOLOS", null, null)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThatThrownBy(() -> driver.submit(task, secretariat, passWithoutChecks))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("sudah diterapkan minimal 1 tahun");
    assertThatThrownBy(() -> driver.submit(task, secretariat, driver.screening("TIDAK_LOLOS", " ", null)))
        .hasMessageContaining("alasan");
    assertThatThrownBy(() -> driver.submit(task, secretariat, driver.screening("PERBAIKAN", "Perbaiki", 0)))
        .hasMessageContaining("1 sampai 30 hari");
    assertThat(entry).isWaitingAt("Task_Screen");
  }

  @Test
  void invalidRegistrationIsRefusedAndStoresNothing() {
    Map<String, Object> form = driver.registrationForm("Dinas Uji", "Kelompok Lain", "Layanan Salah");
    form.put("impact", "");
    form.put("neverEnteredBefore", false);
    form.put("innovationProposalFile", org.camunda.bpm.engine.variable.Variables.fileValue("x.pdf")
        .file("bukan pdf".getBytes()).create());
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> driver.register(participant, form))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Dampak Sebelum dan Sesudah\" wajib diisi")
        .hasMessageContaining("Kelompok \"Kelompok Lain\" tidak dikenal")
        .hasMessageContaining("belum pernah diusulkan")
        .hasMessageContaining("harus berupa berkas PDF");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void innovationInServiceForLessThanTheDmnMinimumIsRefused() {
    Map<String, Object> form = driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan Baru Sekali");
    form.put("implementedSince", TestClock.today().minusMonths(6).toString());
    assertThatThrownBy(() -> driver.register(participant, form)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("sudah diterapkan minimal 12 bulan");
  }

  @Test
  void duplicateAndUnknownEditionAreRefused() {
    registerOne("Layanan Kembar");
    assertThatThrownBy(() -> registerOne("layanan kembar")).hasMessageContaining("sudah terdaftar pada edisi ini");
    Map<String, Object> form = driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan Nyasar");
    form.put("editionKey", "TIDAKADA-1999");
    assertThatThrownBy(() -> driver.register(participant, form)).hasMessageContaining("tidak ditemukan");
  }

  @Test
  void registrationAfterTheWindowClosedIsRefused() {
    registerOne("Layanan Tepat Waktu");
    driver.closeRegistration();
    assertThat(driver.editionVariable("registeredCount")).isEqualTo(1L);
    assertThatThrownBy(() -> registerOne("Layanan Terlambat Daftar"))
        .hasMessageContaining("tidak sedang dibuka");
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
