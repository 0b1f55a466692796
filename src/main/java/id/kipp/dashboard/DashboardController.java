package id.kipp.dashboard;

import id.kipp.shared.RuleViolation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The edition dashboard's JSON API, read by the Cockpit plugin ({@code app/cockpit/kipp/dashboard.js}); GET only, for
 * the groups {@code sekretariat} and {@code camunda-admin} (see {@code id.kipp.identity.ApiSecurityConfiguration}).
 */
@RestController
@RequestMapping(value = "/api/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
public class DashboardController {

  private final EditionDashboard dashboard;
  private final EntryTab entryTab;

  public DashboardController(EditionDashboard dashboard, EntryTab entryTab) {
    this.dashboard = dashboard;
    this.entryTab = entryTab;
  }

  @GetMapping("/editions")
  public List<EditionSummary> editions() {
    return dashboard.editions();
  }

  @GetMapping("/editions/{editionKey}")
  public EditionDashboard.Detail edition(@PathVariable String editionKey) {
    return dashboard.detail(editionKey).orElseThrow(() -> new NotFound("Edisi " + editionKey + " tidak ditemukan."));
  }

  @GetMapping("/editions/{editionKey}/entries")
  public EditionDashboard.EntryPage entries(@PathVariable String editionKey,
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(required = false) String group, @RequestParam(required = false) String stage,
      @RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "25") String size) {
    return dashboard.entries(editionKey, query, group, stage, number(page, "page"), number(size, "size"))
        .orElseThrow(() -> new NotFound("Edisi " + editionKey + " tidak ditemukan."));
  }

  @GetMapping("/instances/{processInstanceId}")
  public EntryTab.View instance(@PathVariable String processInstanceId) {
    return entryTab.ofInstance(processInstanceId)
        .orElseThrow(() -> new NotFound("Instans proses ini bukan inovasi peserta."));
  }

  @GetMapping("/entries/{entryKey}")
  public EntryTab.View entry(@PathVariable String entryKey) {
    return entryTab.ofEntry(entryKey).orElseThrow(() -> new NotFound("Inovasi " + entryKey + " tidak ditemukan."));
  }

  @GetMapping(value = "/entries/{entryKey}/documents/{name}", produces = MediaType.ALL_VALUE)
  public ResponseEntity<byte[]> document(@PathVariable String entryKey, @PathVariable String name)
      throws IOException {
    FileValue file = entryTab.document(entryKey, name)
        .orElseThrow(() -> new NotFound("Dokumen tidak ditemukan pada inovasi " + entryKey + "."));
    // only a PDF is shown as such; anything else is downloaded, never run by the browser
    MediaType type = MediaType.APPLICATION_PDF_VALUE.equals(file.getMimeType()) ? MediaType.APPLICATION_PDF
        : MediaType.APPLICATION_OCTET_STREAM;
    String fileName = file.getFilename() == null ? name + ".pdf" : file.getFilename();
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(EntryTab.bytes(file));
  }

  @ExceptionHandler(NotFound.class)
  public ResponseEntity<Map<String, String>> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(RuleViolation.class)
  public ResponseEntity<Map<String, String>> badRequest(RuleViolation e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }

  private static int number(String value, String name) {
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new RuleViolation("Parameter \"" + name + "\" harus bilangan bulat 1 atau lebih.");
  }

  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
