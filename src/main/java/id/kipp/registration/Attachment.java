package id.kipp.registration;

/** What the validator needs to know about an uploaded file: its name, size and first bytes. */
public record Attachment(String fileName, long size, byte[] head) {

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

  public boolean looksLikePdf() {
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
}
