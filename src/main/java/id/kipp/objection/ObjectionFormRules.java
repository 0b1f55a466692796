package id.kipp.objection;

import id.kipp.shared.TextHygiene;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a public objection before anything is stored: every problem at once, by field, in Bahasa Indonesia, so that
 * the page shows each message next to its field.
 */
final class ObjectionFormRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final int MIN_REASON_LENGTH = 20;

  private ObjectionFormRules() {}

  /** Field name → message; empty when the objection may be stored. */
  static Map<String, String> check(ObjectionForm form, Collection<String> proposedFinalists, int maxReasonLength) {
    Map<String, String> problems = new LinkedHashMap<>();
    String name = strip(form.name());
    if (name.isEmpty()) {
      problems.put("name", "Nama wajib diisi.");
    } else {
      TextHygiene.problem("Nama", name, PublicObjectionProperties.MAX_NAME_LENGTH)
          .ifPresent(problem -> problems.put("name", problem));
    }
    String email = strip(form.email());
    if (email.isEmpty()) {
      problems.put("email", "Alamat e-mail wajib diisi.");
    } else if (email.length() > PublicObjectionProperties.MAX_EMAIL_LENGTH) {
      problems.put("email", "Alamat e-mail paling banyak " + PublicObjectionProperties.MAX_EMAIL_LENGTH + " karakter.");
    } else if (!validEmail(email)) {
      problems.put("email", "Alamat e-mail tidak valid.");
    }
    String entryKey = strip(form.entryKey());
    if (entryKey.isEmpty()) {
      problems.put("entryKey", "Pilih finalis yang disanggah.");
    } else if (!proposedFinalists.contains(entryKey)) {
      problems.put("entryKey", "Inovasi yang dipilih bukan finalis yang diusulkan.");
    }
    String reason = strip(form.reason());
    if (reason.isEmpty()) {
      problems.put("reason", "Alasan sanggahan wajib diisi.");
    } else if (reason.length() < MIN_REASON_LENGTH && reason.length() <= maxReasonLength) {
      problems.put("reason", "Alasan sanggahan paling sedikit " + MIN_REASON_LENGTH + " karakter.");
    } else {
      TextHygiene.problem("Alasan sanggahan", reason, maxReasonLength)
          .ifPresent(problem -> problems.put("reason", problem));
    }
    return problems;
  }

  /** The address as stored and counted: trimmed, lower case. */
  static String normalEmail(String email) {
    return strip(email).toLowerCase(java.util.Locale.ROOT);
  }

  static boolean honeypotFilled(ObjectionForm form) {
    return form.website() != null && !form.website().isEmpty();
  }

  private static boolean validEmail(String email) {
    if (!EMAIL.matcher(email).matches() || TextHygiene.containsMarkup(email)) {
      return false;
    }
    try {
      new InternetAddress(email, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
