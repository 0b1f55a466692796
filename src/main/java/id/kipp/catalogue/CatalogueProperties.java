package id.kipp.catalogue;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the innovation catalogue under {@code kipp.catalogue.*}: results per page and which uploaded files of an
 * entry are published (process variable → document id in the URL and its label). Personal documents (the signed
 * declaration) are refused here, so that a configuration mistake cannot publish them.
 */
@ConfigurationProperties(prefix = "kipp.catalogue")
public record CatalogueProperties(Integer pageSize, List<Document> documents) {

  /** Upload variables that are never published: the signed declaration is a personal document. */
  static final Set<String> NEVER_PUBLISHED = Set.of("declarationFile");

  public record Document(String variable, String id, String label) {}

  public CatalogueProperties {
    pageSize = pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    documents = documents == null || documents.isEmpty()
        ? List.of(new Document("innovationProposalFile", "proposal-inovasi", "Proposal Inovasi Pelayanan Publik"),
            new Document("performanceProposalFile", "proposal-kinerja",
                "Proposal Kinerja Penyelenggara Pelayanan Publik"))
        : List.copyOf(documents);
    for (Document document : documents) {
      if (document.variable() == null || document.id() == null || !document.id().matches("[a-z0-9-]{1,64}")
          || document.label() == null) {
        throw new IllegalStateException("kipp.catalogue.documents: each document needs a variable, a label and an id of"
            + " lower-case letters, digits and '-' (got " + document + ")");
      }
      if (NEVER_PUBLISHED.contains(document.variable())) {
        throw new IllegalStateException("kipp.catalogue.documents: " + document.variable()
            + " is a personal document and is never published");
      }
    }
  }
}
