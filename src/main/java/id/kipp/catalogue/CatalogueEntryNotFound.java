package id.kipp.catalogue;

/** No published innovation has this key: an unknown entry and one of an unpublished edition look the same. */
public class CatalogueEntryNotFound extends CatalogueNotFound {

  public CatalogueEntryNotFound(String entryKey) {
    super("Inovasi " + entryKey + " tidak ditemukan di katalog.");
  }
}
