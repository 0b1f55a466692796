package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.FreshPostgres;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The measurement of docs/performance.md (documents): 6 registrations × 3 PDFs × 3 MiB on PostgreSQL; prints the
 * database's growth per uploaded byte and the registration latency, and holds the growth to at most 1.03 (issue 15's
 * 1.05 with room for the engine's rows: 1.020 measured with the page-sized chunks of Flyway V36-V38, 1.046 before).
 */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
class DocumentGrowthOnPostgresTest {

  static final int ENTRIES = 6;
  static final int FILE_BYTES = 3 * 1024 * 1024;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "document_growth");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void registrationsWithThreeMebibytePdfsGrowTheDatabaseByTheirSizeOnce() {
    CompetitionDriver driver = new CompetitionDriver(engine, "GROW").withJurors(3);
    driver.openEdition(driver.editionForm(DocumentUploadTest.GROUP, 2, 1, 3));
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    // one registration first, so that the measured ones find the JVM warm and the engine's caches filled
    driver.register(participant, form(driver, "Pemanasan", 1000, FILE_BYTES));

    jdbc.execute("CHECKPOINT");
    long databaseBefore = databaseSize();
    long byteArrayBefore = byteArrayBytes();
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      Map<String, Object> form = form(driver, "Layanan Terukur " + i, 2000 + 10 * i, FILE_BYTES);
      long start = System.nanoTime();
      driver.register(participant, form);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    jdbc.execute("CHECKPOINT");
    long databaseAfter = databaseSize();
    // the same registrations with 1 KiB files: what the engine's own work costs on this machine
    List<Long> smallMillis = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      Map<String, Object> form = form(driver, "Layanan Ringan " + i, 3000 + 10 * i, 1024);
      long start = System.nanoTime();
      driver.register(participant, form);
      smallMillis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(smallMillis);
    long uploaded = (long) ENTRIES * DocumentUploadTest.FILES.size() * FILE_BYTES;
    double growth = (double) (databaseAfter - databaseBefore) / uploaded;
    double byteArrayGrowth = (double) (byteArrayBytes() - byteArrayBefore) / uploaded;
    Collections.sort(millis);
    System.out.printf("DOCUMENTS %d registrations x 3 PDFs x %d MiB = %d MiB uploaded: database +%.3f bytes per"
            + " uploaded byte, ACT_GE_BYTEARRAY +%.4f; registration p50 %d ms, max %d ms (all: %s); with 1 KiB files"
            + " p50 %d ms (all: %s)%n", ENTRIES, FILE_BYTES >> 20, uploaded >> 20, growth, byteArrayGrowth,
        millis.get(ENTRIES / 2), millis.get(ENTRIES - 1), millis, smallMillis.get(ENTRIES / 2), smallMillis);
    assertThat(growth).isLessThanOrEqualTo(1.03);
    assertThat(byteArrayGrowth).isLessThan(0.01);
  }

  private static Map<String, Object> form(CompetitionDriver driver, String title, long seed, int fileBytes) {
    Map<String, Object> form = driver.registrationForm("Dinas Kesehatan Kota Uji", DocumentUploadTest.GROUP, title);
    for (int i = 0; i < DocumentUploadTest.FILES.size(); i++) {
      String name = DocumentUploadTest.FILES.get(i);
      form.put(name, Variables.fileValue(name + ".pdf").file(DocumentUploadTest.pdf(fileBytes, seed + i))
          .mimeType("application/pdf").create());
    }
    return form;
  }

  private long databaseSize() {
    return jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
  }

  private long byteArrayBytes() {
    return jdbc.queryForObject("SELECT COALESCE(SUM(OCTET_LENGTH(BYTES_)), 0) FROM ACT_GE_BYTEARRAY", Long.class);
  }
}
