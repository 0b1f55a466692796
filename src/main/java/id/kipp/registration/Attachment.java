package id.kipp.registration;

import id.kipp.document.UploadRules;

/** What the validator needs to know about an uploaded file: its name, size and first bytes. */
public record Attachment(String fileName, long size, byte[] head) {

  public boolean looksLikePdf() {
    return UploadRules.isPdf(head);
  }
}
