package id.kipp.objection;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.document.DocumentStore;
import id.kipp.notification.NotificationSender;
import id.kipp.testsupport.SmtpServer;
import id.kipp.testsupport.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The uji publik page over real HTTP on one edition whose objection period is open, with a real SMTP server
 * (GreenMail): what the page shows, input refused with Bahasa messages next to the field and nothing stored, the
 * honeypot, CSRF, the e-mail confirmation (unknown and expired links), the per-address and per-client limits, and —
 * once the secretariat closed the period and decided through its forms — that only confirmed objections reached the
 * stage and the page shows the outcome per finalist without naming anybody. The methods run in order on one edition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-objection-test;DB_CLOSE_DELAY=-1",
        "kipp.objection.max-per-address=2", "kipp.objection.max-per-client=6",
        "kipp.notification.from=sekretariat@kompetisi.contoh.go.id"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicObjectionWebTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/uji-publik/konfirmasi\\?token=[A-Za-z0-9_-]+)");

  @RegisterExtension
  static final SmtpServer GREEN_MAIL = new SmtpServer();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    GREEN_MAIL.register(registry);
  }

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NotificationSender sender;

  @Autowired
  DocumentStore documents;

  ObjectionEditionRun run;
  PublicPageClient client;

  @BeforeAll
  void uji() {
    run = new ObjectionEditionRun(engine, "SGH");
  }

  @AfterEach
  void clock() {
    TestClock.reset();
  }

  PublicPageClient client() {
    if (client == null) {
      client = new PublicPageClient(port);
    }
    return client;
  }

  @Test
  @Order(1)
  void pageListsTheProposedFinalistsWithTheirPublicDocuments() {
    HttpResponse<String> page = client().get("/uji-publik/" + run.key());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Uji publik daftar finalis", "Layanan Pojok Braille", "Antrean Daring Puskesmas",
        "Surat Izin Satu Hari", "Dinas Nomor 1", "Perangkat Daerah", "Ringkasan Layanan Pojok Braille",
        "Proposal Inovasi Pelayanan Publik", "Sampaikan sanggahan", "name=\"_csrf\"", "name=\"website\"")
        .doesNotContain("Arsip Keliling", "surat-pernyataan");
    String document = "/uji-publik/" + run.key() + "/" + run.entry(0) + "/dokumen/proposal-inovasi";
    assertThat(page.body()).contains("href=\"" + document + "\"");
    HttpResponse<String> pdf = client().get(document);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    // not a proposed finalist, not a public document, not an edition with uji publik
    assertThat(client().get("/uji-publik/" + run.key() + "/" + run.entry(3) + "/dokumen/proposal-inovasi")
        .statusCode()).isEqualTo(404);
    assertThat(client().get("/uji-publik/" + run.key() + "/" + run.entry(0) + "/dokumen/surat-pernyataan")
        .statusCode()).isEqualTo(404);
    HttpResponse<String> unknown = client().get("/uji-publik/TIDAKADA-2030");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("tidak mempunyai tahap uji publik");
  }

  @Test
  @Order(2)
  void refusedInputIsNamedNextToItsFieldAndNothingIsStored() {
    long documentsBefore = documents.usage().documents();
    assertRefused(form("Budi <b>Santoso</b>", "budi@contoh.id", run.entry(0), "Alasan yang cukup panjang untuk diterima."),
        "problem-name", "Nama tidak boleh berisi kode HTML atau skrip");
    assertRefused(form("Budi", "budi@contoh.id", run.entry(0), "<script>alert(1)</script> alasan yang panjang"),
        "problem-reason", "Alasan sanggahan tidak boleh berisi kode HTML atau skrip");
    assertRefused(form("B".repeat(121), "budi@contoh.id", run.entry(0), "Alasan yang cukup panjang untuk diterima."),
        "problem-name", "Nama paling banyak 120 karakter");
    assertRefused(form("Budi", "budi@contoh.id", run.entry(0), "x".repeat(2001)),
        "problem-reason", "Alasan sanggahan paling banyak 2000 karakter");
    assertRefused(form("Budi", "bukan-alamat", run.entry(0), "Alasan yang cukup panjang untuk diterima."),
        "problem-email", "Alamat e-mail tidak valid");
    assertRefused(form("Budi", "budi@contoh.id", run.entry(3), "Alasan yang cukup panjang untuk diterima."),
        "problem-entryKey", "bukan finalis yang diusulkan");
    HttpResponse<String> notPdf = client().file(run.key(),
        form("Budi", "budi@contoh.id", run.entry(0), "Alasan yang cukup panjang untuk diterima."), "bukti.pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), true);
    assertThat(notPdf.statusCode()).isEqualTo(400);
    assertThat(fieldMessage(notPdf.body(), "problem-file")).contains("Berkas pendukung harus berupa berkas PDF");
    // the typed values come back (escaped), the form can be corrected
    assertThat(notPdf.body()).contains("value=\"budi@contoh.id\"");

    // without the page's CSRF token: refused before anything is read
    HttpResponse<String> noToken = client().file(run.key(),
        form("Budi", "budi@contoh.id", run.entry(0), "Alasan yang cukup panjang untuk diterima."), null, null, false);
    assertThat(noToken.statusCode()).isEqualTo(403);

    // the honeypot filled in: the bot is told "received", nothing is stored and no e-mail written
    Map<String, String> bot = form("Bot", "bot@contoh.id", run.entry(0), "Alasan yang cukup panjang untuk diterima.");
    bot.put("website", "http://spam.example");
    HttpResponse<String> botAnswer = client().file(run.key(), bot, null, null, true);
    assertThat(botAnswer.statusCode()).isEqualTo(200);
    assertThat(botAnswer.body()).contains("Sanggahan Anda sudah kami terima");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_objection", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE template = ?", Integer.class,
        PublicObjections.TEMPLATE)).isZero();
    assertThat(documents.usage().documents()).isEqualTo(documentsBefore);
  }

  @Test
  @Order(3)
  void anObjectionCountsOnceItsAddressIsConfirmed() throws Exception {
    HttpResponse<String> filed = client().file(run.key(), form("Siti Aminah", "siti@contoh.id", run.entry(0),
        "Inovasi ini sudah berhenti berjalan sejak Maret; loketnya tutup."), "bukti-foto.pdf", PDF, true);
    assertThat(filed.statusCode()).isEqualTo(200);
    assertThat(filed.body()).contains("Sanggahan Anda sudah kami terima", "Buka tautan konfirmasi");
    List<PublicObjectionRepository.Stored> stored = objections();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).confirmedAt()).isNull();
    assertThat(stored.get(0).documentId()).isNotNull();
    assertThat(documents.content(stored.get(0).documentId())).isEqualTo(PDF);

    String link = confirmationLink("siti@contoh.id");
    HttpResponse<String> page = client().get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Konfirmasi sanggahan");
    assertThat(objections().get(0).confirmedAt()).as("opening the link alone confirms nothing").isNull();
    HttpResponse<String> confirmed = client().confirm(link);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Sanggahan Anda sudah dikonfirmasi");
    assertThat(objections().get(0).confirmedAt()).isNotNull();
    assertThat(client().confirm(link).body()).contains("sudah dikonfirmasi sebelumnya");

    HttpResponse<String> unknown = client().confirm("/uji-publik/konfirmasi?token=" + "A".repeat(43));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Tautan konfirmasi ini tidak dikenal");
  }

  @Test
  @Order(4)
  void anExpiredLinkConfirmsNothing() throws Exception {
    assertThat(client().file(run.key(), form("Andi", "andi@contoh.id", run.entry(1),
        "Nama inovasi sama persis dengan inovasi kota lain."), null, null, true).statusCode()).isEqualTo(200);
    String link = confirmationLink("andi@contoh.id");
    ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()
        + Duration.ofHours(49).toMillis());
    HttpResponse<String> expired = client().confirm(link);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("Tautan konfirmasi ini sudah kedaluwarsa");
    assertThat(objections().stream().filter(o -> o.objectorEmail().equals("andi@contoh.id")).findFirst().orElseThrow()
        .confirmedAt()).isNull();
  }

  @Test
  @Order(5)
  void theLimitsPerAddressAndPerClientHold() {
    String reason = "Alasan yang cukup panjang untuk diterima oleh halaman.";
    assertThat(client().file(run.key(), form("Citra", "citra@contoh.id", run.entry(1), reason), null, null, true)
        .statusCode()).isEqualTo(200);
    // the address is compared without case and spaces
    assertThat(client().file(run.key(), form("Citra", " CITRA@contoh.id", run.entry(2), reason), null, null, true)
        .statusCode()).isEqualTo(200);
    HttpResponse<String> third = client().file(run.key(), form("Citra", "citra@contoh.id", run.entry(0), reason),
        null, null, true);
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(fieldMessage(third.body(), "problem-email")).contains("sudah mengirim 2 sanggahan");
    // four stored so far from this client (127.0.0.1); the fifth and sixth are the last ones allowed
    assertThat(client().file(run.key(), form("Dewi", "dewi@contoh.id", run.entry(1), reason), null, null, true)
        .statusCode()).isEqualTo(200);
    assertThat(client().file(run.key(), form("Eko", "eko@contoh.id", run.entry(2), reason), null, null, true)
        .statusCode()).isEqualTo(200);
    HttpResponse<String> flood = client().file(run.key(), form("Fajar", "fajar@contoh.id", run.entry(1), reason),
        null, null, true);
    assertThat(flood.statusCode()).isEqualTo(429);
    assertThat(fieldMessage(flood.body(), "problem-form")).contains("Terlalu banyak sanggahan dikirim dari jaringan Anda");
    assertThat(objections()).hasSize(6);
  }

  @Test
  @Order(6)
  void onlyConfirmedObjectionsReachTheDecisionAndThePageShowsTheOutcome() throws Exception {
    // the secretariat records one objection it received by letter and closes the period
    Task record = run.recordTask();
    run.driver.submit(record, run.secretariat, Map.of("objections", ObjectionEditionRun.rows(List.of(
        Map.of("entryKey", run.entry(2), "reason", "Surat warga: layanan hanya berjalan di satu kelurahan.")))));
    Task decide = run.decideTask();
    List<Map<String, String>> list = JsonRows.of(engine.getTaskService().getVariable(decide.getId(), "objectionList"));
    // the secretariat's one and Siti's confirmed one; the five unconfirmed ones do not count
    assertThat(list).extracting(o -> o.get("source")).containsExactly("SEKRETARIAT", "PUBLIK");
    assertThat(list.get(1)).containsEntry("entryKey", run.entry(0)).containsEntry("attachment", "true")
        .doesNotContainValue("siti@contoh.id").doesNotContainValue("Siti Aminah");
    String attachment = "/api/uji-publik/sanggahan/" + list.get(1).get("publicId") + "/lampiran";
    assertThat((String) engine.getTaskService().getVariable(decide.getId(), "objectionSummary"))
        .contains("| 2 | " + run.entry(0) + " | Masyarakat ([lampiran PDF](" + attachment + ")) |");
    // the PDF from the document store, for the secretariat and the administrator only
    String code = run.driver.code.toLowerCase();
    run.driver.user(code + "admin", "camunda-admin");
    run.driver.user(code + "pimpinan", "pimpinan");
    for (String user : List.of(run.secretariat, code + "admin")) {
      HttpResponse<byte[]> pdf = asUser(attachment, user);
      assertThat(pdf.statusCode()).as(user).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
      assertThat(pdf.body()).isEqualTo(PDF);
    }
    for (String user : List.of(code + "juri1", code + "p0", code + "pimpinan")) {
      HttpResponse<byte[]> refused = asUser(attachment, user);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Anda tidak berwenang");
    }
    HttpResponse<byte[]> anonymous = asUser(attachment, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
    HttpResponse<byte[]> withoutFile = asUser("/api/uji-publik/sanggahan/999999/lampiran", run.secretariat);
    assertThat(withoutFile.statusCode()).isEqualTo(404);
    assertThat(new String(withoutFile.body(), StandardCharsets.UTF_8)).contains("tidak ditemukan");
    assertThat(asUser("/api/uji-publik/sanggahan/x'1/lampiran", run.secretariat).statusCode()).isEqualTo(404);

    HttpResponse<String> deciding = client().get("/uji-publik/" + run.key());
    assertThat(deciding.body()).contains("sedang diputuskan").doesNotContain("Sampaikan sanggahan");

    run.driver.submit(decide, run.secretariat, Map.of("objectionDecisions", ObjectionEditionRun.rows(List.of(
        Map.of("objection", "1", "decision", "DITOLAK", "reason", "Layanan berjalan di tiga kelurahan."),
        Map.of("objection", "2", "decision", "DITERIMA", "reason", "Terbukti dari kunjungan lapangan.")))));
    assertThat(run.driver.editionVariable("excludedFinalists")).isEqualTo(List.of(run.entry(0)));
    PublicObjectionRepository.Stored siti = objections().stream()
        .filter(o -> o.objectorEmail().equals("siti@contoh.id")).findFirst().orElseThrow();
    assertThat(siti.decision()).isEqualTo("DITERIMA");
    assertThat(siti.decisionReason()).isEqualTo("Terbukti dari kunjungan lapangan.");

    HttpResponse<String> ended = client().get("/uji-publik/" + run.key());
    assertThat(ended.body()).contains("Uji publik telah selesai", "Sanggahan diterima — finalis gugur",
        "Sanggahan ditolak — tetap finalis", "Tanpa sanggahan")
        .doesNotContain("Siti", "siti@contoh.id", "Citra", "Sampaikan sanggahan");
    // filing after the period: refused, nothing stored
    HttpResponse<String> late = client().file(run.key(), form("Gita", "gita@contoh.id", run.entry(1),
        "Alasan yang cukup panjang untuk diterima."), null, null, true);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("Masa uji publik untuk edisi ini tidak sedang dibuka");
    assertThat(objections()).hasSize(6);
    // a confirmation after the period changes nothing
    String citra = confirmationLink("citra@contoh.id");
    HttpResponse<String> tooLate = client().confirm(citra);
    assertThat(tooLate.statusCode()).isEqualTo(409);
    assertThat(tooLate.body()).contains("Masa uji publik untuk edisi ini sudah berakhir");
    assertThat(objections().stream().filter(o -> o.confirmedAt() != null)).hasSize(1);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  /** GET with HTTP Basic as {@code user} (password = id), or without credentials. */
  private HttpResponse<byte[]> asUser(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path.replace("'", "%27"))).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private void assertRefused(Map<String, String> fields, String problemId, String message) {
    HttpResponse<String> answer = client().file(run.key(), fields, null, null, true);
    assertThat(answer.statusCode()).as(message).isEqualTo(400);
    assertThat(fieldMessage(answer.body(), problemId)).contains(message);
    assertThat(answer.body()).doesNotContain("<script>alert(1)</script>", "<b>Santoso</b>");
  }

  /** The text of the message element with this id. */
  private static String fieldMessage(String html, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    return matcher.find() ? matcher.group(1) : "(no element " + id + ")";
  }

  private static Map<String, String> form(String name, String email, String entryKey, String reason) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("email", email);
    form.put("entryKey", entryKey);
    form.put("reason", reason);
    form.put("website", "");
    return form;
  }

  private List<PublicObjectionRepository.Stored> objections() {
    return new PublicObjectionRepository(jdbc).ofEdition(run.key());
  }

  /** Sends the outbox and returns the path of the confirmation link in the last message to {@code address}. */
  private String confirmationLink(String address) throws Exception {
    SmtpServer.sendAll(sender);
    List<MimeMessage> messages = GREEN_MAIL.receivedBy(address);
    assertThat(messages).as("mail to %s", address).isNotEmpty();
    MimeMessage message = messages.get(messages.size() - 1);
    assertThat(message.getContent().toString()).contains(run.entry(0).substring(0, run.entry(0).lastIndexOf('-')));
    return confirmationPath(message);
  }

  /** The path of the confirmation link in an objector's e-mail, whose subject is checked. */
  static String confirmationPath(MimeMessage message) throws Exception {
    assertThat(message.getSubject()).startsWith("Konfirmasi sanggahan uji publik");
    String body = message.getContent().toString();
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("link in %s", body).isTrue();
    return link.group(1);
  }
}
