package id.kipp.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The successful job runs of an engine's job log ({@code ACT_HI_JOB_LOG}) and the check that every job which must run
 * once did: a job id with two successful runs means two nodes (or one node twice) did the same work.
 *
 * <p>Some jobs run many times under one id by design and are left out by their type: the engine's history cleanup
 * reschedules itself (same job id, a new due date) for as long as its batch window is open.
 */
final class JobRuns {

  /** Job types (handler types, {@code JOB_DEF_TYPE_} in the log) that reschedule themselves under the same id. */
  static final Set<String> SELF_RESCHEDULING = Set.of("history-cleanup");

  /** One successful run of a job, as the job log records it. */
  record Run(String jobId, String type, String activityId, String node, Timestamp at) {}

  private JobRuns() {}

  /** Every successful run ({@code JOB_STATE_ = 2}) in the job log, oldest first. */
  static List<Run> successful(Connection db) throws SQLException {
    List<Run> runs = new ArrayList<>();
    try (Statement sql = db.createStatement();
         ResultSet rows = sql.executeQuery("SELECT job_id_, job_def_type_, act_id_, hostname_, timestamp_"
             + " FROM act_hi_job_log WHERE job_state_ = 2 ORDER BY timestamp_, id_")) {
      while (rows.next()) {
        runs.add(new Run(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getTimestamp(5)));
      }
    }
    return runs;
  }

  /**
   * The jobs that must run once but succeeded more than once, each described with its id, type, activity, and the
   * node and time of every run; empty when every such job ran exactly once.
   */
  static List<String> ranMoreThanOnce(List<Run> runs) {
    Map<String, List<Run>> byJob = runs.stream()
        .filter(run -> !SELF_RESCHEDULING.contains(run.type()))
        .collect(Collectors.groupingBy(Run::jobId, LinkedHashMap::new, Collectors.toList()));
    return byJob.values().stream()
        .filter(same -> same.size() > 1)
        .map(JobRuns::describe)
        .toList();
  }

  /** Counts the runs of self-rescheduling jobs (e.g. to show that the history cleanup ran while the test did). */
  static long selfReschedulingRuns(List<Run> runs) {
    return runs.stream().filter(run -> SELF_RESCHEDULING.contains(run.type())).count();
  }

  private static String describe(List<Run> same) {
    Run first = same.get(0);
    return "job " + first.jobId() + " (type " + first.type() + ", activity " + first.activityId() + ") succeeded "
        + same.size() + " times: " + same.stream().map(run -> run.node() + " at " + run.at())
        .collect(Collectors.joining(", "));
  }
}
