package id.kipp.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What the public pages and the JSON API read: search, one innovation with everything about it, a document. */
@Service
public class Catalogue {

  private final CatalogueRepository repository;
  private final CatalogueProperties properties;

  public Catalogue(CatalogueRepository repository, CatalogueProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  /** One innovation with its sections (by proposal, in the form's order), documents and replications. */
  public record Detail(CatalogueEntry entry, Map<String, List<CatalogueSection>> sections,
      List<CatalogueDocument> documents, List<Replication> replications) {}

  public CataloguePage search(CatalogueQuery query) {
    return repository.search(query, properties.pageSize());
  }

  public Detail detail(String entryKey) {
    CatalogueEntry entry = repository.find(entryKey).orElseThrow(() -> new CatalogueEntryNotFound(entryKey));
    Map<String, List<CatalogueSection>> sections = new LinkedHashMap<>();
    for (CatalogueSection section : repository.sections(entryKey)) {
      sections.computeIfAbsent(section.proposal(), proposal -> new java.util.ArrayList<>()).add(section);
    }
    return new Detail(entry, sections, repository.documents(entryKey), repository.replications(entryKey));
  }

  public CatalogueRepository.Content document(String entryKey, String documentId) {
    repository.find(entryKey).orElseThrow(() -> new CatalogueEntryNotFound(entryKey));
    return repository.content(entryKey, documentId)
        .orElseThrow(() -> new CatalogueNotFound("Dokumen " + documentId + " tidak ditemukan pada inovasi " + entryKey
            + "."));
  }

  public List<String> groups() {
    return repository.groups();
  }

  public List<Integer> years() {
    return repository.years();
  }
}
