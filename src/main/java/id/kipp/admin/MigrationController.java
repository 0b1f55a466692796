package id.kipp.admin;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/processes/{key}/migrate}: running instances to the latest version (camunda-admin only). */
@RestController
public class MigrationController {

  private final ProcessMigration migration;

  public MigrationController(ProcessMigration migration) {
    this.migration = migration;
  }

  @PostMapping("/api/admin/processes/{processKey}/migrate")
  public ProcessMigration.Report migrate(@PathVariable String processKey) {
    return migration.toLatest(processKey);
  }

  @ExceptionHandler(BadUserRequestException.class)
  public ResponseEntity<Map<String, String>> unknown(BadUserRequestException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
