package id.kipp.edition;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ReportCountedAtCommitTest} on PostgreSQL, in a database of its own (its reporting step imported here). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@Import(ReportCountedAtCommitTest.ReportingStep.class)
class ReportCountedAtCommitOnPostgresTest extends ReportCountedAtCommitTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "report_at_commit");
  }
}
