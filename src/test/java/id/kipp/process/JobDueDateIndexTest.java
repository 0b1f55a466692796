package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.JobDueDateIndex;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job executor's polling reads due jobs through an index on ACT_RU_JOB(DUEDATE_), created at engine start. */
class JobDueDateIndexTest extends ProcessTestBase {

  @Autowired
  DataSource dataSource;

  @Autowired
  JobDueDateIndex index;

  @Test
  void theEngineStartsWithTheIndexAndStartingAgainChangesNothing() throws Exception {
    assertThat(dueDateIndexes()).containsExactly("KIPP_IDX_JOB_DUEDATE");
    index.postProcessEngineBuild(engine);
    assertThat(dueDateIndexes()).containsExactly("KIPP_IDX_JOB_DUEDATE");
  }

  private List<String> dueDateIndexes() throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
        try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            String column = indexes.getString("COLUMN_NAME");
            if (column != null && column.equalsIgnoreCase("DUEDATE_")) {
              names.add(indexes.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }
}
