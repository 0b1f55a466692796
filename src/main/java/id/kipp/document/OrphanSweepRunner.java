package id.kipp.document;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the document store's orphans ({@link DocumentStore#sweepOrphans}) when
 * {@code kipp.documents.orphan-sweep.enabled=true}: in a background thread after start, then every {@code interval}.
 * Safe on two nodes at once: a removal found done by the other node removes nothing.
 */
public class OrphanSweepRunner extends BackgroundRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanSweepRunner.class);

  private final DocumentStore store;
  private final DocumentProperties.OrphanSweep settings;

  public OrphanSweepRunner(DocumentStore store, DocumentProperties.OrphanSweep settings) {
    super("kipp-document-sweep", "Document sweep stopped by an error; the next one goes on");
    this.store = store;
    this.settings = settings;
  }

  @Override
  boolean enabled() {
    return settings.enabled();
  }

  @Override
  Duration interval() {
    return settings.interval();
  }

  @Override
  void work() {
    DocumentStore.Sweep sweep = store.sweepOrphans(settings.grace());
    LOG.info("Document sweep (grace {}): {} contents and {} objects no upload refers to removed", settings.grace(),
        sweep.contents(), sweep.objects());
  }
}
