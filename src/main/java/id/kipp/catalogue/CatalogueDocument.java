package id.kipp.catalogue;

/** A public document of an innovation (without its content). */
public record CatalogueDocument(String documentId, String label, String filename, String mimeType, long size) {

  /** "1,2 MB", "350 KB". */
  public String sizeText() {
    if (size >= 1024 * 1024) {
      return String.format(java.util.Locale.forLanguageTag("id"), "%.1f MB", size / (1024.0 * 1024.0));
    }
    return Math.max(1, Math.round(size / 1024.0)) + " KB";
  }
}
