package id.kipp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.shared.Processes;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.FreshPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measurement, not part of the normal build: publishing a national edition (by default 2,000 entries that passed
 * screening, each with two proposal PDFs of {@code kipp.test.scale.file-kb} KB) into the catalogue on PostgreSQL, in
 * a database of its own. Prints the time of the publication and the heap in use before and after it; asserts every
 * entry and document was copied. Run with
 * {@code ./mvnw test -Dtest=CatalogueScaleTest -Dkipp.test.scale=true [-Dkipp.test.scale.entries=2000]
 * [-Dkipp.test.scale.file-kb=100]}.
 */
@EnabledIfSystemProperty(named = "kipp.test.scale", matches = "true")
@SpringBootTest
@ActiveProfiles("test")
class CatalogueScaleTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "catalogue_scale");
  }

  @Autowired
  ProcessEngine engine;

  @Autowired
  CataloguePublication publication;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void nationalEditionIsPublishedQuicklyWithoutItsDocumentsInMemory() {
    int entries = Integer.getInteger("kipp.test.scale.entries", 2000);
    int fileKb = Integer.getInteger("kipp.test.scale.file-kb", 100);
    CompetitionDriver driver = new CompetitionDriver(engine, "SKALA");
    driver.withJurors(3);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah, Unit Kerja", 5, 3, 3));
    String participant = driver.participant("peserta");
    byte[] padding = new byte[fileKb * 1024];
    Arrays.fill(padding, (byte) ' ');

    // Entries are put straight where a passed entry waits (the jury stage), with the variables registration and
    // screening leave: registering 2,000 entries through the form is not what is measured here.
    long setUp = System.nanoTime();
    for (int i = 1; i <= entries; i++) {
      Map<String, Object> variables = DemoData.registrationForm(driver.editionKey, "Instansi " + i,
          i % 2 == 0 ? "Perangkat Daerah" : "Unit Kerja", "Inovasi nomor " + i, "Ringkasan inovasi nomor " + i);
      variables.put("innovationProposalFile", pdf("proposal-inovasi.pdf", padding));
      variables.put("performanceProposalFile", pdf("proposal-kinerja.pdf", padding));
      String key = String.format("%s-%04d", driver.editionKey, i);
      variables.put("entryKey", key);
      variables.put("registeredBy", participant);
      variables.put("screeningOutcome", "LOLOS");
      engine.getRuntimeService().createProcessInstanceByKey(Processes.ENTRY).businessKey(key)
          .setVariables(variables).startBeforeActivity("Task_AwaitJurors").execute(true, true);
    }
    System.out.printf("SCALE set-up: %d passed entries in %d s%n", entries,
        (System.nanoTime() - setUp) / 1_000_000_000);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    Integer copied = transaction.execute(status -> publication.publish(driver.editionKey, edition.getId()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    System.gc();
    long heapSettled = memory.getHeapMemoryUsage().getUsed();
    long documentBytes = jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM catalogue_document"
        + " WHERE entry_key LIKE ?", Long.class, driver.editionKey + "-%");
    System.out.printf("SCALE publication: %d entries, %d MB of documents copied in %d ms; heap used %d MB before,"
            + " %d MB right after, %d MB after GC%n", copied, documentBytes / (1024 * 1024), millis,
        heapBefore / (1024 * 1024), heapAfter / (1024 * 1024), heapSettled / (1024 * 1024));

    long again = System.nanoTime();
    transaction.execute(status -> publication.publish(driver.editionKey, edition.getId()));
    System.out.printf("SCALE published again in %d ms%n", (System.nanoTime() - again) / 1_000_000);

    assertThat(copied).isEqualTo(entries);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_document WHERE entry_key LIKE ?", Integer.class,
        driver.editionKey + "-%")).isEqualTo(2 * entries);
    assertThat(documentBytes).isGreaterThanOrEqualTo(2L * entries * fileKb * 1024);
  }

  /** A PDF header followed by {@code padding}, so that the file has the size asked for. */
  private static Object pdf(String name, byte[] padding) {
    byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(head, head.length + padding.length);
    System.arraycopy(padding, 0, bytes, head.length, padding.length);
    return Variables.fileValue(name).file(bytes).mimeType("application/pdf").create();
  }
}
