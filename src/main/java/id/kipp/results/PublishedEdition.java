package id.kipp.results;

import java.time.Instant;
import java.util.List;

/**
 * An edition whose results were released, as the snapshot holds it (table {@code published_edition}): its groups in
 * the edition's order, when the results were released and the Pimpinan's sign-off; the edition's process instance
 * (for the record: its history may be cleaned up).
 */
public record PublishedEdition(String key, String processInstanceId, String name, int year, String organiser, List<String> groups,
    Instant releasedAt, SignOff signOff) {

  public PublishedEdition {
    groups = List.copyOf(groups);
  }

  /**
   * The sign-off as recorded by the task "Penetapan pemenang oleh pimpinan": the user id and, where the account has
   * one, the name of who signed off, when, the decree number (nomor SK) and the note. Any part may be null.
   */
  public record SignOff(String by, String byName, Instant at, String decreeNumber, String note) {

    /** The name to show: the account's name, else its user id, else null. */
    public String who() {
      return byName != null && !byName.isBlank() ? byName : by;
    }
  }
}
