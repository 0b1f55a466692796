package id.kipp.reporting;

import java.nio.charset.StandardCharsets;
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
 * CSV exports of an edition for the secretariat, e.g. {@code GET /api/editions/MALANG-2019/ranking.csv}. Only the
 * groups {@code sekretariat} and {@code camunda-admin} may read them (HTTP Basic with the Camunda account, see
 * {@code id.kipp.identity.ApiSecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/editions/{businessKey}")
public class EditionExportController {

  public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final EditionExports exports;

  public EditionExportController(EditionExports exports) {
    this.exports = exports;
  }

  @GetMapping("/scores.csv")
  public ResponseEntity<byte[]> scores(@PathVariable String businessKey) {
    return csv(businessKey, "scores", exports.scores(businessKey));
  }

  @GetMapping("/ranking.csv")
  public ResponseEntity<byte[]> ranking(@PathVariable String businessKey) {
    return csv(businessKey, "ranking", exports.ranking(businessKey));
  }

  @GetMapping("/assignments.csv")
  public ResponseEntity<byte[]> assignments(@PathVariable String businessKey) {
    return csv(businessKey, "assignments", exports.assignments(businessKey));
  }

  @ExceptionHandler(EditionNotFoundException.class)
  public ResponseEntity<Map<String, String>> notFound(EditionNotFoundException e) {
    // the content type is set here, so that the JSON is written whatever the client accepts (text/csv)
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private static ResponseEntity<byte[]> csv(String businessKey, String name, byte[] body) {
    // the key reached this point only as an existing edition's business key: letters, digits and '-'
    return ResponseEntity.ok().contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(businessKey + "-" + name + ".csv").build().toString())
        .body(body);
  }
}
