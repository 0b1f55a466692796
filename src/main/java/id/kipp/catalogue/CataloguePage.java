package id.kipp.catalogue;

import java.util.List;

/** One page of search results and how many there are in all. */
public record CataloguePage(List<CatalogueEntry> items, long total, int page, int pageSize) {

  public int totalPages() {
    return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < totalPages();
  }
}
