package id.kipp.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the JDBC driver sends a batch of inserts into one table as one multi-row {@code INSERT}
 * ({@code reWriteBatchedInserts}) instead of one statement per row. The engine flushes a transaction's new rows as
 * such batches (its variables, their history, activity instances: about 30 rows per table at a registration), and
 * PostgreSQL then plans and runs one statement per table instead of one per row (docs/performance.md). The engine
 * supports the option: it does not count the rows of its inserts (Camunda CAM-10990), and nothing of ours reads a
 * batch's counts. Set here, for every PostgreSQL connection of the application's pool whatever its URL
 * ({@code KIPP_DB_URL}, the tests', the benchmark's), before the pool opens its first connection.
 */
@Component
public class PostgresBatchInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
      pool.addDataSourceProperty(PROPERTY, "true");
    }
    return bean;
  }
}
