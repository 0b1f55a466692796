package id.kipp.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.demo.DemoData;
import id.kipp.edition.EditionLock;
import id.kipp.edition.EntryNumbers;
import id.kipp.shared.RuleViolation;
import id.kipp.testsupport.CompetitionDriver;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The entry registry: written with each registration, kept in step by a revision, and rebuilt for entries registered
 * before it existed (idempotently, with the edition's number sequence continuing after its highest number).
 */
@SpringBootTest
@ActiveProfiles("test")
class EntryRegistryTest {

  static final String GROUP = "Perangkat Daerah";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  EntryRegistry registry;

  @Autowired
  EntryRegistryBackfill backfill;

  @Autowired
  EditionLock editionLock;

  CompetitionDriver driver;
  String participant;

  @BeforeEach
  void edition() {
    driver = new CompetitionDriver(engine, "REG").withJurors(2);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 2));
    participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
  }

  @Test
  void aRegistrationWritesItsRowAndADuplicateTitleIsRefusedWhateverItsCaseOrSpacing() {
    ProcessInstance entry = driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "Puskesmas Ramah Anak"));
    EntryRecord row = registry.find(entry.getBusinessKey()).orElseThrow();
    assertThat(row.editionKey()).isEqualTo(driver.editionKey);
    assertThat(row.entryNumber()).isEqualTo(1);
    assertThat(row.agencyId()).isEqualTo(driver.agencyId("dinkes"));
    assertThat(row.registeredBy()).isEqualTo(participant);
    assertThat(row.processInstanceId()).isEqualTo(entry.getId());

    assertThatThrownBy(() -> driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "  PUSKESMAS   ramah anak! ")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("sudah terdaftar pada edisi ini");
    // the refused registration took no row; its number may be gone (a gap), never given twice
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry WHERE edition_key = ?", Long.class, driver.editionKey))
        .isEqualTo(1);
    ProcessInstance next = driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "Antrean Daring"));
    assertThat(registry.find(next.getBusinessKey()).orElseThrow().entryNumber()).isGreaterThan(1);
  }

  @Test
  void aRevisionKeepsTheRowsTitleInStepAndCannotBecomeADuplicate() {
    ProcessInstance first = driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "Layanan Satu"));
    ProcessInstance second = driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "Layanan Dua"));
    driver.screen(second, "PERBAIKAN", "Perjelas judul inovasi.");
    Task revision = driver.task(second, "Task_Revise");
    assertThatThrownBy(() -> driver.submit(revision, participant, Map.of("title", "layanan satu")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("sudah terdaftar pada edisi ini");
    // the agency field of the form does not move the entry to another agency
    driver.submit(revision, participant, Map.of("title", "Layanan Dua Diperbarui", "agency", "Dinas Lain",
        "declarationFile", DemoData.pdf("surat-pernyataan-baru.pdf", "baru")));
    EntryRecord row = registry.find(second.getBusinessKey()).orElseThrow();
    assertThat(row.title()).isEqualTo("Layanan Dua Diperbarui");
    assertThat(row.normalisedTitle()).isEqualTo("layanan dua diperbarui");
    assertThat(engine.getRuntimeService().getVariable(second.getId(), "agency")).isEqualTo("Dinas Kesehatan Kota Uji");
    assertThat(registry.find(first.getBusinessKey()).orElseThrow().title()).isEqualTo("Layanan Satu");
  }

  @Test
  void entriesRegisteredBeforeTheRegistryAreAddedOnceAndNumberingContinues() {
    for (String title : new String[] {"Lama Satu", "Lama Dua", "Lama Tiga"}) {
      driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP, title));
    }
    // an installation from before the registry: no rows, no sequence, no lock row for the edition
    jdbc.update("DELETE FROM entry WHERE edition_key = ?", driver.editionKey);
    jdbc.update("DELETE FROM edition_lock WHERE edition_key = ?", driver.editionKey);
    String sequence = "entry_number_" + driver.editionKey.toLowerCase().replace('-', '_');
    jdbc.execute("DROP SEQUENCE " + sequence);

    EntryRegistryBackfill fresh = new EntryRegistryBackfill(engine, registry, new EntryNumbers(jdbc), editionLock, jdbc);
    assertThat(fresh.addMissingEntries()).isGreaterThanOrEqualTo(3);
    fresh.prepareRunningEditions();
    assertThat(jdbc.queryForList("SELECT title FROM entry WHERE edition_key = ? ORDER BY entry_number", String.class,
        driver.editionKey)).containsExactly("Lama Satu", "Lama Dua", "Lama Tiga");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM edition_lock WHERE edition_key = ?", Long.class,
        driver.editionKey)).isEqualTo(1);
    // a second start changes nothing
    assertThat(fresh.addMissingEntries()).isZero();
    fresh.prepareRunningEditions();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry WHERE edition_key = ?", Long.class, driver.editionKey))
        .isEqualTo(3);

    ProcessInstance next = driver.register(participant, driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP,
        "Baru Sesudahnya"));
    assertThat(next.getBusinessKey()).isEqualTo(driver.editionKey + "-0004");
  }
}
