package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every back-end of the {@link DocumentStore} does, on the Flyway tables (H2, or PostgreSQL in the
 * {@code *OnPostgresTest} subclasses), each test rolled back: metadata and bytes read back, content addressing, the
 * same bytes stored once (also when uploaded twice at once), empty files and unknown ids. Subclasses give the back-end:
 * {@link DatabaseDocumentStoreTest}, {@link S3DocumentStoreTest}.
 */
@JdbcTest
abstract class DocumentStoreContract {

  static final Instant NOW = Instant.parse("2019-08-01T02:00:00Z");

  @Autowired
  JdbcTemplate jdbc;

  DocumentStore store;

  @BeforeEach
  void store() {
    store = newStore(jdbc);
  }

  /** The back-end under test, on the test's database. */
  abstract DocumentStore newStore(JdbcTemplate jdbc);

  /** The bytes of a content as the back-end keeps them (for the back-end's own assertions). */
  abstract void assertKept(String sha256, byte[] content);

  /** Whether anything of a content (row, chunks, object) is still kept. */
  abstract boolean keepsAnything(String sha256);

  /** Whether an upload whose transaction rolled back leaves its bytes behind until a sweep (S3: the object). */
  abstract boolean rollbackLeavesBytes();

  @Test
  void anUploadIsStoredWithItsMetadataAndReadBack() throws Exception {
    byte[] pdf = bytes(3 * 1024 * 1024, 1);
    StoredDocument stored = store.store(new Upload("proposal.pdf", "application/pdf", null, "dinkes", "pi-1",
        "innovationProposalFile", null), pdf);

    assertThat(stored.sha256()).hasSize(64).isEqualTo(DatabaseDocumentStore.sha256(pdf));
    assertThat(store.find(stored.id())).contains(stored);
    assertThat(store.content(stored.id())).isEqualTo(pdf);
    assertKept(stored.sha256(), pdf);
    try (java.io.InputStream in = store.openContent(stored.id())) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    store.copyContent(stored.id(), copy);
    assertThat(copy.toByteArray()).isEqualTo(pdf);
    assertThat(stored.size()).isEqualTo(pdf.length);
    assertThat(stored.uploadedBy()).isEqualTo("dinkes");
    assertThat(stored.uploadedAt()).isEqualTo(Instant.parse("2019-08-01T02:00:00Z"));

    store.assignOwner(stored.id(), "pi-1", "MALANG-2019-0001");
    assertThat(store.ofProcessInstance("pi-1")).singleElement()
        .satisfies(document -> assertThat(document.entryKey()).isEqualTo("MALANG-2019-0001"));
  }

