package id.kipp.catalogue;

/** A document (or page) of the catalogue that does not exist or is not public; answered with 404. */
public class CatalogueNotFound extends RuntimeException {

  public CatalogueNotFound(String message) {
    super(message);
  }
}
