package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The edition's row that registrations read ({@link EditionRecords}): the same view as the edition's variables when
 * the edition is set up and after registration closes, rebuilt at start-up for an edition without one (idempotently),
 * and not found once the edition no longer runs.
 */
@SpringBootTest
@ActiveProfiles("test")
class EditionRecordsTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  EditionRecords records;

  @Autowired
  EditionRecordsBackfill backfill;

  @Autowired
  JdbcTemplate jdbc;

  CompetitionDriver driver;
  ProcessInstance edition;

  @BeforeEach
  void edition() {
    driver = new CompetitionDriver(engine, "DIR").withJurors(2);
    edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
  }

  EditionView fromVariables() {
    return new EditionDirectory(engine).find(driver.editionKey).orElseThrow();
  }

  @Test
  void theRowIsTheEditionsViewFromSetUpToClosingAndIsGoneWithTheEdition() {
    EditionView recorded = records.find(driver.editionKey).orElseThrow();
    assertThat(recorded).isEqualTo(fromVariables());
    assertThat(recorded.groups()).containsExactly("Perangkat Daerah");
    assertThat(recorded.jurors()).hasSize(2);
    assertThat(recorded.registrationClosed()).isFalse();
    assertThat(new EditionDirectory(engine, records).find(driver.editionKey)).contains(recorded);

    // one entry, so that the edition waits for its screening after registration closes
    String participant = driver.participant("peserta");
    driver.register(participant, driver.registrationForm("Dinas Uji " + driver.code, "Perangkat Daerah", "Layanan Uji"));
    driver.closeRegistration();
    assertThat(records.find(driver.editionKey).orElseThrow().registrationClosed()).isTrue();
    assertThat(records.find(driver.editionKey)).contains(fromVariables());

    engine.getRuntimeService().deleteProcessInstance(edition.getId(), "test");
    assertThat(records.has(driver.editionKey)).isTrue();
    assertThat(records.find(driver.editionKey)).isEmpty();
    assertThat(new EditionDirectory(engine, records).find(driver.editionKey)).isEmpty();
  }

  @Test
  void aRunningEditionWithoutItsRowGetsItAtStartUpOnce() {
    EditionView before = records.find(driver.editionKey).orElseThrow();
    jdbc.update("DELETE FROM edition_directory WHERE edition_key = ?", driver.editionKey);
    assertThat(records.find(driver.editionKey)).isEmpty();
    // the registration's directory still finds it, from the edition's variables
    assertThat(new EditionDirectory(engine, records).find(driver.editionKey)).contains(before);

    assertThat(backfill.addMissing()).isGreaterThanOrEqualTo(1);
    assertThat(records.find(driver.editionKey)).contains(before);
    assertThat(backfill.addMissing()).isZero();
  }
}
