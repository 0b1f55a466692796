package id.kipp.hostile;

import static id.kipp.hostile.HostileClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.hostile.HostileClient.Answer;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import id.kipp.testsupport.SharedWebTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat opens an edition through Tasklist's API with the start form's dynamic list of per-group quotas and
 * the certificate's signatory: accepted in the form's shape, stored as the edition's settings; a bad row, a column the
 * form does not have or markup in the signatory is refused with a Bahasa 400 and no edition is opened.
 */
@SharedWebTest
class EditionStartFormTest {

  static final String SUBMIT = "/process-definition/key/kompetisi/submit-form";

  @Autowired
  ProcessEngine engine;

  @LocalServerPort
  int port;

  private Map<String, Object> form(CompetitionDriver driver, String quotas) {
    Map<String, Object> form = new LinkedHashMap<>(driver.editionForm("Pemprov, Kabupaten/Kota", 2, 1, 1));
    form.put("certificatePlace", "Pontianak");
    form.put("certificateSignatoryRole", "Gubernur Kalimantan Barat");
    form.put("certificateSignatoryName", "Sutarmidji");
    assertThat(Forms.camundaFormKeys("form-edisi-baru")).containsAll(form.keySet()).contains("groupQuotas");
    Map<String, Object> body = new LinkedHashMap<>(variables(form));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    // as Tasklist submits a dynamic list: one Json variable
    variables.put("groupQuotas", Map.of("type", "Json", "value", quotas));
    body.put("variables", variables);
    return body;
  }

  private String secretariat(CompetitionDriver driver) {
    String id = driver.code.toLowerCase() + "sekretariat";
    driver.user(id, "sekretariat");
    return id;
  }

  private long editions(CompetitionDriver driver) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(driver.editionKey).count();
  }

  @Test
  void theDynamicListInItsDeclaredShapeOpensTheEditionWithItsOwnQuotasAndSignatory() {
    CompetitionDriver driver = new CompetitionDriver(engine, "KALBAR").withJurors(1);
    Answer answer = new HostileClient(port).asTasklist(secretariat(driver), "POST", SUBMIT, form(driver,
        "[{\"group\": \"Kabupaten/Kota\", \"finalists\": 6, \"winners\": 3}, {\"group\": \"\", \"finalists\": null,"
            + " \"winners\": null}]"));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    assertThat(driver.editionVariable("groupQuotas")).isInstanceOf(SpinJsonNode.class).asString()
        .isEqualTo("[{\"group\":\"Kabupaten/Kota\",\"finalists\":6,\"winners\":3}]");
    assertThat(driver.editionVariable("certificatePlace")).isEqualTo("Pontianak");
    assertThat(driver.editionVariable("certificateSignatoryRole")).isEqualTo("Gubernur Kalimantan Barat");
    assertThat(driver.editionVariable("certificateSignatoryName")).isEqualTo("Sutarmidji");
  }

  @Test
  void badRowsAreRefusedInBahasaNamingTheRowAndNoEditionOpens() {
    CompetitionDriver driver = new CompetitionDriver(engine, "KUOTASALAH").withJurors(1);
    Answer answer = new HostileClient(port).asTasklist(secretariat(driver), "POST", SUBMIT, form(driver,
        "[{\"group\": \"Pemprov\", \"finalists\": 2, \"winners\": 1}, {\"group\": \"Pemprov\", \"finalists\": 1,"
            + " \"winners\": 2}, {\"group\": \"Kecamatan\", \"finalists\": -1, \"winners\": 1}]"));

    assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
    assertThat(answer.message()).contains(
        "Baris kuota ke-2: kelompok \"Pemprov\" sudah diatur pada baris ke-1",
        "Baris kuota ke-2 (Pemprov): jumlah pemenang (2) tidak boleh melebihi jumlah finalis (1).",
        "Baris kuota ke-3: kelompok \"Kecamatan\" tidak ada dalam daftar kelompok peserta edisi ini",
        "Baris kuota ke-3 (Kecamatan): jumlah finalis wajib bilangan bulat 1 sampai 500.")
        .doesNotContain("Exception", "ENGINE-", "Cannot submit");
    assertThat(editions(driver)).isZero();
  }

  @Test
  void onlyTheListsDeclaredColumnsAndPlainTextPass() {
    CompetitionDriver driver = new CompetitionDriver(engine, "KUOTALAIN").withJurors(1);
    HostileClient client = new HostileClient(port);
    String secretariat = secretariat(driver);

    Answer extraColumn = client.asTasklist(secretariat, "POST", SUBMIT, form(driver,
        "[{\"group\": \"Pemprov\", \"finalists\": 2, \"winners\": 1, \"jurors\": \"juri1\"}]"));
    assertThat(extraColumn.status()).as(extraColumn.raw()).isEqualTo(400);
    assertThat(extraColumn.message()).contains("Kolom \"jurors\" pada isian \"Kuota per kelompok (opsional)\" tidak ada"
        + " pada formulir ini");

    Answer notAList = client.asTasklist(secretariat, "POST", SUBMIT, form(driver,
        "{\"group\": \"Pemprov\", \"finalists\": 2, \"winners\": 1}"));
    assertThat(notAList.status()).as(notAList.raw()).isEqualTo(400);
    assertThat(notAList.message()).contains("Isian \"Kuota per kelompok (opsional)\" harus berupa daftar.");

    Map<String, Object> markup = form(driver, "[]");
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) markup.get("variables");
    variables.put("certificateSignatoryRole", Map.of("value", "<img src=x onerror=alert(1)>"));
    Answer withMarkup = client.asTasklist(secretariat, "POST", SUBMIT, markup);
    assertThat(withMarkup.status()).as(withMarkup.raw()).isEqualTo(400);
    assertThat(withMarkup.message()).contains("tidak boleh berisi kode HTML atau skrip");

    assertThat(editions(driver)).isZero();
    assertThat(List.of(extraColumn, notAList, withMarkup)).allSatisfy(answer ->
        assertThat(answer.raw()).doesNotContain("Exception", "at id.kipp"));
  }
}
