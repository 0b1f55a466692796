package id.kipp.evaluation.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/penilaian/{entryKey}/dokumen/{name}}: a proposal PDF for the juror who is scoring the entry, opened
 * in the browser from the scoring form in Tasklist (the webapps' session authenticates it). Anyone else — another
 * juror, the same juror once the task is done, a participant — gets 404, which says nothing about the entry.
 */
@RestController
public class JurorDocumentsController {

  private final JurorDocuments documents;

  public JurorDocumentsController(JurorDocuments documents) {
    this.documents = documents;
  }

  @GetMapping(value = "/api/penilaian/{entryKey}/dokumen/{name}", produces = MediaType.ALL_VALUE)
  public ResponseEntity<?> document(@PathVariable String entryKey, @PathVariable String name, Principal user)
      throws IOException {
    var found = documents.find(user == null ? null : user.getName(), entryKey, name);
    if (found.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of("message",
          "Dokumen tidak ditemukan, atau Anda tidak sedang menilai inovasi " + entryKey + "."));
    }
    byte[] bytes;
    try (InputStream in = found.get().file().getValue()) {
      bytes = in.readAllBytes();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(found.get().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(bytes);
  }
}
