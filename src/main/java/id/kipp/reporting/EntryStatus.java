package id.kipp.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's state as the secretariat reads it (Bahasa Indonesia), from the ids in {@code processes/inovasi.bpmn}:
 * an ended entry by its end event, a running one by the stage its current activity belongs to. {@code
 * ExportEntryStatusTest} fails when the BPMN gains an activity or end event that is not listed here. The participant
 * portal ({@code id.kipp.portal}) names stages and fates with the same labels.
 */
public final class EntryStatus {

  private EntryStatus() {}

  /** End event of an ended entry → its fate. */
  public static final Map<String, String> OUTCOMES = Map.of(
      "EndEvent_Winner", "Pemenang",
      "EndEvent_Finalist", "Finalis",
      "EndEvent_NotFinalist", "Tidak masuk finalis",
      "EndEvent_NotPassedScreening", "Tidak lolos administrasi");

  /** An entry ended without one of the end events above (deleted in Cockpit, for instance). */
  public static final String CANCELLED = "Dibatalkan";

  /** A running entry whose current activity is not known here (should not happen; see the test). */
  public static final String IN_PROGRESS = "Dalam proses";

  /** A stage of a running entry and the activities (BPMN ids) an entry in that stage may be at. */
  public record Stage(String label, List<String> activityIds) {
    Stage(String label, String... activityIds) {
      this(label, List.of(activityIds));
    }
  }

  /**
   * Stages in process order. When an entry's executions sit at activities of two stages (a scope execution may keep
   * the id of an earlier activity), the later stage is the one shown.
   */
  public static final List<Stage> STAGES = List.of(
      new Stage("Pendaftaran", "Task_ValidateRegistration"),
      // Event_ReportScreening: an entry of a model before 3 Dec 2026 waits there for its report's job
      new Stage("Seleksi administrasi", "Task_Screen", "Event_ReportScreening"),
      new Stage("Perbaikan", "Task_Revise", "Event_RevisionLapsed", "Task_RejectLapsedRevision"),
      new Stage("Menunggu penugasan juri", "Task_AwaitJurors"),
      // the jurors' work itself runs in the called process "penilaian-juri"
      new Stage("Penilaian proposal", "SubProcess_JurorEvaluation", "SubProcess_JurorEvaluation#multiInstanceBody",
          "Task_ComputeDeskScore", "Event_ReportDeskEvaluation"),
      new Stage("Menunggu penetapan finalis", "Task_AwaitFinalists"),
      // the jurors' scoring runs in the called process "penilaian-presentasi"; an entry still on an inovasi version
      // from before it waits at the in-process task (LEGACY_ACTIVITY_IDS)
      new Stage("Presentasi", "SubProcess_PresentationEvaluation",
          "SubProcess_PresentationEvaluation#multiInstanceBody", "Task_PresentationEvaluation", "Task_PresentationEvaluation#multiInstanceBody",
          "Task_ComputePresentationScore", "Event_ReportPresentation"),
      new Stage("Menunggu penetapan", "Task_AwaitAward"));

  /**
   * Ids listed in {@link #STAGES} that the current {@code inovasi.bpmn} no longer has, kept for entries still running
   * on an older version: the presentation task that lived in the entry before it moved to {@code penilaian-presentasi}.
   */
  static final List<String> LEGACY_ACTIVITY_IDS = List.of("Task_PresentationEvaluation",
      "Task_PresentationEvaluation#multiInstanceBody");

  /** Activity id → index of its stage in {@link #STAGES}. */
  static final Map<String, Integer> STAGE_OF_ACTIVITY = new LinkedHashMap<>();

  static {
    for (int i = 0; i < STAGES.size(); i++) {
      for (String activityId : STAGES.get(i).activityIds()) {
        STAGE_OF_ACTIVITY.put(activityId, i);
      }
    }
  }

  /** The fate of an ended entry, from the id of the end event it reached (null when none). */
  public static String ended(String endActivityId) {
    return endActivityId == null ? CANCELLED : OUTCOMES.getOrDefault(endActivityId, CANCELLED);
  }
}
