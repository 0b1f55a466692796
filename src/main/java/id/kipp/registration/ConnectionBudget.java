package id.kipp.registration;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Start-up check of the connection pool against what may hold a connection at the same moment: the registrations the
 * gate admits and the job executor's threads. Every request path holds at most one connection (no second transaction:
 * {@code RequiresNewTest}); a job executor thread at most two (a job releasing every entry of an edition, one
 * transaction each); what remains of the pool serves everyone else (docs/performance.md).
 */
final class ConnectionBudget {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionBudget.class);

  private ConnectionBudget() {}

  static void check(RegistrationCapacity capacity, DataSource dataSource, Environment environment) {
    Integer pool = poolSize(dataSource);
    boolean jobs = environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true);
    int jobThreads = jobs ? environment.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, 10) : 0;
    // a job delivering to every entry of an edition (edition.EditionEntries.deliverEach) holds two connections
    int jobConnections = 2 * jobThreads;
    String problem = problem(capacity.maxConcurrent(), pool, jobThreads);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    if (pool != null) {
      int left = pool - capacity.maxConcurrent() - jobConnections;
      if (left < 2) {
        LOG.warn("Connection pool of {}: {} registrations at once and {} job executor threads (up to {} connections)"
            + " leave {} connection(s) for every other request; during a registration rush other users may wait."
            + " Raise spring.datasource.hikari.maximum-pool-size, lower kipp.registration.max-concurrent or"
            + " camunda.bpm.job-execution.max-pool-size.", pool, capacity.maxConcurrent(), jobThreads, jobConnections,
            Math.max(left, 0));
      } else {
        LOG.info("Connection pool of {}: up to {} registrations at once, {} job executor threads (up to {}"
            + " connections), {} for everything else", pool, capacity.maxConcurrent(), jobThreads, jobConnections, left);
      }
    }
  }

  /** Why the configuration is refused, or null. */
  static String problem(int maxConcurrent, Integer poolSize, int jobThreads) {
    if (maxConcurrent < 1) {
      return "kipp.registration.max-concurrent must be at least 1, not " + maxConcurrent;
    }
    if (poolSize != null && maxConcurrent >= poolSize) {
      return "kipp.registration.max-concurrent (" + maxConcurrent + ") must be below the connection pool size"
          + " spring.datasource.hikari.maximum-pool-size (" + poolSize + "): a registration rush could otherwise take"
          + " every connection and every other request would wait for one";
    }
    return null;
  }

  private static Integer poolSize(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class)
          ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
