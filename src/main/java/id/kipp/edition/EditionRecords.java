package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_NAME;
import static id.kipp.edition.EditionVariables.EVALUATION_DUE_AT;
import static id.kipp.edition.EditionVariables.FINALISTS_PER_GROUP;
import static id.kipp.edition.EditionVariables.JURORS;
import static id.kipp.edition.EditionVariables.JURORS_PER_ENTRY;
import static id.kipp.edition.EditionVariables.PRESENTATION_AT;
import static id.kipp.edition.EditionVariables.REGISTRATION_CLOSES_AT;
import static id.kipp.edition.EditionVariables.WINNERS_PER_GROUP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.shared.Vars;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * The running editions' settings that an entry needs ({@link EditionView}), one row by key in table
 * {@code edition_directory}: a registration reads one row instead of querying the edition's process instance and
 * eleven of its variables. The row is the copy, the edition's variables stay the truth: it is written in the
 * transaction that sets or changes them ({@link #save}: the edition's set-up, closing registration, corrected jurors)
 * and at start-up for running editions without one ({@link EditionRecordsBackfill}). A row whose process instance no
 * longer runs is not found.
 */
@Component
public class EditionRecords {

  /** The edition's variables the view is made of. */
  public static final List<String> VIEW_VARIABLES = List.of(EDITION_NAME, "groups", JURORS,
      "registrationOpensAt", REGISTRATION_CLOSES_AT, EVALUATION_DUE_AT, PRESENTATION_AT, FINALISTS_PER_GROUP,
      WINNERS_PER_GROUP, JURORS_PER_ENTRY, "registrationClosed");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "process_instance_id, name, groups_json, jurors_json, registration_opens_at,"
      + " registration_closes_at, evaluation_due_at, presentation_at, finalists_per_group, winners_per_group,"
      + " jurors_per_entry, registration_closed";

  private final JdbcTemplate jdbc;
  private final String executionTable;

  public EditionRecords(JdbcTemplate jdbc, @Value("${camunda.bpm.database.table-prefix:}") String tablePrefix) {
    this.jdbc = jdbc;
    this.executionTable = tablePrefix + "ACT_RU_EXECUTION";
  }

  /** The running edition {@code editionKey} as its row has it, empty when it has none or no longer runs. */
  public Optional<EditionView> find(String editionKey) {
    List<EditionView> found = jdbc.query("SELECT d.edition_key, " + COLUMNS + " FROM edition_directory d JOIN "
        + executionTable + " e ON e.ID_ = d.process_instance_id WHERE d.edition_key = ?", EditionRecords::view,
        editionKey);
    return found.stream().findFirst();
  }

  /** Whether {@code editionKey} has a row (running or not). */
  public boolean has(String editionKey) {
    return !jdbc.queryForList("SELECT edition_key FROM edition_directory WHERE edition_key = ?", String.class,
        editionKey).isEmpty();
  }

  /**
   * Writes the row of edition {@code editionKey} (process instance {@code processInstanceId}) from its variables
   * {@code v} ({@link #VIEW_VARIABLES}), in the current transaction.
   */
  public void save(String editionKey, String processInstanceId, Map<String, Object> v) {
    EditionView view = new EditionView(processInstanceId, editionKey, (String) v.get(EDITION_NAME),
        Vars.textList(v.get("groups")), Vars.textList(v.get(JURORS)),
        (Date) v.get("registrationOpensAt"), (Date) v.get(REGISTRATION_CLOSES_AT),
        (Date) v.get(EVALUATION_DUE_AT), (Date) v.get(PRESENTATION_AT),
        intOf(v.get(FINALISTS_PER_GROUP)), intOf(v.get(WINNERS_PER_GROUP)), intOf(v.get(JURORS_PER_ENTRY)),
        Boolean.TRUE.equals(v.get("registrationClosed")));
    Object[] values = {view.processInstanceId(), view.name(), json(view.groups()), json(view.jurors()),
        millis(view.registrationOpensAt()), millis(view.registrationClosesAt()), millis(view.evaluationDueAt()),
        millis(view.presentationAt()), view.finalistsPerGroup(), view.winnersPerGroup(), view.jurorsPerEntry(),
        view.registrationClosed(), editionKey};
    String update = "UPDATE edition_directory SET process_instance_id = ?, name = ?, groups_json = ?, jurors_json = ?,"
        + " registration_opens_at = ?, registration_closes_at = ?, evaluation_due_at = ?, presentation_at = ?,"
        + " finalists_per_group = ?, winners_per_group = ?, jurors_per_entry = ?, registration_closed = ?"
        + " WHERE edition_key = ?";
    if (jdbc.update(update, values) > 0) {
      return;
    }
    try {
      jdbc.update("INSERT INTO edition_directory (" + COLUMNS + ", edition_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?)", values);
    } catch (DuplicateKeyException written) {
      jdbc.update(update, values); // another node's start-up wrote it meanwhile
    }
  }

  /** {@link #save(String, String, Map)} with the variables as {@code scope} (the edition or one of its tasks) sees them. */
  public void save(String editionKey, String processInstanceId, org.camunda.bpm.engine.delegate.VariableScope scope) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name : VIEW_VARIABLES) {
      values.put(name, scope.getVariable(name));
    }
    save(editionKey, processInstanceId, values);
  }

  private static EditionView view(ResultSet rs, int row) throws SQLException {
    return new EditionView(rs.getString("process_instance_id"), rs.getString("edition_key"), rs.getString("name"),
        list(rs.getString("groups_json")), list(rs.getString("jurors_json")),
        date(rs, "registration_opens_at"), date(rs, "registration_closes_at"), date(rs, "evaluation_due_at"),
        date(rs, "presentation_at"), rs.getInt("finalists_per_group"), rs.getInt("winners_per_group"),
        rs.getInt("jurors_per_entry"), rs.getBoolean("registration_closed"));
  }

  private static Date date(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : new Date(millis);
  }

  private static SqlParameterValue millis(Date date) {
    return new SqlParameterValue(Types.BIGINT, date == null ? null : date.getTime());
  }

  private static String json(List<String> items) {
    try {
      return JSON.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(String json) {
    try {
      return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("edition_directory: not a JSON list: " + json, e);
    }
  }

  private static int intOf(Object value) {
    Long whole = Vars.whole(value);
    return whole == null ? 0 : whole.intValue();
  }
}
