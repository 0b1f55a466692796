package id.kipp.reporting.audit;

import id.kipp.reporting.EditionExportController;
import id.kipp.reporting.EntryNotFoundException;

import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of one entry for the secretariat, e.g. {@code GET /api/entries/MALANG-2019-0007/audit} (JSON) and
 * {@code …/audit.csv}. Only the groups {@code sekretariat} and {@code camunda-admin} may read it (HTTP Basic with the
 * Camunda account, see {@code id.kipp.identity.ApiSecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/entries/{entryKey}")
public class EntryAuditController {

  private final EntryAuditTrail audit;

  public EntryAuditController(EntryAuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping(value = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  public EntryAuditTrail.Trail trail(@PathVariable String entryKey) {
    return find(entryKey);
  }

  @GetMapping("/audit.csv")
  public ResponseEntity<byte[]> csv(@PathVariable String entryKey) {
    EntryAuditTrail.Trail trail = find(entryKey);
    // the key reached this point only as an existing entry's business key: letters, digits and '-'
    return ResponseEntity.ok().contentType(EditionExportController.TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(trail.entryKey() + "-audit.csv").build().toString())
        .body(audit.csv(trail));
  }

  @ExceptionHandler(EntryNotFoundException.class)
  public ResponseEntity<Map<String, String>> notFound(EntryNotFoundException e) {
    // the content type is set here, so that the JSON is written whatever the client accepts (text/csv)
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private EntryAuditTrail.Trail find(String entryKey) {
    return audit.of(entryKey).orElseThrow(() -> new EntryNotFoundException(entryKey));
  }
}
