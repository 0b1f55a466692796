package id.kipp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.dashboard.JurorProgress.EvaluationTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The funnel's counts and the jurors' progress from plain rows, without an engine. */
class FunnelAndJurorProgressTest {

  static final Instant NOW = Instant.parse("2030-03-01T00:00:00Z");

  static EntryRow entry(String group, boolean running, String stage, String outcome, boolean assigned, Double desk,
      boolean disagreement, boolean finalist, Double presentation, boolean winner) {
    return new EntryRow("id", "K-0001", group, "Judul", "Instansi", outcome, desk, assigned, disagreement, finalist,
        presentation, winner, running, stage, NOW, List.of());
  }

  @Test
  void countsEveryEntryOnceAtEachStepItReached() {
    List<EntryRow> entries = List.of(
        entry("A", true, "Seleksi administrasi", null, false, null, false, false, null, false),
        entry("A", true, "Perbaikan", "PERBAIKAN", false, null, false, false, null, false),
        entry("A", false, "Tidak lolos administrasi", "TIDAK_LOLOS", false, null, false, false, null, false),
        entry("B", false, "Pemenang", "LOLOS", true, 80.0, true, true, 90.0, true),
        entry("B", true, "Penilaian proposal", "LOLOS", true, null, false, false, null, false),
        entry("C", true, "Pendaftaran", null, false, null, false, false, null, false));
    List<Funnel> funnel = Funnel.of(List.of("B", "A", "D"), entries);
    assertThat(funnel).extracting(Funnel::group).containsExactly("B", "A", "D", "C", Funnel.ALL_GROUPS);
    assertThat(funnel.get(1)).isEqualTo(new Funnel("A", 3, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0));
    assertThat(funnel.get(0)).isEqualTo(new Funnel("B", 2, 0, 0, 2, 0, 2, 1, 1, 1, 1, 1));
    assertThat(funnel.get(2)).isEqualTo(new Funnel("D", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(funnel.get(4)).isEqualTo(new Funnel(Funnel.ALL_GROUPS, 6, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1));
  }

  @Test
  void overdueJurorsComeFirst() {
    Instant past = NOW.minusSeconds(3600);
    Instant future = NOW.plusSeconds(3600);
    List<EvaluationTask> tasks = List.of(
        // j1: one scored, one open in time
        new EvaluationTask("e1", "K-0001", "Task_DeskEvaluation", "j1", past, past, future),
        new EvaluationTask("e2", "K-0002", "Task_DeskEvaluation", "j1", past, null, future),
        // j2: one open past its due date
        new EvaluationTask("e3", "K-0001", "Task_DeskEvaluation", "j2", past, null, past),
        // j3: deadline passed, the evaluation waits for the secretariat's follow-up; extended before (two tasks)
        new EvaluationTask("e4", "K-0003", "Task_DeskEvaluation", "j3", past.minusSeconds(60), past, past),
        new EvaluationTask("e4", "K-0003", "Task_DeskEvaluation", "j3", past, past, past),
        new EvaluationTask("e4", "K-0003", "Task_HandleOverdue", null, past, null, null));
    List<JurorProgress> progress = JurorProgress.of(List.of("j1", "j2", "j3", "j4"), Map.of("j1", "Juri Satu"), tasks,
        Map.of("j1", 1), Map.of(), Map.of("j4", 1), NOW);
    assertThat(progress).extracting(JurorProgress::juror).containsExactly("j2", "j3", "j1", "j4");
    assertThat(progress.get(0)).isEqualTo(new JurorProgress("j2", "j2", 1, 0, 1, 1, 0, 0));
    assertThat(progress.get(1)).isEqualTo(new JurorProgress("j3", "j3", 1, 0, 0, 1, 0, 0));
    assertThat(progress.get(2)).isEqualTo(new JurorProgress("j1", "Juri Satu", 2, 1, 1, 0, 0, 0));
    assertThat(progress.get(3)).isEqualTo(new JurorProgress("j4", "j4", 0, 0, 0, 0, 1, 0));
  }
}
