package id.kipp.dashboard;

import id.kipp.dashboard.JurorProgress.EvaluationTask;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The jurors' work and the incidents of an edition, one SQL statement each: the tasks of the juror evaluations
 * ({@code penilaian-juri}) from the history, submitted scores ({@code evaluation}), declared conflicts
 * ({@code conflict_declaration}), and the open incidents of the edition and every instance under its business keys.
 */
@Component
public class EditionTables {

  private static final String JUROR_EVALUATION = "penilaian-juri";

  private final JdbcTemplate jdbc;
  private final String prefix;

  public EditionTables(JdbcTemplate jdbc, @Value("${camunda.bpm.database.table-prefix:}") String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix == null ? "" : prefix;
  }

  /** Scoring and follow-up tasks of every juror evaluation of the edition. */
  public List<EvaluationTask> jurorTasks(String editionKey) {
    return jdbc.query("SELECT t.PROC_INST_ID_, p.BUSINESS_KEY_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.START_TIME_,"
            + " t.END_TIME_, t.DUE_DATE_ FROM " + prefix + "ACT_HI_TASKINST t"
            + " JOIN " + prefix + "ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_"
            + " WHERE p.PROC_DEF_KEY_ = ? AND p.BUSINESS_KEY_ LIKE ? AND t.TASK_DEF_KEY_ IN (?, ?)",
        (rs, row) -> new EvaluationTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))),
        JUROR_EVALUATION, editionKey + "-%", JurorProgress.SCORING_TASK, JurorProgress.FOLLOW_UP_TASK);
  }

  /** Juror → scores submitted at a stage ({@code DESK} or {@code PRESENTATION}). */
  public Map<String, Integer> submitted(String editionKey, String stage) {
    return counts("SELECT juror_id, COUNT(*) FROM evaluation WHERE edition_key = ? AND stage = ? GROUP BY juror_id",
        editionKey, stage);
  }

  /** Juror → conflicts of interest declared. */
  public Map<String, Integer> conflicts(String editionKey) {
    return counts("SELECT juror_id, COUNT(*) FROM conflict_declaration WHERE edition_key = ? GROUP BY juror_id",
        editionKey);
  }

  /**
   * An open incident of the edition or of an instance under its keys (entries, juror evaluations, …), where it
   * happened (not its copies in the calling instances).
   */
  public record Incident(String id, String processInstanceId, String businessKey, String processKey,
      String activityId, String type, String message, Instant at) {}

  public List<Incident> incidents(String editionKey) {
    return jdbc.query("SELECT i.ID_, i.PROC_INST_ID_, e.BUSINESS_KEY_, d.KEY_, i.ACTIVITY_ID_, i.INCIDENT_TYPE_,"
            + " i.INCIDENT_MSG_, i.INCIDENT_TIMESTAMP_ FROM " + prefix + "ACT_RU_INCIDENT i"
            + " JOIN " + prefix + "ACT_RU_EXECUTION e ON e.ID_ = i.PROC_INST_ID_"
            + " LEFT JOIN " + prefix + "ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_"
            // root causes only: an incident in a juror's evaluation is repeated on the entry that called it
            + " WHERE (e.BUSINESS_KEY_ = ? OR e.BUSINESS_KEY_ LIKE ?) AND i.ID_ = i.ROOT_CAUSE_INCIDENT_ID_"
            + " ORDER BY i.INCIDENT_TIMESTAMP_ DESC",
        (rs, row) -> new Incident(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8))),
        editionKey, editionKey + "-%");
  }

  private Map<String, Integer> counts(String sql, Object... params) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getInt(2));
    }, params);
    return counts;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

}
