package id.kipp.reporting;

/** No edition (process {@code kompetisi}) has this business key; answered with 404 and a message in Bahasa Indonesia. */
public class EditionNotFoundException extends RuntimeException {

  public EditionNotFoundException(String editionKey) {
    super("Edisi " + editionKey + " tidak ditemukan.");
  }
}
