package id.kipp.dashboard;

import id.kipp.reporting.EntryStatus;
import id.kipp.shared.Processes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every entry of an edition, running or ended, with four SQL statements whatever the edition's size: the entries
 * (history of process instances, by business key), their process-level variables the dashboard needs, the open
 * activities of the running ones and the open tasks under the edition's business keys (the entries' own and their
 * jurors' instances). Read straight from the engine's tables ({@code camunda.bpm.database.table-prefix} honoured):
 * through the engine's query API the same answer took eleven queries and built 40,000 variable objects for a national
 * edition.
 */
@Component
public class EntryRows {

  /** Process-level variables of {@code inovasi} read for the dashboard. */
  static final List<String> VARIABLES = List.of("group", "title", "agency", "screeningOutcome", "deskScore", "jurors",
      "disagreement", "finalist", "presentationScore", "winner");

  /** Activity id → index of its stage in {@link EntryStatus#STAGES}. */
  private static final Map<String, Integer> STAGE_OF_ACTIVITY = new HashMap<>();

  static {
    for (int i = 0; i < EntryStatus.STAGES.size(); i++) {
      for (String activityId : EntryStatus.STAGES.get(i).activityIds()) {
        STAGE_OF_ACTIVITY.put(activityId, i);
      }
    }
  }

  private final JdbcTemplate jdbc;
  private final String prefix;

  public EntryRows(JdbcTemplate jdbc, @Value("${camunda.bpm.database.table-prefix:}") String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix == null ? "" : prefix;
  }

  /** Every entry of the edition, ordered by entry key. */
  public List<EntryRow> of(String editionKey) {
    String like = editionKey + "-%";
    Pattern entryKey = Pattern.compile(Pattern.quote(editionKey) + "-\\d+");
    Map<String, Instance> instances = new LinkedHashMap<>();
    jdbc.query("SELECT ID_, BUSINESS_KEY_, END_TIME_, END_ACT_ID_ FROM " + prefix + "ACT_HI_PROCINST"
        + " WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ LIKE ? ORDER BY BUSINESS_KEY_, START_TIME_", rs -> {
          String key = rs.getString(2);
          if (entryKey.matcher(key).matches()) {
            // the latest instance of a key wins (an entry registered again after a cancellation)
            instances.remove(key);
            instances.put(key, new Instance(rs.getString(1), key, instant(rs.getTimestamp(3)), rs.getString(4)));
          }
        }, Processes.ENTRY, like);
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Instance> byId = new HashMap<>();
    instances.values().forEach(instance -> byId.put(instance.id, instance));

    jdbc.query("SELECT v.PROC_INST_ID_, v.NAME_, v.TEXT_, v.LONG_, v.DOUBLE_ FROM " + prefix + "ACT_HI_VARINST v"
        + " JOIN " + prefix + "ACT_HI_PROCINST p ON p.ID_ = v.PROC_INST_ID_"
        + " WHERE p.PROC_DEF_KEY_ = ? AND p.BUSINESS_KEY_ LIKE ? AND v.EXECUTION_ID_ = v.PROC_INST_ID_"
        + " AND (v.STATE_ IS NULL OR v.STATE_ <> 'DELETED') AND v.NAME_ IN (" + marks(VARIABLES.size()) + ")", rs -> {
          Instance instance = byId.get(rs.getString(1));
          if (instance != null) {
            String name = rs.getString(2);
            Object value = rs.getString(3);
            if (value == null) {
              long whole = rs.getLong(4);
              value = rs.wasNull() ? null : whole;
            }
            if (value == null) {
              double number = rs.getDouble(5);
              value = rs.wasNull() ? null : number;
            }
            // a JSON variable (jurors) keeps its value in a byte array: its presence is what counts here
            instance.variables.put(name, value == null && "jurors".equals(name) ? Boolean.TRUE : value);
          }
        }, params(Processes.ENTRY, like, VARIABLES));

    if (instances.values().stream().anyMatch(instance -> instance.endTime == null)) {
      jdbc.query("SELECT a.PROC_INST_ID_, a.ACT_ID_, a.START_TIME_ FROM " + prefix + "ACT_HI_ACTINST a"
          + " JOIN " + prefix + "ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_"
          + " WHERE p.PROC_DEF_KEY_ = ? AND p.BUSINESS_KEY_ LIKE ? AND p.END_TIME_ IS NULL AND a.END_TIME_ IS NULL",
          rs -> {
            Instance instance = byId.get(rs.getString(1));
            Integer stage = STAGE_OF_ACTIVITY.get(rs.getString(2));
            if (instance != null && stage != null) {
              instance.at(stage, instant(rs.getTimestamp(3)));
            }
          }, Processes.ENTRY, like);
      jdbc.query("SELECT e.BUSINESS_KEY_, t.ASSIGNEE_, i.GROUP_ID_ FROM " + prefix + "ACT_RU_TASK t"
          + " JOIN " + prefix + "ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
          + " LEFT JOIN " + prefix + "ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate'"
          + " AND t.ASSIGNEE_ IS NULL WHERE e.BUSINESS_KEY_ LIKE ?", rs -> {
            Instance instance = instances.get(rs.getString(1));
            if (instance != null) {
              String assignee = rs.getString(2);
              String group = rs.getString(3);
              if (assignee != null) {
                instance.waitingOn.add(assignee);
              } else if (group != null) {
                instance.waitingOn.add("grup " + group);
              }
            }
          }, like);
    }
    List<EntryRow> rows = new ArrayList<>(instances.size());
    for (Instance instance : instances.values()) {
      rows.add(instance.row());
    }
    return rows;
  }

