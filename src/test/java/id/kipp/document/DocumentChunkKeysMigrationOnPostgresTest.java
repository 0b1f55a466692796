package id.kipp.document;

import id.kipp.testsupport.FreshPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link DocumentChunkKeysMigrationTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class DocumentChunkKeysMigrationOnPostgresTest extends DocumentChunkKeysMigrationTest {

  @Override
  DataSource dataSource() {
    Map<String, Object> database = FreshPostgres.create("chunkkeys");
    return new DriverManagerDataSource((String) database.get("spring.datasource.url"),
        (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
  }
}
