package id.kipp.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every uploaded file must be, whichever way it arrives (Tasklist, REST API, Java): a PDF (it starts with
 * {@code %PDF-}), not empty, within the size limit ({@code kipp.registration.max-file-size-bytes}), without HTML or
 * script in its first {@value #HEAD_BYTES} bytes, and not declared as another type. Messages in Bahasa Indonesia,
 * each starting with the file's label.
 */
public final class UploadRules {

  /** How many bytes from the start of a file the rules look at. */
  public static final int HEAD_BYTES = 1024;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /** Types a browser or client may declare for a PDF. */
  private static final Set<String> PDF_TYPES = Set.of("application/pdf", "application/x-pdf",
      "application/octet-stream", "binary/octet-stream");

  /** Markup that makes a browser run a file as a page, in lower case. */
  private static final List<String> ACTIVE_MARKUP = List.of("<html", "<!doctype html", "<script", "<body", "<iframe",
      "<svg", "<?xml-stylesheet");

  private final long maxBytes;

  public UploadRules(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * @param label how the message names the file, e.g. {@code Surat pernyataan} or {@code Berkas "a.pdf"}
   * @param head the file's first bytes (at least {@value #HEAD_BYTES} where the file is that long)
   * @param mediaType the type the client declared, or null
   */
  public List<String> check(String label, long size, byte[] head, String mediaType) {
    List<String> problems = new ArrayList<>();
    if (size == 0) {
      problems.add(label + " kosong.");
      return problems;
    }
    if (size > maxBytes) {
      problems.add(label + " terlalu besar: paling besar " + (maxBytes / (1024 * 1024)) + " MB.");
    }
    if (!isPdf(head)) {
      problems.add(label + " harus berupa berkas PDF.");
    } else if (hasActiveMarkup(head)) {
      problems.add(label + " berisi kode HTML atau skrip, sehingga ditolak. Unggah berkas PDF biasa.");
    }
    String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !PDF_TYPES.contains(type)) {
      problems.add(label + " dikirim sebagai \"" + shorten(type) + "\"; hanya berkas PDF (application/pdf) yang"
          + " diterima.");
    }
    return problems;
  }

  public static boolean isPdf(byte[] head) {
    if (head == null || head.length < PDF_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (head[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasActiveMarkup(byte[] head) {
    String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return ACTIVE_MARKUP.stream().anyMatch(text::contains);
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
