package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.FileValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An edition registered the way the code before the document store did (Camunda's own {@link FileValueSerializer}:
 * the bytes as the engine's byte arrays, in the runtime variable, the historic variable and every historic update),
 * with a running entry, an entry whose file was replaced and an ended entry, and a catalogue copy from before V17 —
 * then migrated: first interrupted after a few files, then resumed, then run again (nothing changes). Afterwards no
 * File variable has a byte array, the engine's byte arrays of those files are gone, each upload is one document, and
 * every file reads back identical over REST (runtime and history) and Java.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-document-migration-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class LegacyFileMigrationTest {

  static final List<String> FILES = DocumentUploadTest.FILES;

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DocumentStore store;
  @Autowired
  LegacyFileMigration migration;

  @Test
  void filesKeptAsEngineByteArraysMoveIntoTheStoreResumablyAndOnce() {
    CompetitionDriver driver = new CompetitionDriver(engine, "MIG" + new Random().nextInt(100_000)).withJurors(3);
    driver.openEdition(driver.editionForm(DocumentUploadTest.GROUP, 2, 1, 3));
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");

    // registered with the engine's own file serializer, as before the document store
    Map<String, Map<String, byte[]>> uploaded = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    byte[] replacement = DocumentUploadTest.pdf(70 * 1024, 99);
    withEngineFileSerializer(() -> {
      for (int entry = 0; entry < 3; entry++) {
        Map<String, Object> form = driver.registrationForm("Dinas Kesehatan Kota Uji", DocumentUploadTest.GROUP,
            "Layanan Lama " + entry);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < FILES.size(); i++) {
          byte[] bytes = DocumentUploadTest.pdf(60 * 1024 + entry * 1000 + i, 100L * entry + i);
          files.put(FILES.get(i), bytes);
          form.put(FILES.get(i), Variables.fileValue(FILES.get(i) + ".pdf").file(bytes).mimeType("application/pdf")
              .create());
        }
        String id = driver.register(participant, form).getId();
        entries.add(id);
        uploaded.put(id, files);
      }
      // the second entry's declaration replaced (a revision); the third entry ended
      engine.getRuntimeService().setVariable(entries.get(1), FILES.get(2),
          Variables.fileValue("pernyataan-baru.pdf").file(replacement).mimeType("application/pdf").create());
      uploaded.get(entries.get(1)).put(FILES.get(2), replacement);
      engine.getRuntimeService().deleteProcessInstance(entries.get(2), "Ditarik oleh peserta");
    });
    // a catalogue copy from before V17: its own bytes in catalogue_document.content
    byte[] catalogueCopy = uploaded.get(entries.get(0)).get(FILES.get(0));
    String entryKey = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(entries.get(0))
        .singleResult().getBusinessKey();
    legacyCatalogueCopy(entryKey, entries.get(0), catalogueCopy);

    long legacyRows = legacyFileRows();
    // 3 entries × 3 files in history (the variables; a creation's detail is written when the variable changes,
    // shared.FirstValueDetails) + the replaced declaration's first value and its update; at runtime 2 entries × 3 files
    assertThat(legacyRows).isEqualTo(3 * 3 + 2 + 2 * 3);
    long byteArraysBefore = count("ACT_GE_BYTEARRAY");
    assertThat(migration.remaining()).isEqualTo(legacyRows + 1);
    DocumentStore.Usage usageBefore = store.usage();

    // interrupted after five files (a stop or crash between two files)
    LegacyFileMigration.Report first = migration.run(2, 5);
    assertThat(first.moved()).isEqualTo(5);
    assertThat(first.remaining()).isEqualTo(legacyRows + 1 - 5);
    assertThat(legacyFileRows()).isEqualTo(legacyRows - 5);
    assertReadBack(driver, entries, uploaded); // half moved: every file still reads

    // resumed
    LegacyFileMigration.Report second = migration.run(3);
    assertThat(second.moved()).isEqualTo(legacyRows + 1 - 5);
    assertThat(second.skipped()).isZero();
    assertThat(second.remaining()).isZero();
    assertThat(legacyFileRows()).isZero();
    assertThat(count("ACT_GE_BYTEARRAY")).as("the engine's byte arrays of the files are deleted")
        .isEqualTo(byteArraysBefore - legacyRows);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalogue_document WHERE content IS NOT NULL", Long.class))
        .isZero();

    // one document per upload: 3 per entry, and the replacement; every distinct content once
    DocumentStore.Usage usageAfter = store.usage();
    assertThat(usageAfter.documents() - usageBefore.documents()).isEqualTo(3 * 3 + 1);
    assertThat(usageAfter.contents() - usageBefore.contents()).isEqualTo(3 * 3 + 1);
    assertThat(store.ofProcessInstance(entries.get(1))).hasSize(4)
        .allSatisfy(document -> assertThat(document.entryKey()).isNotNull());
    assertThat(store.ofProcessInstance(entries.get(2))).hasSize(3);
    assertReadBack(driver, entries, uploaded);
    ResponseEntity<byte[]> published = http.getForEntity("/katalog/" + entryKey + "/dokumen/proposal-inovasi",
        byte[].class);
    assertThat(published.getStatusCode().value()).isEqualTo(200);
    assertThat(published.getBody()).isEqualTo(catalogueCopy);
    assertThat(jdbc.queryForObject("SELECT d.sha256 FROM catalogue_document c JOIN document d"
        + " ON d.id = c.stored_document_id WHERE c.entry_key = ?", String.class, entryKey))
        .isEqualTo(DatabaseDocumentStore.sha256(catalogueCopy));

    // run again: nothing to do, nothing changes
    LegacyFileMigration.Report third = migration.run(3);
    assertThat(third.moved()).isZero();
    assertThat(third.remaining()).isZero();
    assertThat(store.usage()).isEqualTo(usageAfter);
    assertThat(count("ACT_GE_BYTEARRAY")).isEqualTo(byteArraysBefore - legacyRows);
    assertReadBack(driver, entries, uploaded);
  }

  /** Every file of every entry over REST (runtime for running entries, history for all) and the Java API. */
  private void assertReadBack(CompetitionDriver driver, List<String> entries,
      Map<String, Map<String, byte[]>> uploaded) {
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    for (String entry : entries) {
      boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry).count() == 1;
      for (Map.Entry<String, byte[]> file : uploaded.get(entry).entrySet()) {
        if (running) {
          ResponseEntity<byte[]> download = http.withBasicAuth(secretariat, secretariat).getForEntity(
              "/engine-rest/process-instance/" + entry + "/variables/" + file.getKey() + "/data", byte[].class);
          assertThat(download.getStatusCode().value()).isEqualTo(200);
          assertThat(download.getBody()).as(entry + " " + file.getKey()).isEqualTo(file.getValue());
        }
        HistoricVariableInstance historic = engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(entry).variableName(file.getKey()).singleResult();
        ResponseEntity<byte[]> download = http.withBasicAuth(secretariat, secretariat).getForEntity(
            "/engine-rest/history/variable-instance/" + historic.getId() + "/data", byte[].class);
        assertThat(download.getStatusCode().value()).as(String.valueOf(download)).isEqualTo(200);
        assertThat(download.getBody()).as("history " + entry + " " + file.getKey()).isEqualTo(file.getValue());
        try (java.io.InputStream in = ((org.camunda.bpm.engine.variable.value.FileValue) historic.getTypedValue())
            .getValue()) {
          assertThat(in.readAllBytes()).isEqualTo(file.getValue());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
  }

  private long legacyFileRows() {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE TYPE_ = 'file' AND BYTEARRAY_ID_"
        + " IS NOT NULL) + (SELECT COUNT(*) FROM ACT_HI_VARINST WHERE VAR_TYPE_ = 'file' AND BYTEARRAY_ID_ IS NOT NULL)"
        + " + (SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE VAR_TYPE_ = 'file' AND BYTEARRAY_ID_ IS NOT NULL)", Long.class);
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  private void legacyCatalogueCopy(String entryKey, String instanceId, byte[] content) {
    jdbc.update("INSERT INTO catalogue_entry (entry_key, edition_key, edition_year, title, agency, innovation_group,"
        + " award, award_order, source_instance_id, published_at, updated_at) VALUES (?, 'LAMA', 2019, 'Layanan Lama',"
        + " 'Dinas Kesehatan Kota Uji', 'Perangkat Daerah', 'FINALIS', 2, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        entryKey, instanceId);
    jdbc.update("INSERT INTO catalogue_document (entry_key, document_id, position, label, filename, mime_type,"
        + " size_bytes, content) VALUES (?, 'proposal-inovasi', 0, 'Proposal Inovasi', 'proposal.pdf',"
        + " 'application/pdf', ?, ?)", entryKey, content.length, content);
  }

  /** Runs {@code action} with Camunda's own file serializer in place of the store's, as the engine was before it. */
  private void withEngineFileSerializer(Runnable action) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    VariableSerializers serializers = configuration.getVariableSerializers();
    TypedValueSerializer<?> stored = serializers.getSerializerByName("file");
    int index = serializers.getSerializerIndex(stored);
    serializers.removeSerializer(stored);
    serializers.addSerializer(new FileValueSerializer(), index);
    try {
      action.run();
    } finally {
      serializers.removeSerializer(serializers.getSerializerByName("file"));
      serializers.addSerializer(stored, index);
    }
  }
}
