package id.kipp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.identity.Agencies;
import id.kipp.testsupport.CompetitionDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * One edition for the catalogue tests, driven through the engine and the deployed forms from registration to the
 * publication of its results. Two groups; finalists 2 and winners 1 per group; three jurors, two per entry. Every
 * participant belongs to its agency's group (type instansi), so the registration takes the agency from there.
 *
 * <pre>
 * Perangkat Daerah
 *   braille  Layanan Pojok Braille (LAPO BRA)   a90 b70 desk 85.0  presentation 80  Pemenang, rank 1
 *   antrean  Antrean Daring Puskesmas           a80 b60 desk 75.0  presentation 80  Finalis, rank 2
 *   sehat    Kartu Sehat Warga → revised to "Kartu Sehat Warga Terpadu" with a new innovation proposal,
 *            a60 b50 desk 57.5                  not a finalist: Peserta
 *   ditolak  Layanan Ditolak                    refused at screening: never in the catalogue
 *   batal    Layanan Yang Ditarik               passed screening, then cancelled (instance deleted): never in it
 * Unit Kerja
 *   arsip    Arsip Kelurahan Digital            a85 b85 desk 85.0  presentation 80  Pemenang, rank 1
 * </pre>
 */
final class CatalogueEditionRun extends CompetitionDriver {

  static final String PD = "Perangkat Daerah";
  static final String UK = "Unit Kerja";
  static final String REVISED_TITLE = "Kartu Sehat Warga Terpadu";

  record Plan(String agencyName, String group, String title, String summary, int innovation, int performance) {}

  static final Map<String, Plan> PLANS = new LinkedHashMap<>();

  static {
    PLANS.put("braille", new Plan("Dinas Perpustakaan dan Arsip Daerah", PD, "Layanan Pojok Braille (LAPO BRA)",
        "Layanan baca bagi penyandang tunanetra dengan koleksi buku braille dan pendampingan relawan.", 90, 70));
    PLANS.put("ditolak", new Plan("Dinas Kependudukan dan Pencatatan Sipil", PD, "Layanan Ditolak",
        "Inovasi yang belum berjalan satu tahun.", 0, 0));
    PLANS.put("antrean", new Plan("Puskesmas Dinoyo", PD, "Antrean Daring Puskesmas",
        "Pasien mengambil nomor antrean dari rumah melalui pesan singkat.", 80, 60));
    PLANS.put("sehat", new Plan("Dinas Kesehatan", PD, "Kartu Sehat Warga",
        "Satu kartu untuk semua layanan kesehatan dasar warga.", 60, 50));
    PLANS.put("arsip", new Plan("Kecamatan Klojen", UK, "Arsip Kelurahan Digital",
        "Dokumen kependudukan kelurahan dipindai dan dapat dicari dalam hitungan detik.", 85, 85));
    PLANS.put("batal", new Plan("Dinas Sosial", PD, "Layanan Yang Ditarik",
        "Inovasi yang lolos seleksi lalu ditarik oleh pesertanya.", 0, 0));
  }

  final String secretariat;
  /** Plan name → entry; participant and agency group id per plan name. */
  final Map<String, ProcessInstance> entries = new LinkedHashMap<>();
  final Map<String, String> participants = new HashMap<>();
  final Map<String, String> agencyIds = new HashMap<>();
  /** The revised innovation proposal of "sehat". */
  final Object revisedFile = DemoData.pdf("proposal-inovasi-revisi.pdf", REVISED_TITLE + " revisi");

  CatalogueEditionRun(ProcessEngine engine) {
    super(engine, "KAT");
    this.secretariat = code.toLowerCase() + "sekretariat";
    user(secretariat, "sekretariat");
  }

  String key(String plan) {
    return entries.get(plan).getBusinessKey();
  }

  /** A participant of a new agency group {@code <code><suffix>} named {@code agencyName}. */
  String participantOf(String suffix, String agencyName) {
    String id = code.toLowerCase() + suffix;
    Agencies.ensure(engine.getIdentityService(), id, agencyName);
    user(id, "peserta");
    engine.getIdentityService().createMembership(id, id);
    return id;
  }

  /**
   * Drives the edition from its opening to the publication of its results. {@code beforePublication} runs at the last
   * moment the results are not yet public (signed off, not yet released by the secretariat); the release publishes them.
   */
  void driveToEnd(Runnable beforePublication) {
    withJurors(3);
    openEdition(editionForm(PD + ", " + UK, 2, 1, 2));

    PLANS.forEach((name, plan) -> {
      String participant = participantOf(name, plan.agencyName());
      participants.put(name, participant);
      agencyIds.put(name, participant);
      entries.put(name, register(participant, DemoData.registrationForm(editionKey, plan.agencyName(), plan.group(),
          plan.title(), plan.summary())));
    });

    screen(entries.get("braille"), "LOLOS", null);
    screen(entries.get("antrean"), "LOLOS", null);
    screen(entries.get("arsip"), "LOLOS", null);
    Map<String, Object> refusal = new HashMap<>(screening("TIDAK_LOLOS", "Belum berjalan satu tahun.", null));
    refusal.replaceAll((field, value) -> field.startsWith("check") ? false : value);
    submit(task(entries.get("ditolak"), "Task_Screen"), secretariat, refusal);
    screen(entries.get("sehat"), "PERBAIKAN", "Perjelas judul dan unggah proposal yang ditandatangani.");
    submit(task(entries.get("sehat"), "Task_Revise"), participants.get("sehat"),
        Map.of("title", REVISED_TITLE, "innovationProposalFile", revisedFile));
    screen(entries.get("sehat"), "LOLOS", null);
    screen(entries.get("batal"), "LOLOS", null);
    runJobs();
    as(secretariat, () -> {
      engine.getRuntimeService().deleteProcessInstance(entries.get("batal").getId(), "Ditarik oleh peserta");
      return null;
    });

    closeRegistration();
    approveAssignment();
    PLANS.forEach((name, plan) -> {
      for (Task task : tasks(entries.get(name), "Task_DeskEvaluation")) {
        submit(task, task.getAssignee(), rubric(plan.innovation(), plan.performance()));
      }
    });
    runJobs();
    confirmTimetable();
    for (String finalist : List.of("braille", "antrean", "arsip")) {
      List<Task> tasks = tasks(entries.get(finalist), "Task_PresentationEvaluation");
      assertThat(tasks).as("presentation tasks of %s", finalist).isNotEmpty();
      for (Task task : tasks) {
        submit(task, task.getAssignee(), Map.of("presentationScoreInput", 80, "presentationComment", "Jelas"));
      }
    }
    runJobs();

    String pimpinan = code.toLowerCase() + "pimpinan";
    user(pimpinan, "pimpinan");
    submit(task(edition(), "Task_SignOff"), pimpinan,
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/99/35.73.112/2030"));
    runJobs();

    beforePublication.run();

    releaseResults();
    assertThat(edition()).as("edition ended").isNull();
  }

  /** The bytes of a file as {@link DemoData#registrationForm} uploads it. */
  static byte[] bytes(Object fileValue) {
    try (InputStream in = ((FileValue) fileValue).getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] uploaded(String fileName, String title) {
    return bytes(DemoData.pdf(fileName, title));
  }
}
