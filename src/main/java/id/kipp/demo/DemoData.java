package id.kipp.demo;

import id.kipp.identity.Agencies;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.KippProperties;
import id.kipp.shared.Processes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: demo users (password = user id) and the edition MALANG-2019, modelled on the Kota Malang 2019
 * rules, with twelve registered innovations from several agencies in two groups, all waiting at administrative
 * screening. The titles are illustrative, apart from LAPO BRA, which the Malang 2019 material names.
 */
@Component
public class DemoData {

  public static final String EDITION_KEY = "MALANG-2019";
  public static final List<String> GROUPS = List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah");

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** Demo agencies: participant user id → agency name and group. */
  record Agency(String userId, String name, String group) {}

  record Innovation(Agency agency, String title, String summary) {}

  static final Agency DISPUSSIPDA = new Agency("dispussipda", "Dinas Perpustakaan dan Arsip Daerah", GROUPS.get(0));
  static final Agency DISPENDUKCAPIL = new Agency("dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil", GROUPS.get(0));
  static final Agency DINKES = new Agency("dinkes", "Dinas Kesehatan", GROUPS.get(0));
  static final Agency DPMPTSP = new Agency("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", GROUPS.get(0));
  static final Agency DISKOMINFO = new Agency("diskominfo", "Dinas Komunikasi dan Informatika", GROUPS.get(0));
  static final Agency PKM_KENDALKEREP = new Agency("pkmkendalkerep", "Puskesmas Kendalkerep", GROUPS.get(1));
  static final Agency PKM_DINOYO = new Agency("pkmdinoyo", "Puskesmas Dinoyo", GROUPS.get(1));
  static final Agency KEC_KLOJEN = new Agency("kecklojen", "Kecamatan Klojen", GROUPS.get(1));
  static final Agency UPT_PKB = new Agency("uptpkb", "UPT Pengujian Kendaraan Bermotor", GROUPS.get(1));

  static final List<Innovation> INNOVATIONS = List.of(
      new Innovation(DISPUSSIPDA, "Layanan Pojok Braille (LAPO BRA)",
          "Pojok baca dan layanan koleksi braille serta buku audio bagi penyandang disabilitas netra di perpustakaan daerah."),
      new Innovation(DISPUSSIPDA, "Perpustakaan Keliling Kampung Tematik",
          "Mobil perpustakaan yang terjadwal mengunjungi kampung tematik dan sekolah di pinggiran kota."),
      new Innovation(DISPENDUKCAPIL, "Dokumen Kependudukan Langsung Jadi",
          "Akta kelahiran, kartu keluarga dan KIA diterbitkan sekaligus di rumah sakit bersalin."),
      new Innovation(DINKES, "Pelacakan Gizi Balita Terpadu",
          "Data timbang posyandu tersambung ke puskesmas sehingga balita berisiko gizi kurang segera ditindaklanjuti."),
      new Innovation(DPMPTSP, "Perizinan Berusaha Antar Jemput",
          "Petugas mendatangi pelaku usaha mikro untuk membantu pengurusan izin usaha secara daring."),
      new Innovation(DISKOMINFO, "Kanal Pengaduan Terpadu Warga",
          "Satu kanal pengaduan untuk semua perangkat daerah dengan batas waktu tanggapan yang dipantau."),
      new Innovation(PKM_KENDALKEREP, "Antrean Puskesmas dari Rumah",
          "Warga mengambil nomor antrean melalui pesan singkat dan datang sesuai perkiraan jam layanan."),
      new Innovation(PKM_KENDALKEREP, "Kunjungan Rumah Lansia Risiko Tinggi",
          "Perawat dan kader mengunjungi lansia dengan penyakit kronis yang tidak dapat datang ke puskesmas."),
      new Innovation(PKM_DINOYO, "Pojok Konseling Remaja Sehat",
          "Ruang konseling kesehatan reproduksi dan kesehatan jiwa remaja yang ramah dan terjaga kerahasiaannya."),
      new Innovation(KEC_KLOJEN, "Layanan Administrasi Kecamatan Tanpa Tatap Muka",
          "Surat pengantar dan legalisasi kecamatan diajukan dan diambil secara daring."),
      new Innovation(KEC_KLOJEN, "Forum Warga Peduli Lingkungan",
          "Musyawarah rutin warga dan kelurahan untuk menata bank sampah dan ruang terbuka hijau."),
      new Innovation(UPT_PKB, "Uji Kir Terjadwal Tanpa Calo",
          "Pendaftaran uji berkala kendaraan secara daring dengan jadwal pasti dan pembayaran nontunai."));

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final KippProperties properties;
  private final CompetitionCalendar calendar;

