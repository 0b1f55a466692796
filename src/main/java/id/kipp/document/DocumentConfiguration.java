package id.kipp.document;

import id.kipp.shared.CompetitionCalendar;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The document store: metadata always in the application's tables (Flyway V16, V25); the bytes in the database
 * ({@code kipp.documents.store=database}, the default) or in an S3-compatible bucket ({@code s3}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentConfiguration {

  @Bean
  DocumentStore documentStore(JdbcTemplate jdbc, CompetitionCalendar calendar, DocumentProperties properties) {
    if (properties.store() == DocumentProperties.Store.S3) {
      return new S3DocumentStore(jdbc, calendar::now, S3DocumentStore.client(properties.s3()), properties.s3());
    }
    return new DatabaseDocumentStore(jdbc, calendar::now);
  }

  @Bean
  LegacyFileMigration legacyFileMigration(JdbcTemplate jdbc, DocumentStore store,
      PlatformTransactionManager transactions, List<LegacyDocuments> others) {
    return new LegacyFileMigration(jdbc, store, transactions, others);
  }

  @Bean
  LegacyFileMigrationRunner legacyFileMigrationRunner(LegacyFileMigration migration, DocumentProperties properties) {
    return new LegacyFileMigrationRunner(migration, properties.migration());
  }

  @Bean
  OrphanSweepRunner orphanSweepRunner(DocumentStore store, DocumentProperties properties) {
    return new OrphanSweepRunner(store, properties.orphanSweep());
  }
}
