package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registering through the REST API with three PDFs: the bytes go to the document store once, the engine's tables hold
 * only references (runtime variable, historic variable, historic detail), and readers get the same bytes back.
 */
@SharedWebTest
class DocumentUploadTest {

  static final String GROUP = "Perangkat Daerah";
  static final List<String> FILES = List.of("innovationProposalFile", "performanceProposalFile", "declarationFile");

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DocumentStore store;

  CompetitionDriver driver;
  String participant;

  @BeforeEach
  void edition() {
    driver = new CompetitionDriver(engine, "DOC" + new Random().nextInt(100_000)).withJurors(3);
    driver.openEdition(driver.editionForm(GROUP, 2, 1, 3));
    participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
  }

  @Test
  void aRegistrationThroughTheRestApiStoresEachFileOnceAndNoneInTheEngine() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < FILES.size(); i++) {
      files.put(FILES.get(i), pdf(300 * 1024, i + 1));
    }
    long[] engineBefore = engineByteArrays();
    DocumentStore.Usage before = store.usage();

    String instanceId = registerOverRest("Layanan Dokumen Tunggal", files);

    long[] engineAfter = engineByteArrays();
    DocumentStore.Usage after = store.usage();
    long uploaded = files.values().stream().mapToLong(bytes -> bytes.length).sum();
    assertThat(after.contents() - before.contents()).isEqualTo(3);
    assertThat(after.documents() - before.documents()).isEqualTo(3);
    assertThat(after.bytes() - before.bytes()).isEqualTo(uploaded);
    // what the engine added (serialized JSON variables and the like) is far smaller than one of the files
    assertThat(engineAfter[1] - engineBefore[1]).as("bytes added to ACT_GE_BYTEARRAY").isLessThan(300 * 1024);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT BYTEARRAY_ID_, LONG_ FROM " + table
          + " WHERE PROC_INST_ID_ = ? AND NAME_ IN (?, ?, ?)", instanceId, FILES.get(0), FILES.get(1), FILES.get(2));
      // ACT_HI_DETAIL may have none: a file never replaced keeps its one value in ACT_HI_VARINST (FirstValueDetails)
      assertThat(rows).as(table).hasSizeGreaterThanOrEqualTo(table.equals("ACT_HI_DETAIL") ? 0 : 3)
          .allSatisfy(row -> assertThat(row.get("BYTEARRAY_ID_")).as(table + " byte array").isNull())
          .allSatisfy(row -> assertThat(row.get("LONG_")).as(table + " document id").isNotNull());
    }

    HistoricProcessInstance entry = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    List<StoredDocument> documents = store.ofProcessInstance(instanceId);
    assertThat(documents).hasSize(3).allSatisfy(document -> {
      assertThat(document.uploadedBy()).isEqualTo(participant);
      assertThat(document.entryKey()).isEqualTo(entry.getBusinessKey());
      assertThat(document.mediaType()).isEqualTo("application/pdf");
    });
    assertThat(documents).extracting(StoredDocument::variableName).containsExactlyInAnyOrderElementsOf(FILES);

    // the secretariat reads the same bytes through the REST API (the screening form's links), the engine's Java API too
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      ResponseEntity<byte[]> download = http.withBasicAuth(secretariat, secretariat).getForEntity(
          "/engine-rest/process-instance/" + instanceId + "/variables/" + file.getKey() + "/data", byte[].class);
      assertThat(download.getStatusCode().value()).isEqualTo(200);
      assertThat(download.getBody()).isEqualTo(file.getValue());
      FileValue value = engine.getRuntimeService().getVariableTyped(instanceId, file.getKey());
      assertThat(value.getFilename()).isEqualTo(file.getKey() + ".pdf");
      assertThat(value.getMimeType()).isEqualTo("application/pdf");
      assertThat(((StoredFileValue) value).getByteArray()).isEqualTo(file.getValue());
      FileValue historic = (FileValue) engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instanceId).variableName(file.getKey()).singleResult().getTypedValue();
      assertThat(((StoredFileValue) historic).getByteArray()).isEqualTo(file.getValue());
    }
  }

  @Test
  void theSameFilesUploadedAgainAreNotStoredAgain() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < FILES.size(); i++) {
      files.put(FILES.get(i), pdf(100 * 1024, 10 + i));
    }
    registerOverRest("Layanan Pertama", files);
    DocumentStore.Usage before = store.usage();

    // a second registration with the same three files, and a Java upload of one of them under another name
    String second = registerOverRest("Layanan Kedua", files);
    engine.getRuntimeService().setVariable(second, "extraCopy",
        Variables.fileValue("salinan.pdf").file(files.get(FILES.get(0))).mimeType("application/pdf").create());

    DocumentStore.Usage after = store.usage();
    assertThat(after.contents()).isEqualTo(before.contents());
    assertThat(after.bytes()).isEqualTo(before.bytes());
    assertThat(after.documents() - before.documents()).as("every upload is recorded").isEqualTo(4);
  }

  @Test
  void aRefusedFileStoresNothingOnAnyPath() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < FILES.size(); i++) {
      files.put(FILES.get(i), pdf(10 * 1024, 20 + i));
    }
    String entry = registerOverRest("Layanan Berkas Ditolak", files);
    DocumentStore.Usage before = store.usage();
    long[] engineBefore = engineByteArrays();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    // REST: a registration whose proposal is HTML behind a PDF header
    Map<String, byte[]> html = new LinkedHashMap<>(files);
    html.put(FILES.get(0), "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
    ResponseEntity<Map> refused = postRegistration("Layanan Halaman Web", html);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(refused.getBody().get("message"))).contains("berisi kode HTML atau skrip")
        .doesNotContain("Exception");

    // REST, a staff member writing a variable of a running entry: an executable
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> put = http.withBasicAuth(secretariat, secretariat).exchange(
        "/engine-rest/process-instance/" + entry + "/variables/declarationFile", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 0}),
            "type", "File", "valueInfo", Map.of("filename", "setup.exe")), headers), Map.class);
    assertThat(put.getStatusCode().value()).isBetween(400, 403);

    // Java: too large, and declared as HTML
    byte[] huge = pdf(10 * 1024 * 1024 + 1, 30);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService().setVariable(entry, "besar",
            Variables.fileValue("besar.pdf").file(huge).create()))
        .isInstanceOf(id.kipp.shared.RuleViolation.class)
        .hasMessage("Berkas \"besar.pdf\" terlalu besar: paling besar 10 MB.");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService().setVariable(entry, "halaman",
            Variables.fileValue("a.html").file(files.get(FILES.get(1))).mimeType("text/html").create()))
        .isInstanceOf(id.kipp.shared.RuleViolation.class).hasMessageContaining("hanya berkas PDF");

    assertThat(store.usage()).isEqualTo(before);
    assertThat(engineByteArrays()).isEqualTo(engineBefore);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(engine.getRuntimeService().getVariableTyped(entry, FILES.get(2)).getValue()).isNotNull();
    assertThat(((StoredFileValue) engine.getRuntimeService().getVariableTyped(entry, FILES.get(2))).getByteArray())
        .isEqualTo(files.get(FILES.get(2)));
  }

  String registerOverRest(String title, Map<String, byte[]> files) {
    ResponseEntity<Map> answer = postRegistration(title, files);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    return (String) answer.getBody().get("id");
  }

  private ResponseEntity<Map> postRegistration(String title, Map<String, byte[]> files) {
    Map<String, Object> form = driver.registrationForm("Dinas Kesehatan Kota Uji", GROUP, title);
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> {
      if (!FILES.contains(name)) {
        variables.put(name, Map.of("value", value));
      }
    });
    files.forEach((name, bytes) -> variables.put(name, Map.of("value", Base64.getEncoder().encodeToString(bytes),
        "type", "File", "valueInfo", Map.of("filename", name + ".pdf", "mimeType", "application/pdf"))));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(participant, participant).exchange(
        "/engine-rest/process-definition/key/inovasi/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
  }

  /** Rows and bytes in the engine's byte array table. */
  private long[] engineByteArrays() {
    return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(OCTET_LENGTH(BYTES_)), 0) FROM ACT_GE_BYTEARRAY",
        (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
  }

  /** A file that starts like a PDF, {@code size} bytes, different for every seed. */
  static byte[] pdf(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    return bytes;
  }
}
