package id.kipp.catalogue;

import id.kipp.shared.Bahasa;

/** A public document of an innovation (without its content). */
public record CatalogueDocument(String documentId, String label, String filename, String mimeType, long size) {

  /** "1,2 MB", "350 KB". */
  public String sizeText() {
    return Bahasa.fileSize(size);
  }
}
