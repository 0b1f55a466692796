package id.kipp.document;

/** A variable refers to a document the store does not hold (deleted by hand, or a database restored partly). */
public class DocumentMissing extends IllegalStateException {

  public DocumentMissing(long id) {
    super("Document " + id + " is not in the document store");
  }
}
