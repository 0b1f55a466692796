package id.kipp.reporting;

/** No entry (process {@code inovasi}) has this business key; answered with 404 and a message in Bahasa Indonesia. */
public class EntryNotFoundException extends RuntimeException {

  public EntryNotFoundException(String entryKey) {
    super("Inovasi " + entryKey + " tidak ditemukan.");
  }
}
