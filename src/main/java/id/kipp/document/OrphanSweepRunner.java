package id.kipp.document;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Sweeps the document store's orphans ({@link DocumentStore#sweepOrphans}) when
 * {@code kipp.documents.orphan-sweep.enabled=true}: in a background thread after start, then every {@code interval}.
 * Safe on two nodes at once: a removal found done by the other node removes nothing.
 */
public class OrphanSweepRunner implements ApplicationRunner, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanSweepRunner.class);

  private final DocumentStore store;
  private final DocumentProperties.OrphanSweep settings;
  private ScheduledExecutorService scheduler;

  public OrphanSweepRunner(DocumentStore store, DocumentProperties.OrphanSweep settings) {
    this.store = store;
    this.settings = settings;
  }

  @Override
  public synchronized void run(ApplicationArguments args) {
    if (!settings.enabled()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "kipp-document-sweep");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::sweep, 0, settings.interval().toSeconds(), TimeUnit.SECONDS);
  }

  private void sweep() {
    try {
      DocumentStore.Sweep sweep = store.sweepOrphans(settings.grace());
      LOG.info("Document sweep (grace {}): {} contents and {} objects no upload refers to removed", settings.grace(),
          sweep.contents(), sweep.objects());
    } catch (RuntimeException e) {
      LOG.error("Document sweep stopped by an error; the next one goes on", e);
    }
  }

  @Override
  public synchronized void destroy() throws InterruptedException {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
