package id.kipp.document;

import id.kipp.shared.CompetitionCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The document store: the database back-end (the application's own tables, Flyway V16). */
@Configuration(proxyBeanMethods = false)
public class DocumentConfiguration {

  @Bean
  DocumentStore documentStore(JdbcTemplate jdbc, CompetitionCalendar calendar) {
    return new DatabaseDocumentStore(jdbc, calendar::now);
  }
}
