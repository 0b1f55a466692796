package id.kipp.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Runs the {@link LegacyFileMigration} after start when {@code kipp.documents.migration.enabled=true}: in a background
 * thread, so that the application serves while the files move, and stopped (after the file being moved) when the
 * application stops. Safe to leave on: with nothing left a run only counts. Safe on two nodes at once: a row is moved
 * by whichever node gets it first, the other skips it.
 */
public class LegacyFileMigrationRunner implements ApplicationRunner, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyFileMigrationRunner.class);

  private final LegacyFileMigration migration;
  private final DocumentProperties.Migration settings;
  private Thread thread;

  public LegacyFileMigrationRunner(LegacyFileMigration migration, DocumentProperties.Migration settings) {
    this.migration = migration;
    this.settings = settings;
  }

  @Override
  public synchronized void run(ApplicationArguments args) {
    if (!settings.enabled()) {
      long left = migration.remaining();
      if (left > 0) {
        LOG.warn("{} files are still kept as the engine's byte arrays: set kipp.documents.migration.enabled=true"
            + " (KIPP_DOCUMENT_MIGRATION=true) to move them into the document store", left);
      }
      return;
    }
    thread = new Thread(() -> {
      LOG.info("Document migration started: {} files to move", migration.remaining());
      try {
        LegacyFileMigration.Report report = migration.run(settings.batchSize());
        LOG.info("Document migration {}: {} moved, {} skipped, {} left", report.remaining() == 0 ? "finished"
            : "stopped", report.moved(), report.skipped(), report.remaining());
      } catch (RuntimeException e) {
        LOG.error("Document migration stopped by an error; what was moved stays moved, a restart goes on", e);
      }
    }, "kipp-document-migration");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the background run (tests). */
  synchronized void await() throws InterruptedException {
    if (thread != null) {
      thread.join();
    }
  }

  @Override
  public synchronized void destroy() throws InterruptedException {
    if (thread != null && thread.isAlive()) {
      thread.interrupt();
      thread.join(30_000);
    }
  }
}
