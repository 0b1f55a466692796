package id.kipp.objection;

import id.kipp.document.DocumentStore;
import id.kipp.document.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/uji-publik/sanggahan/{objectionId}/lampiran}: the PDF a citizen attached to a public objection, for
 * the secretariat deciding it (the link in the decision task's table, opened with the Tasklist login) and the
 * administrator; anyone else is refused by {@code id.kipp.identity.ApiSecurityConfiguration} (403, 401 without a
 * login). Served from the document store as a PDF download whatever the citizen declared, never as a page of this
 * site.
 */
@RestController
public class ObjectionAttachmentController {

  static final String PATH = "/api/uji-publik/sanggahan/{objectionId}/lampiran";

  private final PublicObjectionRepository repository;
  private final DocumentStore documents;

  public ObjectionAttachmentController(PublicObjectionRepository repository, DocumentStore documents) {
    this.repository = repository;
    this.documents = documents;
  }

  @GetMapping(value = PATH, produces = MediaType.ALL_VALUE)
  public ResponseEntity<?> attachment(@PathVariable String objectionId) {
    Optional<StoredDocument> document = objectionId.matches("[0-9]{1,18}")
        ? repository.byId(Long.parseLong(objectionId)).map(PublicObjectionRepository.Stored::documentId)
            .flatMap(documents::find)
        : Optional.empty();
    if (document.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Sanggahan " + objectionId + " tidak ditemukan atau tidak berlampiran."));
    }
    byte[] bytes = documents.content(document.get().id());
    String filename = document.get().filename() == null ? "lampiran-sanggahan.pdf"
        : document.get().filename().replaceAll("\\p{Cntrl}", "");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(filename, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .contentLength(bytes.length).body(bytes);
  }
}