  @Test
  void theSameBytesUploadedTwiceAreStoredOnceAndBothUploadsAreRecorded() {
    byte[] pdf = bytes(512 * 1024, 2);
    DocumentStore.Usage before = store.usage();
    StoredDocument first = store.store(new Upload("a.pdf", "application/pdf", null, "dinkes", "pi-1", "x", null), pdf);
    StoredDocument second = store.store(new Upload("b.pdf", null, null, "juri1", "pi-2", "y", "K-2019-0002"), pdf);
    StoredDocument other = store.store(new Upload("c.pdf", null, null, null, null, null, null), bytes(1000, 3));

    DocumentStore.Usage after = store.usage();
    assertThat(after.contents() - before.contents()).isEqualTo(2);
    assertThat(after.bytes() - before.bytes()).isEqualTo(pdf.length + 1000);
    assertThat(after.documents() - before.documents()).isEqualTo(3);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.sha256()).isEqualTo(first.sha256()).isNotEqualTo(other.sha256());
    assertThat(store.find(second.id()).orElseThrow().filename()).isEqualTo("b.pdf");
    assertThat(store.content(second.id())).isEqualTo(pdf);
    assertThat(store.content(other.id())).hasSize(1000);
    assertKept(first.sha256(), pdf);
  }

  @Test
  void anEmptyFileAndAnUnknownIdAreHandled() {
    StoredDocument empty = store.store(new Upload("kosong.pdf", null, null, null, null, null, null), new byte[0]);
    assertThat(store.content(empty.id())).isEmpty();
    assertThat(store.find(Long.MAX_VALUE)).isEmpty();
    assertThatThrownBy(() -> store.content(Long.MAX_VALUE)).isInstanceOf(DocumentMissing.class);
    assertThat(DatabaseDocumentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void twoUploadsOfTheSameBytesAtOnceStoreThemOnce() throws Exception {
    byte[] pdf = bytes(200 * 1024, System.nanoTime());
    String sha256 = DatabaseDocumentStore.sha256(pdf);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CountDownLatch firstStored = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    StoredDocument[] both = new StoredDocument[2];
    try {
      Future<StoredDocument> first = threads.submit(() -> transaction.execute(status -> {
        StoredDocument document = store.store(new Upload("a.pdf", null, null, "a", null, null, null), pdf);
        firstStored.countDown();
        sleep(500); // the second upload checks and inserts while this one is not committed yet
        return document;
      }));
      Future<StoredDocument> second = threads.submit(() -> {
        firstStored.await();
        return transaction.execute(status -> store.store(new Upload("b.pdf", null, null, "b", null, null, null), pdf));
      });
      both[0] = first.get(30, TimeUnit.SECONDS);
      both[1] = second.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class, sha256))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE sha256 = ?", Integer.class, sha256))
        .isEqualTo(2);
    assertThat(both).extracting(StoredDocument::sha256).containsExactly(sha256, sha256);
    assertKept(sha256, pdf);
    assertThat(store.content(both[0].id())).isEqualTo(pdf);
    assertThat(store.content(both[1].id())).isEqualTo(pdf);
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void whatARolledBackUploadLeftIsSweptAfterTheGracePeriodOnlyAndReferencedBytesStay() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    byte[] kept = bytes(100 * 1024, System.nanoTime());
    byte[] refused = bytes(100 * 1024, System.nanoTime() + 1);
    StoredDocument committed = transaction.execute(status -> store.store(new Upload("a.pdf", null, null, "a", null,
        null, null), kept));
    String rolledBack = transaction.execute(status -> {
      StoredDocument document = store.store(new Upload("b.pdf", null, null, "b", null, null, null), refused);
      status.setRollbackOnly(); // as when another file of the same registration broke the upload rules
      return document.sha256();
    });
    assertThat(keepsAnything(rolledBack)).isEqualTo(rollbackLeavesBytes());
    sleep(1100); // object times have whole seconds

    DocumentStore.Sweep withinGrace = store.sweepOrphans(Duration.ofHours(1));
    assertThat(keepsAnything(rolledBack)).isEqualTo(rollbackLeavesBytes());
    DocumentStore.Sweep afterGrace = store.sweepOrphans(Duration.ZERO);

    assertThat(keepsAnything(rolledBack)).isFalse();
    if (rollbackLeavesBytes()) {
      assertThat(afterGrace.objects()).isPositive();
    }
    assertThat(withinGrace).isNotNull();
    assertThat(store.content(committed.id())).isEqualTo(kept);
    assertKept(committed.sha256(), kept);
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void aContentNoDocumentRefersToAnyMoreIsSweptWithItsBytes() {
    byte[] pdf = bytes(20 * 1024, System.nanoTime());
    StoredDocument stored = store.store(new Upload("a.pdf", null, null, "a", null, null, null), pdf);
    jdbc.update("DELETE FROM document WHERE id = ?", stored.id()); // e.g. by an operator
    sleep(1100);
    assertThat(store.sweepOrphans(Duration.ofDays(1000)).contents()).as("within the grace period").isZero();
    assertThat(keepsAnything(stored.sha256())).isTrue();

    DocumentStore.Sweep sweep = store.sweepOrphans(Duration.ZERO);

    assertThat(sweep.contents()).isPositive();
    assertThat(keepsAnything(stored.sha256())).isFalse();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
