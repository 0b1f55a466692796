package id.kipp.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One juror's desk evaluation in an edition.
 *
 * @param assigned entries the juror was given (also those later declared a conflict or handed over)
 * @param submitted desk scores the juror submitted
 * @param open scoring tasks the juror holds now
 * @param overdue open scoring tasks past their due date, plus evaluations whose deadline passed and wait for the
 *     secretariat's follow-up
 * @param conflicts conflicts of interest the juror declared
 * @param presentationsSubmitted presentation scores the juror submitted
 */
public record JurorProgress(String juror, String name, int assigned, int submitted, int open, int overdue,
    int conflicts, int presentationsSubmitted) {

  /** Overdue first, then most open tasks, then by user id. */
  static final Comparator<JurorProgress> ORDER = Comparator.comparingInt(JurorProgress::overdue).reversed()
      .thenComparing(Comparator.comparingInt(JurorProgress::open).reversed())
      .thenComparing(JurorProgress::juror);

  /** A task of a juror evaluation ({@code penilaian-juri}) as read from the history. */
  public record EvaluationTask(String evaluationId, String entryKey, String taskKey, String assignee, Instant start,
      Instant end, Instant due) {}

  static final String SCORING_TASK = "Task_DeskEvaluation";
  static final String FOLLOW_UP_TASK = "Task_HandleOverdue";

  /**
   * The progress of every juror: the edition's jurors first (so that a juror without an assignment shows), then any
   * other juror who held a task.
   */
  public static List<JurorProgress> of(Collection<String> editionJurors, Map<String, String> names,
      List<EvaluationTask> tasks, Map<String, Integer> submitted, Map<String, Integer> presentations,
      Map<String, Integer> conflicts, Instant now) {
    Map<String, Set<String>> assigned = new LinkedHashMap<>();
    editionJurors.forEach(juror -> assigned.put(juror, new HashSet<>()));
    Map<String, Integer> open = new HashMap<>();
    Map<String, Integer> overdue = new HashMap<>();
    // the juror of an evaluation waiting for the secretariat's follow-up: the last one who held its scoring task
    Map<String, EvaluationTask> lastScoring = new HashMap<>();
    List<EvaluationTask> followUps = new ArrayList<>();
    for (EvaluationTask task : tasks) {
      if (SCORING_TASK.equals(task.taskKey()) && task.assignee() != null) {
        assigned.computeIfAbsent(task.assignee(), j -> new HashSet<>()).add(task.entryKey());
        lastScoring.merge(task.evaluationId(), task, (a, b) -> later(a, b));
        if (task.end() == null) {
          open.merge(task.assignee(), 1, Integer::sum);
          if (task.due() != null && task.due().isBefore(now)) {
            overdue.merge(task.assignee(), 1, Integer::sum);
          }
        }
      } else if (FOLLOW_UP_TASK.equals(task.taskKey()) && task.end() == null) {
        followUps.add(task);
      }
    }
    for (EvaluationTask followUp : followUps) {
      EvaluationTask scoring = lastScoring.get(followUp.evaluationId());
      if (scoring != null && scoring.end() != null) {
        overdue.merge(scoring.assignee(), 1, Integer::sum);
      }
    }
    List<JurorProgress> rows = new ArrayList<>();
    for (Map.Entry<String, Set<String>> juror : assigned.entrySet()) {
      String id = juror.getKey();
      rows.add(new JurorProgress(id, names.getOrDefault(id, id), juror.getValue().size(),
          submitted.getOrDefault(id, 0), open.getOrDefault(id, 0), overdue.getOrDefault(id, 0),
          conflicts.getOrDefault(id, 0), presentations.getOrDefault(id, 0)));
    }
    rows.sort(ORDER);
    return rows;
  }

  private static EvaluationTask later(EvaluationTask a, EvaluationTask b) {
    if (a.start() == null) {
      return b;
    }
    return b.start() != null && b.start().isAfter(a.start()) ? b : a;
  }
}
