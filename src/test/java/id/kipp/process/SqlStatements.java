package id.kipp.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/** The SQL statements the engine executes while {@code work} runs (MyBatis' debug log), counted by statement id. */
final class SqlStatements {

  private static final String MAPPERS = "org.camunda.bpm.engine.impl.persistence.entity";

  private SqlStatements() {}

  static Map<String, Long> during(Runnable work) {
    Logger logger = (Logger) LoggerFactory.getLogger(MAPPERS);
    Level level = logger.getLevel();
    Map<String, Long> counts = new TreeMap<>();
    AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        if (event.getFormattedMessage().startsWith("==> Parameters:")) {
          counts.merge(event.getLoggerName().substring(MAPPERS.length() + 1), 1L, Long::sum);
        }
      }
    };
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    try {
      work.run();
    } finally {
      logger.setLevel(level);
      logger.detachAppender(appender);
    }
    counts.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
    return counts;
  }
}
