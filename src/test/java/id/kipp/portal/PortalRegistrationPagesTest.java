package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.document.DocumentStore;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "Daftarkan inovasi" in the participant portal over plain HTTP, as a browser posts the form (multipart, session
 * cookie, CSRF token): only open editions, the agency from the login whatever is posted, the entry process's own
 * refusals in Bahasa next to their fields with the typed fields kept and nothing stored, the confirmation with the
 * entry number; the portal's login opens the Camunda webapps too. In a real browser: {@link PortalRegistrationBrowserTest}.
 */
@SharedWebTest
class PortalRegistrationPagesTest {

  static final String GROUP = "Perangkat Daerah";
  static final MediaType MULTIPART = MediaType.MULTIPART_FORM_DATA;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate rest;

  @Autowired
  DocumentStore documents;

  @Test
  void participantRegistersForAnOpenEditionAndGetsTheEntryNumber() {
    CompetitionDriver driver = new CompetitionDriver(engine, "PRA").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP + ", Unit Kerja", 1, 1, 1));
    CompetitionDriver closed = new CompetitionDriver(engine, "PRB").withJurors(1);
    closed.openEdition(closed.editionForm(GROUP, 1, 1, 1));
    // one entry keeps the edition running after its registration closed
    closed.register(closed.agencyParticipant("dinsos", "Dinas Sosial Kota Uji", "a"),
        closed.registrationForm("Dinsos", GROUP, "Layanan Sosial Terpadu"));
    closed.closeRegistration();
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    String other = driver.agencyParticipant("dishub", "Dinas Perhubungan Kota Uji", "a");

    PortalSession session = PortalSession.login(rest, participant, participant);
    assertThat(session.get("/portal").getBody()).contains("id=\"tombol-daftarkan\"").contains("href=\"/portal/daftar\"");

    // only editions whose registration is open are offered
    ResponseEntity<String> list = session.get("/portal/daftar");
    assertThat(list.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.FOUND);
    if (list.getStatusCode() == HttpStatus.OK) {
      assertThat(list.getBody()).contains("id=\"edisi-" + driver.editionKey + "\"")
          .doesNotContain(closed.editionKey);
    } else {
      assertThat(PortalSession.path(list)).isEqualTo("/portal/daftar/" + driver.editionKey);
    }
    ResponseEntity<String> closedForm = session.get("/portal/daftar/" + closed.editionKey);
    assertThat(closedForm.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(closedForm.getBody()).contains("Pendaftaran edisi " + closed.editionKey + " tidak sedang dibuka");

    // the form: the edition's groups to choose from, the agency shown from the account, no agency field
    ResponseEntity<String> form = session.get("/portal/daftar/" + driver.editionKey);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("<option value=\"Perangkat Daerah\">").contains("<option value=\"Unit Kerja\">")
        .contains("Dinas Kesehatan Kota Uji").doesNotContain("name=\"agency\"").doesNotContain("name=\"editionKey\"")
        .contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");

    // a post to a closed edition is refused by the entry process's own rule
    ResponseEntity<String> late = session.post("/portal/daftar/" + closed.editionKey,
        registration("Terlambat Daftar", true), MULTIPART, true);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("Pendaftaran edisi " + closed.editionKey + " tidak sedang dibuka");

    // the registration, with another agency and edition posted as well: both ignored
    MultiValueMap<String, Object> posted = registration("Puskesmas Keliling Malam", true);
    posted.add("agency", "Dinas Perhubungan Kota Uji");
    posted.add("agencyId", driver.agencyId("dishub"));
    posted.add("editionKey", closed.editionKey);
    ResponseEntity<String> accepted = session.post("/portal/daftar/" + driver.editionKey, posted, MULTIPART, true);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    String entryKey = PortalSession.path(accepted).replace("/portal/terdaftar/", "");
    assertThat(entryKey).matches(driver.editionKey + "-\\d{4}");
    ProcessInstance entry = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(entryKey)
        .singleResult();
    Map<String, Object> variables = engine.getRuntimeService().getVariables(entry.getId());
    assertThat(variables).containsEntry("agencyId", driver.agencyId("dinkes"))
        .containsEntry("agency", "Dinas Kesehatan Kota Uji").containsEntry("registeredBy", participant)
        .containsEntry("editionKey", driver.editionKey).containsEntry("group", GROUP)
        .containsEntry("title", "Puskesmas Keliling Malam");
    assertThat(documents.ofProcessInstance(entry.getId())).hasSize(3)
        .allSatisfy(document -> assertThat(document.entryKey()).isEqualTo(entryKey));

    ResponseEntity<String> confirmation = session.get("/portal/terdaftar/" + entryKey);
    assertThat(confirmation.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(confirmation.getBody()).contains("Pendaftaran diterima")
        .contains("id=\"nomor-pendaftaran\">" + entryKey + "<").contains("Puskesmas Keliling Malam")
        .contains("Seleksi administrasi");
    assertThat(session.get("/portal").getBody()).contains("id=\"entri-" + entryKey + "\"");
    // another agency's participant sees neither the confirmation nor the entry
    PortalSession theirs = PortalSession.login(rest, other, other);
    assertThat(theirs.get("/portal/terdaftar/" + entryKey).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(theirs.get("/portal").getBody()).doesNotContain(entryKey);

    // the same title again: refused by the entry registry, next to the title, every typed field kept
    long stored = documents.usage().documents();
    ResponseEntity<String> duplicate = session.post("/portal/daftar/" + driver.editionKey,
        registration("Puskesmas Keliling Malam", true), MULTIPART, true);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String page = duplicate.getBody();
    assertThat(page).contains("Inovasi berjudul &quot;Puskesmas Keliling Malam&quot; dari Dinas Kesehatan Kota Uji"
        + " sudah terdaftar pada edisi ini.").contains("id=\"ringkasan-galat\"").contains("id=\"galat-kirim\"")
        .contains("value=\"Puskesmas Keliling Malam\"").contains(">Ringkasan Puskesmas Keliling Malam</textarea>")
        .contains("<option value=\"Perangkat Daerah\" selected=\"selected\">").contains("checked=\"checked\"");
    assertThat(fieldError(page, "title")).contains("sudah terdaftar pada edisi ini");
    assertThat(documents.usage().documents()).isEqualTo(stored);

    // a "PDF" that is a web page, an unticked declaration: each message next to its field, nothing stored
    MultiValueMap<String, Object> bad = registration("Antrean Tanpa Kertas", false);
    bad.set("declarationFile", file("surat.pdf", "<html><script>alert(1)</script></html>"));
    bad.set("contactEmail", "bukan-surel");
    ResponseEntity<String> refused = session.post("/portal/daftar/" + driver.editionKey, bad, MULTIPART, true);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldError(refused.getBody(), "declarationFile")).contains("Surat pernyataan harus berupa berkas PDF.");
    assertThat(fieldError(refused.getBody(), "contactEmail")).contains("Email narahubung tidak valid.");
    assertThat(fieldError(refused.getBody(), "neverEnteredBefore")).contains("wajib dicentang");
    assertThat(refused.getBody()).contains("value=\"bukan-surel\"").doesNotContain("Exception").doesNotContain("SQL");
    assertThat(documents.usage().documents()).isEqualTo(stored);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("title", "Antrean Tanpa Kertas").variableValueEquals("editionKey", driver.editionKey)
        .count()).as("registrations of this title in this edition (other test classes share the database)").isZero();

    // without the CSRF token: nothing registered, back to the login page
    ResponseEntity<String> forged = session.post("/portal/daftar/" + driver.editionKey,
        registration("Tanpa Token", true), MULTIPART, false);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(PortalSession.path(forged)).isEqualTo("/masuk?sesi");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("title", "Tanpa Token").count()).isZero();
  }

  @Test
  void participantsWithoutOrWithTwoAgenciesJurorsAndSecretariatAreRefusedInBahasa() {
    CompetitionDriver driver = new CompetitionDriver(engine, "PRC").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String alone = driver.participant("tanpainstansi");
    String twice = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "dua");
    driver.agencyParticipant("dishub", "Dinas Perhubungan Kota Uji", "a");
    engine.getIdentityService().createMembership(twice, driver.agencyId("dishub"));

    PortalSession none = PortalSession.login(rest, alone, alone);
    assertThat(none.get("/portal/daftar").getBody()).contains("id=\"tanpa-instansi\"")
        .contains("belum terhubung dengan instansi mana pun");
    ResponseEntity<String> noneForm = none.get("/portal/daftar/" + driver.editionKey);
    assertThat(noneForm.getBody()).contains("belum terhubung dengan instansi mana pun")
        .doesNotContain("id=\"formulir-pendaftaran\"");
    ResponseEntity<String> nonePost = none.post("/portal/daftar/" + driver.editionKey,
        registration("Tanpa Instansi", true), MULTIPART, true);
    assertThat(nonePost.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nonePost.getBody()).contains("belum terdaftar pada instansi (perangkat daerah / unit kerja) mana pun");

    PortalSession two = PortalSession.login(rest, twice, twice);
    assertThat(two.get("/portal/daftar").getBody()).contains("lebih dari satu instansi");
    ResponseEntity<String> twoPost = two.post("/portal/daftar/" + driver.editionKey,
        registration("Dua Instansi", true), MULTIPART, true);
    assertThat(twoPost.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twoPost.getBody()).contains("terdaftar pada lebih dari satu instansi");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("title", "Dua Instansi").count()).isZero();

    String juror = driver.jurors.get(0);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    for (String staff : new String[] {juror, secretariat}) {
      PortalSession session = PortalSession.login(rest, staff, staff);
      ResponseEntity<String> page = session.get("/portal/daftar");
      assertThat(page.getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(page.getBody()).contains("bukan akun peserta");
      session.get("/masuk");
      ResponseEntity<String> post = session.post("/portal/daftar/" + driver.editionKey,
          registration("Oleh " + staff, true), MULTIPART, true);
      assertThat(post.getStatusCode()).as(staff).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .variableValueEquals("title", "Oleh " + staff).count()).isZero();
    }
  }

  @Test
  void thePortalLoginOpensTheWebappsWithoutASecondLogin() {
    CompetitionDriver driver = new CompetitionDriver(engine, "PRD").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    ProcessInstance entry = driver.register(participant, driver.registrationForm("Dinkes", GROUP, "Resep Daring"));
    driver.submit(driver.task(entry, "Task_Screen"), secretariat,
        driver.screening("PERBAIKAN", "Lengkapi surat pernyataan.", 5));
    Task revise = driver.task(entry, "Task_Revise");

    // not logged in: the webapps do not know the browser
    // (a user that does not exist: a wrong password would delay the participant's next login, Camunda's lock-out)
    PortalSession anonymous = PortalSession.login(rest, driver.code.toLowerCase() + "tidakada", "salah");
    assertThat(anonymous.get("/camunda/api/admin/auth/user/default").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    PortalSession session = PortalSession.login(rest, participant, participant);
    String portal = session.get("/portal").getBody();
    assertThat(portal).contains("/camunda/app/tasklist/default/#/?task=" + revise.getId());
    // the webapps' own "who is logged in", and the task the link opens, with the portal's session cookie
    ResponseEntity<String> user = session.get("/camunda/api/admin/auth/user/default");
    assertThat(user.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(user.getBody()).contains("\"userId\":\"" + participant + "\"").contains("tasklist");
    ResponseEntity<String> task = session.get("/camunda/api/engine/engine/default/task/" + revise.getId());
    assertThat(task.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(task.getBody()).contains(revise.getId());
    // the webapps know nothing of a task that is not the participant's
    Task screening = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_Screen").list().stream()
        .findFirst().orElse(null);
    if (screening != null) {
      assertThat(session.get("/camunda/api/engine/engine/default/task/" + screening.getId()).getStatusCode())
          .isNotEqualTo(HttpStatus.OK);
    }

    // logging out of the portal logs out of the webapps too
    session.get("/portal");
    MultiValueMap<String, Object> logout = new LinkedMultiValueMap<>();
    assertThat(PortalSession.path(session.post("/keluar", logout, MediaType.APPLICATION_FORM_URLENCODED, true)))
        .isEqualTo("/masuk?keluar");
    assertThat(session.get("/camunda/api/admin/auth/user/default").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(session.get("/camunda/api/engine/engine/default/task/" + revise.getId()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** The messages shown at one field of the refused form. */
  static String fieldError(String page, String field) {
    int at = page.indexOf("id=\"" + field + "\"");
    assertThat(at).as("field %s", field).isPositive();
    int next = page.indexOf("class=\"isian", at);
    String part = page.substring(at, next < 0 ? page.length() : next);
    return part.contains("pesan-galat") ? part.substring(part.indexOf("pesan-galat")) : "";
  }

  static MultiValueMap<String, Object> registration(String title, boolean declared) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("group", GROUP);
    form.add("title", title);
    form.add("summary", "Ringkasan " + title);
    form.add("implementedSince", "2017-01-02");
    form.add("videoUrl", "https://video.example/inovasi");
    form.add("unit", "");
    form.add("contactName", "Narahubung Dinkes");
    form.add("contactEmail", "inovasi@dinkes.example");
    form.add("contactPhone", "0341-000000");
    for (String section : id.kipp.registration.RegistrationRules.PROPOSAL_SECTIONS.keySet()) {
      form.add(section, "Uraian " + section + " untuk " + title + ".");
    }
    if (declared) {
      form.add("neverEnteredBefore", "true");
    }
    form.add("innovationProposalFile", file("proposal-inovasi.pdf", pdf(title + " inovasi")));
    form.add("performanceProposalFile", file("proposal-kinerja.pdf", pdf(title + " kinerja")));
    form.add("declarationFile", file("surat-pernyataan.pdf", pdf(title + " pernyataan")));
    return form;
  }

  static String pdf(String text) {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n";
  }

  static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
