package id.kipp.document;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link LegacyFileMigration} after start when {@code kipp.documents.migration.enabled=true}: in a background
 * thread, so that the application serves while the files move, and stopped (after the file being moved) when the
 * application stops. Safe to leave on: with nothing left a run only counts. Safe on two nodes at once: a row is moved
 * by whichever node gets it first, the other skips it.
 */
public class LegacyFileMigrationRunner extends BackgroundRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyFileMigrationRunner.class);

  private final LegacyFileMigration migration;
  private final DocumentProperties.Migration settings;

  public LegacyFileMigrationRunner(LegacyFileMigration migration, DocumentProperties.Migration settings) {
    super("kipp-document-migration",
        "Document migration stopped by an error; what was moved stays moved, a restart goes on");
    this.migration = migration;
    this.settings = settings;
  }

  @Override
  boolean enabled() {
    if (!settings.enabled()) {
      long left = migration.remaining();
      if (left > 0) {
        LOG.warn("{} files are still kept as the engine's byte arrays: set kipp.documents.migration.enabled=true"
            + " (KIPP_DOCUMENT_MIGRATION=true) to move them into the document store", left);
      }
    }
    return settings.enabled();
  }

  @Override
  Duration interval() {
    return null;
  }

  @Override
  void work() {
    LOG.info("Document migration started: {} files to move", migration.remaining());
    LegacyFileMigration.Report report = migration.run(settings.batchSize());
    LOG.info("Document migration {}: {} moved, {} skipped, {} left", report.remaining() == 0 ? "finished"
        : "stopped", report.moved(), report.skipped(), report.remaining());
  }
}
