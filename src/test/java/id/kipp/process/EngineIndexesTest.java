package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kipp.shared.EngineIndexes;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor's polling reads due jobs through an index on ACT_RU_JOB(DUEDATE_), and a task's completion finds
 * its subtasks through one on ACT_RU_TASK(PARENT_TASK_ID_), both created at engine start; the
 * index on UPPER(TEXT_) of ACT_HI_VARINST an earlier version created on PostgreSQL (for a duplicate check by title that
 * no longer exists) is dropped at engine start.
 */
class EngineIndexesTest extends ProcessTestBase {

  @Autowired
  DataSource dataSource;

  @Autowired
  EngineIndexes indexes;

  @Test
  void theEngineStartsWithTheIndexAndStartingAgainChangesNothing() throws Exception {
    assertThat(dueDateIndexes()).containsExactly("KIPP_IDX_JOB_DUEDATE");
    assertThat(indexesOn("ACT_RU_TASK", "PARENT_TASK_ID_")).containsExactly("KIPP_IDX_TASK_PARENT");
    assertThat(variableTextIndexes()).isEmpty();
    indexes.postProcessEngineBuild(engine);
    assertThat(variableTextIndexes()).isEmpty();
    assertThat(dueDateIndexes()).containsExactly("KIPP_IDX_JOB_DUEDATE");
    assertThat(indexesOn("ACT_RU_TASK", "PARENT_TASK_ID_")).containsExactly("KIPP_IDX_TASK_PARENT");
  }

  @Test
  void theTitleIndexOfEarlierVersionsIsDroppedAtStart() throws Exception {
    assumeTrue(onPostgres(), "the index existed on PostgreSQL only");
    try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
      statement.execute("CREATE INDEX KIPP_IDX_HI_VAR_UPPER_TEXT ON ACT_HI_VARINST USING hash (UPPER(TEXT_))");
    }
    assertThat(variableTextIndexes()).containsExactly("KIPP_IDX_HI_VAR_UPPER_TEXT");

    indexes.postProcessEngineBuild(engine);

    assertThat(variableTextIndexes()).isEmpty();
  }

  private boolean onPostgres() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  private List<String> variableTextIndexes() throws Exception {
    List<String> names = new ArrayList<>();
    if (onPostgres()) {
      try (Connection connection = dataSource.getConnection();
           var statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'act_hi_varinst' "
               + "AND indexdef LIKE '%hash%upper%text_%'")) {
        while (rows.next()) {
          names.add(rows.getString(1).toUpperCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  private List<String> dueDateIndexes() throws Exception {
    return indexesOn("ACT_RU_JOB", "DUEDATE_");
  }

  /** The indexes whose first column is {@code column} (any case). */
  private List<String> indexesOn(String tableName, String columnName) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String table : List.of(tableName, tableName.toLowerCase(Locale.ROOT))) {
        try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            String column = indexes.getString("COLUMN_NAME");
            if (column != null && column.equalsIgnoreCase(columnName) && indexes.getInt("ORDINAL_POSITION") == 1) {
              names.add(indexes.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }
}
