package id.kipp.registration;

import id.kipp.document.UploadRules;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.TextHygiene;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server-side rules of a registration form. The form checks the same things for the user's convenience; this
 * class is what counts, because the REST API bypasses forms. Messages are in Bahasa Indonesia.
 */
public final class RegistrationRules {

  /** Text fields: variable name → label. */
  public static final Map<String, String> REQUIRED_TEXT = new LinkedHashMap<>();
  public static final Map<String, String> PROPOSAL_SECTIONS = new LinkedHashMap<>();

  static {
    REQUIRED_TEXT.put("agency", "Nama perangkat daerah / instansi");
    REQUIRED_TEXT.put("group", "Kelompok peserta");
    REQUIRED_TEXT.put("contactName", "Nama narahubung");
    REQUIRED_TEXT.put("contactEmail", "Email narahubung");
    PROPOSAL_SECTIONS.put("problemAnalysis", "Analisa Masalah");
    PROPOSAL_SECTIONS.put("strategicApproach", "Pendekatan Strategis");
    PROPOSAL_SECTIONS.put("implementation", "Pelaksanaan dan Penerapan");
    PROPOSAL_SECTIONS.put("impact", "Dampak Sebelum dan Sesudah");
    PROPOSAL_SECTIONS.put("sustainability", "Keberlanjutan");
    PROPOSAL_SECTIONS.put("serviceStandard", "Standar Pelayanan");
    PROPOSAL_SECTIONS.put("serviceCharter", "Maklumat Pelayanan");
    PROPOSAL_SECTIONS.put("satisfactionSurvey", "Survei Kepuasan Masyarakat (SKM)");
    PROPOSAL_SECTIONS.put("complaintHandling", "Penanganan Pengaduan");
    PROPOSAL_SECTIONS.put("informationSystem", "Sistem Informasi Pelayanan Publik");
  }

  public static final Map<String, String> ATTACHMENTS = Map.of(
      "innovationProposalFile", "Berkas Proposal Inovasi Pelayanan Publik",
      "performanceProposalFile", "Berkas Proposal Kinerja Penyelenggara Pelayanan Publik",
      "declarationFile", "Surat pernyataan");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UploadRules uploadRules;
  private final int maxTextLength;
  private final int maxTitleLength;

  public RegistrationRules(long maxFileSize, int maxTextLength, int maxTitleLength) {
    this.uploadRules = new UploadRules(maxFileSize);
    this.maxTextLength = maxTextLength;
    this.maxTitleLength = maxTitleLength;
  }

  /**
   * @param groups the edition's groups
   * @param today today in the organiser's time zone
   * @param filesRequired true for a first registration; in a revision an absent file keeps the earlier one
   * @return the problems found, empty when the registration is acceptable
   */
  public List<String> check(Registration registration, List<String> groups, LocalDate today, boolean filesRequired) {
    List<String> problems = new ArrayList<>();
    REQUIRED_TEXT.forEach((name, label) -> requireText(registration.field(name), label, 200, problems));
    requireText(registration.field("title"), "Judul inovasi", maxTitleLength, problems);
    requireText(registration.field("summary"), "Ringkasan inovasi", 3000, problems);
    PROPOSAL_SECTIONS.forEach((name, label) -> requireText(registration.field(name), "Bagian \"" + label + "\"",
        maxTextLength, problems));
    String group = registration.field("group");
    if (!group.isEmpty() && groups.stream().noneMatch(g -> g.equalsIgnoreCase(group))) {
      problems.add("Kelompok \"" + group + "\" tidak dikenal pada edisi ini. Pilih salah satu: " + String.join(", ", groups) + ".");
    }
    String email = registration.field("contactEmail");
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      problems.add("Email narahubung tidak valid.");
    }
    LocalDate since = CompetitionCalendar.parseDay(registration.field("implementedSince"));
    if (since == null) {
      problems.add("Tanggal mulai penerapan inovasi wajib diisi dengan format TTTT-BB-HH.");
    } else if (since.isAfter(today)) {
      problems.add("Tanggal mulai penerapan inovasi tidak boleh di masa depan.");
    }
    String video = registration.field("videoUrl");
    if (!video.isEmpty() && !isWebLink(video)) {
      problems.add("Tautan video harus berupa alamat http:// atau https:// yang valid.");
    }
    if (!registration.neverEnteredBefore()) {
      problems.add("Pernyataan bahwa inovasi belum pernah diusulkan pada kompetisi tingkat provinsi maupun kementerian wajib dicentang.");
    }
    checkFile(registration.innovationProposalFile(), "innovationProposalFile", filesRequired, problems);
    checkFile(registration.performanceProposalFile(), "performanceProposalFile", filesRequired, problems);
    checkFile(registration.declarationFile(), "declarationFile", filesRequired, problems);
    return problems;
  }

  private void checkFile(Attachment file, String name, boolean required, List<String> problems) {
    String label = ATTACHMENTS.get(name);
    if (file == null) {
      if (required) {
        problems.add(label + " (PDF) wajib diunggah.");
      }
      return;
    }
    // the same rules the document store applies to every upload, here with the form's label
    problems.addAll(uploadRules.check(label, file.size(), file.head(), null));
  }

  private static void requireText(String value, String label, int max, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(label + " wajib diisi.");
    } else if (value.length() > max) {
      problems.add(label + " paling banyak " + max + " karakter.");
    } else {
      TextHygiene.problem(label, value, max).ifPresent(problems::add);
    }
  }

  private static boolean isWebLink(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
