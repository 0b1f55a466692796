package id.kipp.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as JSON: {@code GET /api/catalogue} (search, same parameters as {@code /katalog}) and
 * {@code GET /api/catalogue/{entryKey}} are public like the pages; {@code POST /api/catalogue/{entryKey}/replications}
 * records a replication (groups sekretariat, camunda-admin and peserta; see
 * {@code id.kipp.identity.ApiSecurityConfiguration} and {@link Replications}).
 */
@RestController
@RequestMapping(value = "/api/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
public class CatalogueApiController {

  private final Catalogue catalogue;
  private final Replications replications;

  public CatalogueApiController(Catalogue catalogue, Replications replications) {
    this.catalogue = catalogue;
    this.replications = replications;
  }

  public record Item(String entryKey, String editionKey, String editionName, int year, String title, String agency,
      String unit, String group, String award, String awardLabel, Integer finalRank, String summary,
      int replicationCount, String url) {

    static Item of(CatalogueEntry e) {
      return new Item(e.entryKey(), e.editionKey(), e.editionName(), e.year(), e.title(), e.agency(), e.unit(),
          e.group(), e.award().name(), e.awardText(), e.finalRank(), e.summary(), e.replicationCount(),
          "/katalog/" + e.entryKey());
    }
  }

  public record SearchResult(long total, int page, int pageSize, int totalPages, List<Item> items) {}

  public record Document(String documentId, String label, String filename, String mimeType, long size, String url) {}

  /** A replication as the public sees it: which agency, when, and the note (not who typed it). */
  public record PublicReplication(String agencyName, String agencyId, LocalDate replicatedOn, String note) {}

  public record Detail(Item innovation, LocalDate implementedSince, String videoUrl, String organiser,
      Map<String, List<Map<String, String>>> sections, List<Document> documents,
      List<PublicReplication> replications) {}

  @GetMapping
  public SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
      @RequestParam(required = false) String group, @RequestParam(required = false) String year,
      @RequestParam(required = false) String award, @RequestParam(required = false) String page) {
    CataloguePage results = catalogue.search(CatalogueQuery.of(q, agency, group, year, award, page));
    return new SearchResult(results.total(), results.page(), results.pageSize(), results.totalPages(),
        results.items().stream().map(Item::of).toList());
  }

  @GetMapping("/{entryKey}")
  public Detail detail(@PathVariable String entryKey) {
    Catalogue.Detail detail = catalogue.detail(entryKey);
    CatalogueEntry e = detail.entry();
    Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
    detail.sections().forEach((proposal, list) -> {
      List<Map<String, String>> texts = new ArrayList<>();
      list.forEach(section -> texts.add(Map.of("name", section.name(), "label", section.label(),
          "text", section.body())));
      sections.put(proposal, texts);
    });
    List<Document> documents = detail.documents().stream().map(d -> new Document(d.documentId(), d.label(),
        d.filename(), d.mimeType(), d.size(), "/katalog/" + e.entryKey() + "/dokumen/" + d.documentId())).toList();
    List<PublicReplication> replicated = detail.replications().stream()
        .map(r -> new PublicReplication(r.agencyName(), r.agencyId(), r.replicatedOn(), r.note())).toList();
    return new Detail(Item.of(e), e.implementedSince(), e.videoUrl(), e.organiser(), sections, documents,
        replicated);
  }

  @PostMapping(value = "/{entryKey}/replications", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Replication> record(@PathVariable String entryKey,
      @RequestBody(required = false) ReplicationRequest request, Authentication user) {
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    Replication recorded = replications.record(entryKey, request, user.getName(), groups);
    return ResponseEntity.created(URI.create("/api/catalogue/" + recorded.entryKey())).body(recorded);
  }

  @ExceptionHandler(CatalogueNotFound.class)
  public ResponseEntity<Map<String, Object>> notFound(CatalogueNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(ReplicationRefused.class)
  public ResponseEntity<Map<String, Object>> refused(ReplicationRefused e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage(), "problems", e.problems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    String message = "Isi permintaan harus berupa JSON, mis. {\"agencyName\": \"Dinas Kesehatan\","
        + " \"replicatedOn\": \"2024-05-01\", \"note\": \"…\"}.";
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", message, "problems", List.of(message)));
  }
}