  public DemoData(IdentityService identityService, RuntimeService runtimeService, KippProperties properties,
      CompetitionCalendar calendar) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.properties = properties;
    this.calendar = calendar;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    if (!properties.demo().enabled()) {
      return;
    }
    createUsers();
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(EDITION_KEY).count() > 0) {
      return;
    }
    openEdition();
    for (Innovation innovation : INNOVATIONS) {
      register(innovation);
    }
    LOG.info("Demo edition {} opened with {} innovations waiting at administrative screening", EDITION_KEY,
        INNOVATIONS.size());
  }

  private void createUsers() {
    user("sekretariat", "Sekretariat", "Bagian Organisasi", "sekretariat");
    for (int i = 1; i <= 4; i++) {
      user("juri" + i, "Juri", String.valueOf(i), "juri");
    }
    user("pimpinan", "Walikota", "Malang", "pimpinan");
    INNOVATIONS.stream().map(Innovation::agency).distinct().forEach(agency -> {
      Agencies.ensure(identityService, agency.userId(), agency.name());
      user(agency.userId(), "Admin", agency.name(), "peserta");
      membership(agency.userId(), agency.userId());
    });
    // juri1 is a physician at the Dinas Kesehatan: a conflict of interest the assignment must respect
    membership("juri1", DINKES.userId());
  }

  private void user(String id, String firstName, String lastName, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.kipp.invalid");
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  private void membership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void openEdition() {
    LocalDate today = calendar.today();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("editionCode", "MALANG");
    form.put("year", 2019L);
    form.put("editionName", "Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019");
    form.put("organiser", "Pemerintah Kota Malang (Bagian Organisasi Sekretariat Daerah)");
    form.put("groupsText", String.join(", ", GROUPS));
    form.put("registrationOpens", today.minusDays(14).toString());
    form.put("registrationCloses", today.plusDays(14).toString());
    form.put("evaluationDeadline", today.plusDays(35).toString());
    form.put("presentationDate", today.plusDays(49).toString());
    form.put("finalistsPerGroup", 3L);
    form.put("winnersPerGroup", 2L);
    form.put("jurorsPerEntry", 3L);
    form.put("jurorIdsText", "");
    as("sekretariat", () -> runtimeService.startProcessInstanceByKey(Processes.EDITION, form));
  }

  private void register(Innovation innovation) {
    Map<String, Object> form = registrationForm(EDITION_KEY, innovation.agency().name(), innovation.agency().group(),
        innovation.title(), innovation.summary());
    as(innovation.agency().userId(), () -> runtimeService.startProcessInstanceByKey(Processes.ENTRY, form));
  }

  /** The variables the registration form submits, with realistic section texts and small PDF attachments. */
  public static Map<String, Object> registrationForm(String editionKey, String agency, String group, String title,
      String summary) {
    Map<String, Object> form = new HashMap<>();
    form.put("editionKey", editionKey);
    form.put("agency", agency);
    form.put("unit", "");
    form.put("group", group);
    form.put("title", title);
    form.put("summary", summary);
    form.put("contactName", "Narahubung " + agency);
    form.put("contactEmail", "inovasi@" + agency.toLowerCase().replaceAll("[^a-z]+", "") + ".example");
    form.put("contactPhone", "0341-000000");
    form.put("implementedSince", "2017-01-02");
    form.put("problemAnalysis", "Masalah pelayanan yang dijawab oleh " + title + ": " + summary);
    form.put("strategicApproach", "Pendekatan strategis: kolaborasi dengan komunitas dan pemanfaatan teknologi sederhana.");
    form.put("implementation", "Pelaksanaan bertahap sejak 2017 dengan uji coba, evaluasi dan perluasan layanan.");
    form.put("impact", "Sebelum inovasi layanan sulit dijangkau; sesudahnya jumlah penerima manfaat meningkat.");
    form.put("sustainability", "Diatur dalam keputusan kepala perangkat daerah dan dianggarkan setiap tahun.");
    form.put("serviceStandard", "Standar pelayanan ditetapkan dan dipublikasikan di ruang layanan.");
    form.put("serviceCharter", "Maklumat pelayanan ditandatangani kepala perangkat daerah.");
    form.put("satisfactionSurvey", "Survei kepuasan masyarakat dilakukan setiap semester.");
    form.put("complaintHandling", "Pengaduan diterima melalui kanal daring dan kotak saran, ditanggapi paling lama 5 hari.");
    form.put("informationSystem", "Informasi layanan tersedia di laman resmi dan media sosial.");
    form.put("videoUrl", "https://video.example/inovasi");
    form.put("neverEnteredBefore", true);
    form.put("innovationProposalFile", pdf("proposal-inovasi.pdf", title));
    form.put("performanceProposalFile", pdf("proposal-kinerja.pdf", title));
    form.put("declarationFile", pdf("surat-pernyataan.pdf", title));
    return form;
  }

  /** A small, valid one-page PDF. */
  public static Object pdf(String fileName, String text) {
    String safe = text.replaceAll("[()\\\\]", " ");
    String stream = "BT /F1 12 Tf 72 720 Td (" + safe + ") Tj ET";
    String body = "%PDF-1.4\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return Variables.fileValue(fileName).file(body.getBytes(StandardCharsets.ISO_8859_1))
        .mimeType("application/pdf").create();
  }

  private void as(String userId, Runnable action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
