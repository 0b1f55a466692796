package id.kipp.edition;

import id.kipp.shared.TextHygiene;
import java.util.List;
import java.util.Map;

/**
 * Who signs the edition's certificates (piagam), from the start form: the place on the date line (e.g. "Malang"), the
 * signatory's title (e.g. "Wali Kota Malang") and name. An empty value means the installation's setting
 * ({@code kipp.results.certificate.*}), read when the results are released.
 */
public record CertificateSignatory(String place, String signatoryRole, String signatoryName) {

  /** The start form's fields, which are also the edition's variables. */
  public static final String PLACE = EditionVariables.CERTIFICATE_PLACE;
  public static final String SIGNATORY_ROLE = EditionVariables.CERTIFICATE_SIGNATORY_ROLE;
  public static final String SIGNATORY_NAME = EditionVariables.CERTIFICATE_SIGNATORY_NAME;

  static final int MAX_PLACE = 100;
  static final int MAX_ROLE = 200;
  static final int MAX_NAME = 200;

  /** The checked fields of the start form; each problem (length, markup, control characters) is added to the list. */
  static CertificateSignatory of(Map<String, Object> form, List<String> problems) {
    return new CertificateSignatory(
        field(form, PLACE, "Tempat penandatanganan piagam", MAX_PLACE, problems),
        field(form, SIGNATORY_ROLE, "Jabatan penanda tangan piagam", MAX_ROLE, problems),
        field(form, SIGNATORY_NAME, "Nama penanda tangan piagam", MAX_NAME, problems));
  }

  private static String field(Map<String, Object> form, String key, String label, int max, List<String> problems) {
    Object value = form.get(key);
    String text = value == null ? "" : value.toString().trim().replaceAll("[ \\t]+", " ");
    TextHygiene.problem(label, text, max).ifPresent(problems::add);
    if (text.contains("\n") || text.contains("\r")) {
      problems.add(label + " ditulis dalam satu baris.");
    }
    return text;
  }
}