  /** The index in {@link EntryStatus#STAGES} of the stage an activity belongs to; -1 for none. */
  static int stageIndex(String activityId) {
    Integer index = STAGE_OF_ACTIVITY.get(activityId);
    return index == null ? -1 : index;
  }

  private static Object[] params(String processKey, String like, List<String> names) {
    List<Object> params = new ArrayList<>(List.of(processKey, like));
    params.addAll(names);
    return params.toArray();
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** One entry's instance while its rows are read. */
  private static final class Instance {
    final String id;
    final String key;
    final Instant endTime;
    final String endActivityId;
    final Map<String, Object> variables = new HashMap<>();
    final Set<String> waitingOn = new LinkedHashSet<>();
    int stage = -1;
    Instant since;

    Instance(String id, String key, Instant endTime, String endActivityId) {
      this.id = id;
      this.key = key;
      this.endTime = endTime;
      this.endActivityId = endActivityId;
    }

    /** An open activity of a stage: the latest stage is shown, since its earliest open activity began. */
    void at(int stageIndex, Instant started) {
      if (stageIndex > stage) {
        stage = stageIndex;
        since = started;
      } else if (stageIndex == stage && started != null && (since == null || started.isBefore(since))) {
        since = started;
      }
    }

    EntryRow row() {
      boolean running = endTime == null;
      String label = running
          ? (stage < 0 ? EntryStatus.IN_PROGRESS : EntryStatus.STAGES.get(stage).label())
          : EntryStatus.ended(endActivityId);
      return new EntryRow(id, key, text("group"), text("title"), text("agency"), text("screeningOutcome"),
          number("deskScore"), variables.get("jurors") != null, flag("disagreement"), flag("finalist"),
          number("presentationScore"), flag("winner"), running, label, running ? since : endTime,
          List.copyOf(waitingOn));
    }

    private String text(String name) {
      Object value = variables.get(name);
      return value == null ? null : value.toString();
    }

    private Double number(String name) {
      return variables.get(name) instanceof Number number ? number.doubleValue() : null;
    }

    private boolean flag(String name) {
      return variables.get(name) instanceof Number number && number.longValue() != 0;
    }
  }
}
