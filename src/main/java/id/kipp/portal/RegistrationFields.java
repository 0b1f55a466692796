package id.kipp.portal;

import id.kipp.registration.RegistrationRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the portal's registration page, in the order of the registration start form
 * ({@code forms/pendaftaran-inovasi.html}), named by the form's variables. What is accepted is decided by the entry
 * process's own validation ({@code registration.RegistrationDelegate}), never here; this class only lays the fields out
 * and puts each of the server's refusals next to the field it names.
 *
 * <p>{@code editionKey} comes from the chosen edition and {@code agency} from the account: neither is a field.
 */
public final class RegistrationFields {

  /** One input of the page. {@code type} is an HTML input type, or {@code textarea}. */
  public record Field(String name, String label, String type, boolean required, String help, int maxLength) {}

  /** One section ({@code fieldset}) of the page. */
  public record Section(String legend, List<Field> fields) {}

  static final List<String> FILES = List.of("innovationProposalFile", "performanceProposalFile", "declarationFile");
  static final String DECLARATION = "neverEnteredBefore";

  static final List<Section> SECTIONS;
  /** Every text field's name (the fields a submission may carry besides the files and the declaration). */
  static final List<String> TEXT_FIELDS;

  /** Message beginnings of the server's refusals → the field they concern. */
  private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  static {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Data inovasi", List.of(
        new Field("title", "Judul inovasi", "text", true, null, 200),
        new Field("summary", "Ringkasan inovasi", "textarea", true,
            "Gambaran singkat inovasi: apa, untuk siapa, dan hasil utamanya.", 3000),
        new Field("implementedSince", "Tanggal mulai diterapkan", "date", true,
            "Inovasi harus sudah diterapkan minimal 1 tahun.", 10),
        new Field("videoUrl", "Tautan video (opsional)", "url", false,
            "Alamat video yang diawali http:// atau https://.", 500))));
    sections.add(new Section("Penyelenggara dan narahubung", List.of(
        new Field("unit", "Unit kerja (opsional)", "text", false, null, 200),
        new Field("contactName", "Nama narahubung", "text", true, null, 200),
        new Field("contactEmail", "Surel (email) narahubung", "email", true, null, 200),
        new Field("contactPhone", "Nomor telepon narahubung", "tel", true, null, 50))));
    sections.add(new Section("Proposal Inovasi Pelayanan Publik", proposal(List.of("problemAnalysis",
        "strategicApproach", "implementation", "impact", "sustainability"))));
    sections.add(new Section("Proposal Kinerja Penyelenggara Pelayanan Publik", proposal(List.of("serviceStandard",
        "serviceCharter", "satisfactionSurvey", "complaintHandling", "informationSystem"))));
    SECTIONS = List.copyOf(sections);
    List<String> names = new ArrayList<>(List.of("group"));
    SECTIONS.forEach(section -> section.fields().forEach(field -> names.add(field.name())));
    TEXT_FIELDS = List.copyOf(names);

    PREFIXES.put("Kelompok", "group");
    PREFIXES.put("Judul inovasi", "title");
    PREFIXES.put("Inovasi berjudul", "title");
    PREFIXES.put("Ringkasan inovasi", "summary");
    PREFIXES.put("Tanggal mulai penerapan", "implementedSince");
    PREFIXES.put("Inovasi baru diterapkan sejak", "implementedSince");
    PREFIXES.put("Tautan video", "videoUrl");
    PREFIXES.put("Nama narahubung", "contactName");
    PREFIXES.put("Email narahubung", "contactEmail");
    RegistrationRules.PROPOSAL_SECTIONS.forEach((name, label) -> PREFIXES.put("Bagian \"" + label + "\"", name));
    FILES.forEach(name -> PREFIXES.put(RegistrationRules.ATTACHMENTS.get(name), name));
    PREFIXES.put("Pernyataan bahwa", DECLARATION);
  }

  private RegistrationFields() {}

  private static List<Field> proposal(List<String> names) {
    return names.stream().map(name -> new Field(name, RegistrationRules.PROPOSAL_SECTIONS.get(name), "textarea", true,
        "Maksimal 4.000 karakter.", 4000)).toList();
  }

  /** The label of a file field. */
  public static String fileLabel(String name) {
    return RegistrationRules.ATTACHMENTS.get(name);
  }

  /**
   * The server's refusals by field name; those that name no field (the account, the edition, the server) under the
   * key {@code ""}. Order kept.
   */
  static Map<String, List<String>> byField(List<String> problems) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (String problem : problems) {
      String field = PREFIXES.entrySet().stream().filter(prefix -> problem.startsWith(prefix.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse("");
      byField.computeIfAbsent(field, key -> new ArrayList<>()).add(problem);
    }
    return byField;
  }
}
