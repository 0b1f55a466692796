package id.kipp.registration;

import java.time.Instant;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A row of the entry registry (table {@code entry}). {@code agencyId} is the agency's group id, or, for an entry whose
 * registrant had no agency group, {@link #agencyKey(String, String) "nama:" and its normalised name}.
 */
public record EntryRecord(String entryKey, String editionKey, long entryNumber, String agencyId, String agencyName,
    String title, String registeredBy, String processInstanceId, Instant submittedAt) {

  public String normalisedTitle() {
    return normalise(title);
  }

  /**
   * A title as the duplicate check compares it: Unicode-compatibility form, lower case, punctuation dropped and runs of
   * spaces as one, so "LAPO  BRA!" and "lapo bra" are the same innovation.
   */
  public static String normalise(String text) {
    String compatible = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return compatible.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The registry's agency key: the group id, or the normalised name when there is none. */
  public static String agencyKey(String agencyId, String agencyName) {
    return agencyId != null && !agencyId.isBlank() ? agencyId : "nama:" + normalise(agencyName);
  }
}
