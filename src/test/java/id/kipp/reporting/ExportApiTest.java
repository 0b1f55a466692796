package id.kipp.reporting;

import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The three CSV exports over HTTP, on an edition run to the award through the engine: one group, four entries (one
 * refused at screening), three jurors, two jurors per entry, two finalists, one winner. Every juror scores an entry's
 * five innovation criteria with a and its five performance criteria with b, so its desk score is 0.75a + 0.25b; the
 * final score is 0.7 desk + 0.3 presentation (the mean of the three jurors' presentation scores).
 *
 * <pre>
 * 0001  a90 b70 desk 85.00  presentation (60+70+75)/3 = 68.33  final 59.50+20.50 = 80.00  rank 2  Finalis
 * 0002  refused at screening                                                                      Tidak lolos administrasi
 * 0003  a80 b60 desk 75.00  presentation (100+95+90)/3 = 95.00 final 52.50+28.50 = 81.00  rank 1  Pemenang
 * 0004  a70 b50 desk 65.00  desk rank 3                                                           Tidak masuk finalis
 * </pre>
 */
@SharedWebTest
class ExportApiTest {

  static final String GROUP = "Perangkat Daerah";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ApplicationContext context;

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void exportsFollowAnEditionToTheAward() throws IOException {
    LocalDate today = TestClock.today();
    at(today, "09:00:00");
    EditionRun run = new EditionRun(engine);
    List<String> jurors = List.of(run.member("juri1", "juri"), run.member("juri2", "juri"), run.member("juri3", "juri"));
    run.openEdition(GROUP, 2, 1, 2, jurors);
    String key = run.editionKey;

    ProcessInstance e1 = run.register(run.member("dinkes", "peserta"), "Dinas Kesehatan, Kota Uji", GROUP,
        "Inovasi \"Satu\" untuk Warga");
    ProcessInstance e2 = run.register(run.member("dispenduk", "peserta"), "Dinas Kependudukan", GROUP, "Layanan Ditolak");
    ProcessInstance e3 = run.register(run.member("kecamatan", "peserta"), "Kecamatan Uji", GROUP, "@LayananKita");
    ProcessInstance e4 = run.register(run.member("puskesmas", "peserta"), "Puskesmas Uji", GROUP, "Inovasi Empat");

    assertThat(statuses(run)).containsExactly("Seleksi administrasi", "Seleksi administrasi", "Seleksi administrasi",
        "Seleksi administrasi");
    assertThat(text(get(key, "assignments", "sekretariat", run))).isEqualTo("entry_key,agency,juror\r\n");

    at(today, "10:00:00");
    run.screen(e1, "LOLOS", null);
    run.screen(e2, "TIDAK_LOLOS", "Belum berjalan satu tahun.");
    run.screen(e3, "LOLOS", null);
    run.screen(e4, "LOLOS", null);
    run.runJobs();
    assertThat(statuses(run)).containsExactly("Menunggu penugasan juri", "Tidak lolos administrasi",
        "Menunggu penugasan juri", "Menunggu penugasan juri");

    run.closeRegistrationAndReleaseAssignment();
    assertThat(statuses(run)).containsExactly("Penilaian proposal", "Tidak lolos administrasi", "Penilaian proposal",
        "Penilaian proposal");

    at(today, "11:00:00");
    Map<ProcessInstance, int[]> rubric = Map.of(e1, new int[] {90, 70}, e3, new int[] {80, 60}, e4, new int[] {70, 50});
    List<String> assigned = new ArrayList<>();
    for (ProcessInstance entry : List.of(e1, e3, e4)) {
      for (Task task : run.tasks(entry, "Task_DeskEvaluation")) {
        assigned.add(entry.getBusinessKey() + "," + task.getAssignee());
        int[] ab = rubric.get(entry);
        run.submit(task, task.getAssignee(), EditionRun.rubric(ab[0], ab[1]));
      }
    }
    run.runJobs();
    // finalists decided, but nothing reaches the entries before the secretariat confirms the presentation timetable
    assertThat(statuses(run)).containsExactly("Menunggu penetapan finalis", "Tidak lolos administrasi",
        "Menunggu penetapan finalis", "Menunggu penetapan finalis");
    run.confirmTimetable();
    assertThat(statuses(run)).containsExactly("Presentasi", "Tidak lolos administrasi", "Presentasi",
        "Tidak masuk finalis");

    at(today, "14:30:00");
    Map<ProcessInstance, int[]> presentation = Map.of(e1, new int[] {60, 70, 75}, e3, new int[] {100, 95, 90});
    for (ProcessInstance entry : List.of(e1, e3)) {
      for (Task task : run.tasks(entry, "Task_PresentationEvaluation")) {
        run.submit(task, task.getAssignee(), Map.of("presentationScoreInput",
            presentation.get(entry)[jurors.indexOf(task.getAssignee())], "presentationComment", "Jelas"));
      }
    }
    run.runJobs();
    assertThat(statuses(run)).containsExactly("Menunggu penetapan", "Tidak lolos administrasi", "Menunggu penetapan",
        "Tidak masuk finalis");

    run.signOff(run.member("pimpinan", "pimpinan"));
    assertThat(run.edition()).as("edition ended").isNull();

    // ranking: group, then final rank of the finalists, desk rank of the others, none for the refused entry
    ResponseEntity<byte[]> ranking = get(key, "ranking", "sekretariat", run);
    assertThat(text(ranking)).isEqualTo(String.join("\r\n",
        "rank,entry_key,title,agency,group,desk_score,presentation_score,final_score,status",
        "1," + key + "-0003,'@LayananKita,Kecamatan Uji,Perangkat Daerah,75.00,95.00,81.00,Pemenang",
        "2," + key + "-0001,\"Inovasi \"\"Satu\"\" untuk Warga\",\"Dinas Kesehatan, Kota Uji\",Perangkat Daerah,"
            + "85.00,68.33,80.00,Finalis",
        "3," + key + "-0004,Inovasi Empat,Puskesmas Uji,Perangkat Daerah,65.00,,,Tidak masuk finalis",
        // Commons CSV quotes an empty first field, so that a record is never an empty line (RFC 4180 allows it)
        "\"\"," + key + "-0002,Layanan Ditolak,Dinas Kependudukan,Perangkat Daerah,,,,Tidak lolos administrasi",
        ""));
    assertThat(ranking.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
    assertThat(ranking.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-ranking.csv\"");

    // assignment: k = 2 of 3 jurors, loads 2/2/2, deterministic; the same as the tasks the jurors got
    String juri1 = jurors.get(0);
    String juri2 = jurors.get(1);
    String juri3 = jurors.get(2);
    ResponseEntity<byte[]> assignments = get(key, "assignments", "sekretariat", run);
    assertThat(text(assignments)).isEqualTo(String.join("\r\n",
        "entry_key,agency,juror",
        key + "-0001,\"Dinas Kesehatan, Kota Uji\"," + juri2,
        key + "-0001,\"Dinas Kesehatan, Kota Uji\"," + juri3,
        key + "-0003,Kecamatan Uji," + juri1,
        key + "-0003,Kecamatan Uji," + juri2,
        key + "-0004,Puskesmas Uji," + juri1,
        key + "-0004,Puskesmas Uji," + juri3,
        ""));
    assertThat(assigned).containsExactly(key + "-0001," + juri2, key + "-0001," + juri3, key + "-0003," + juri1,
        key + "-0003," + juri2, key + "-0004," + juri1, key + "-0004," + juri3);
    assertThat(assignments.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-assignments.csv\"");

    // scores: per entry the desk rows (juror, then criteria in rubric order), then the presentation rows
    String desk = today + "T11:00:00+07:00";
    String shown = today + "T14:30:00+07:00";
    List<String> rows = new ArrayList<>();
    rows.add("entry_key,group,juror,criterion,score,submitted_at");
    rows.addAll(deskRows(key + "-0001", juri2, 90, 70, desk));
    rows.addAll(deskRows(key + "-0001", juri3, 90, 70, desk));
    rows.add(key + "-0001,Perangkat Daerah," + juri1 + ",presentation,60," + shown);
    rows.add(key + "-0001,Perangkat Daerah," + juri2 + ",presentation,70," + shown);
    rows.add(key + "-0001,Perangkat Daerah," + juri3 + ",presentation,75," + shown);
    rows.addAll(deskRows(key + "-0003", juri1, 80, 60, desk));
    rows.addAll(deskRows(key + "-0003", juri2, 80, 60, desk));
    rows.add(key + "-0003,Perangkat Daerah," + juri1 + ",presentation,100," + shown);
    rows.add(key + "-0003,Perangkat Daerah," + juri2 + ",presentation,95," + shown);
    rows.add(key + "-0003,Perangkat Daerah," + juri3 + ",presentation,90," + shown);
    rows.addAll(deskRows(key + "-0004", juri1, 70, 50, desk));
    rows.addAll(deskRows(key + "-0004", juri3, 70, 50, desk));
    rows.add("");
    ResponseEntity<byte[]> scores = get(key, "scores", "sekretariat", run);
    assertThat(text(scores)).isEqualTo(String.join("\r\n", rows));
    assertThat(rows).hasSize(1 + 3 * 2 * 10 + 2 * 3 + 1);
    assertThat(scores.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
    assertThat(scores.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-scores.csv\"");

    // the administrator (camunda-admin) may read them too
    assertThat(http.withBasicAuth("admin", "test-admin").getForEntity("/api/editions/" + key + "/scores.csv",
        byte[].class).getBody()).isEqualTo(scores.getBody());
  }

  @Test
  void onlyTheSecretariatAndAdministratorsMayExport() {
    EditionRun run = new EditionRun(engine);
    String juror = run.member("juri1", "juri");
    String participant = run.member("peserta", "peserta");
    String pimpinan = run.member("pimpinan", "pimpinan");
    run.openEdition(GROUP, 1, 1, 1, List.of(juror));
    String url = "/api/editions/" + run.editionKey + "/ranking.csv";

    ResponseEntity<String> anonymous = http.getForEntity(url, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
    assertThat(anonymous.getBody()).contains("\"message\"");
    // a wrong password (another account: Camunda locks an account for a few seconds after a failed attempt)
    String mistyped = run.member("sekretariat2", "sekretariat");
    assertThat(http.withBasicAuth(mistyped, "salah").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("tidakada", "tidakada").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    for (String export : List.of("scores", "ranking", "assignments")) {
      String exportUrl = "/api/editions/" + run.editionKey + "/" + export + ".csv";
      for (String refused : List.of(juror, participant, pimpinan)) {
        ResponseEntity<String> response = http.withBasicAuth(refused, refused).getForEntity(exportUrl, String.class);
        assertThat(response.getStatusCode()).as("%s %s", refused, export).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).doesNotContain(run.editionKey);
      }
      assertThat(http.withBasicAuth(run.secretariat, run.secretariat).getForEntity(exportUrl, String.class)
          .getStatusCode()).as(export).isEqualTo(HttpStatus.OK);
    }
    // before any assignment: only the header
    assertThat(http.withBasicAuth("admin", "test-admin")
        .getForEntity("/api/editions/" + run.editionKey + "/assignments.csv", String.class).getBody())
        .isEqualTo("entry_key,agency,juror\r\n");

    ResponseEntity<String> unknown = http.withBasicAuth(run.secretariat, run.secretariat)
        .getForEntity("/api/editions/TIDAKADA-2030/scores.csv", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(unknown.getBody()).isEqualTo("{\"message\":\"Edisi TIDAKADA-2030 tidak ditemukan.\"}");
    assertThat(http.withBasicAuth(juror, juror).getForEntity("/api/editions/TIDAKADA-2030/scores.csv", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // under /api Spring Security's strict request firewall stays on
    assertThat(http.withBasicAuth(run.secretariat, run.secretariat)
        .getForEntity("/api/editions/" + run.editionKey + ";x=1/ranking.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    // nothing else under /api is open, not even to the secretariat
    assertThat(http.withBasicAuth(run.secretariat, run.secretariat).getForEntity("/api/editions/" + run.editionKey,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Spring Security leaves the rest alone: no generated user, no login page, the webapps as before; whatever
    // /engine-rest answers comes from Camunda, not from Spring Security's chain or its request firewall
    assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    for (String path : List.of("/engine-rest/engine", "/engine-rest/engine;x=1")) {
      ResponseEntity<String> rest = http.getForEntity(path, String.class);
      assertThat(rest.getStatusCode()).as(path).isNotEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(rest.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path)
          .isNotEqualTo(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE));
    }
  }

  /** Ten desk rows of one juror: the five innovation criteria at {@code a}, the five performance ones at {@code b}. */
  private static List<String> deskRows(String entryKey, String juror, int a, int b, String submittedAt) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < EditionRun.CRITERIA.size(); i++) {
      rows.add(entryKey + ",Perangkat Daerah," + juror + "," + EditionRun.CRITERIA.get(i) + "," + (i < 5 ? a : b) + ","
          + submittedAt);
    }
    return rows;
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static void at(LocalDate day, String time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.parse(time)).atZone(JAKARTA).toInstant()));
  }

  private ResponseEntity<byte[]> get(String editionKey, String export, String userSuffix, EditionRun run) {
    String user = run.code.toLowerCase() + userSuffix;
    return http.withBasicAuth(user, user).getForEntity("/api/editions/" + editionKey + "/" + export + ".csv",
        byte[].class);
  }

  private static String text(ResponseEntity<byte[]> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new String(response.getBody(), StandardCharsets.UTF_8);
  }

  /** The status column of ranking.csv, in entry key order. */
  private List<String> statuses(EditionRun run) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text(get(run.editionKey, "ranking", "sekretariat", run)))).getRecords();
    return records.stream().sorted(Comparator.comparing((CSVRecord record) -> record.get("entry_key")))
        .map(record -> record.get("status")).toList();
  }
}
