package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.testsupport.S3rver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The {@link DocumentStoreContract} for the S3 back-end against a real S3-compatible server ({@link S3rver}), path
 * style, static credentials; and what is particular to it: the bytes are objects named by their SHA-256 and never in
 * the database, downloads stream, contents stored in the database before the switch are still read.
 */
class S3DocumentStoreTest extends DocumentStoreContract {

  @RegisterExtension
  static final S3rver S3 = new S3rver();

  static final String BUCKET = "kipp-documents";
  static final String PREFIX = "dokumen/";

  private static S3Client client;

  static DocumentProperties.S3 settings(String endpoint, String bucket, boolean create, String prefix) {
    return new DocumentProperties.S3(endpoint, "us-east-1", bucket, S3rver.ACCESS_KEY, S3rver.SECRET_KEY, true, create,
        prefix);
  }

  static S3Client client() {
    if (client == null) {
      client = S3DocumentStore.client(settings(S3.endpoint(), BUCKET, true, PREFIX));
    }
    return client;
  }

  @AfterAll
  static void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  @Override
  DocumentStore newStore(JdbcTemplate jdbc) {
    return new S3DocumentStore(jdbc, () -> NOW, client(), settings(S3.endpoint(), BUCKET, true, PREFIX));
  }

  @Override
  void assertKept(String sha256, byte[] content) {
    ResponseBytes<GetObjectResponse> object = client().getObjectAsBytes(request -> request.bucket(BUCKET)
        .key(PREFIX + sha256));
    assertThat(object.asByteArray()).isEqualTo(content);
    assertThat(((S3DocumentStore) store).holds(sha256)).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ? AND content IS NULL"
        + " AND size_bytes = ?", Integer.class, sha256, content.length)).as("row without bytes").isEqualTo(1);
  }

  @Override
  boolean keepsAnything(String sha256) {
    return ((S3DocumentStore) store).holds(sha256)
        || jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class, sha256) > 0;
  }

  @Override
  boolean rollbackLeavesBytes() {
    return true; // the object is written before the row, outside the transaction
  }

  @Test
  void aTenMegabyteDocumentStreamsAndIsReadWholeOnlyOnce() throws Exception {
    byte[] pdf = bytes(10 * 1024 * 1024, 42);
    StoredDocument stored = store.store(new Upload("besar.pdf", "application/pdf", null, "dinkes", null, null, null),
        pdf);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    pdf = null; // from here on only the store has the bytes

    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long[] copied = {0};
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        digest.update((byte) b);
        copied[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
        copied[0] += len;
      }
    };
    long streamed = allocatedDuring(() -> store.copyContent(stored.id(), out));
    assertThat(copied[0]).isEqualTo(10 * 1024 * 1024);
    assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(expected);
    // measured: about 0.1 MiB of allocations for a 10 MiB download (buffers of the client), never the file
    assertThat(streamed).as("bytes allocated while streaming 10 MiB").isLessThan(2L * 1024 * 1024);

    long openedButUnread = allocatedDuring(() -> store.openContent(stored.id()).close());
    assertThat(openedButUnread).isLessThan(2L * 1024 * 1024);

    byte[][] whole = new byte[1][];
    long read = allocatedDuring(() -> whole[0] = store.content(stored.id()));
    assertThat(whole[0]).hasSize(10 * 1024 * 1024);
    System.out.printf("S3 back-end, 10 MiB document: allocated %d bytes streaming it, %d opening it unread,"
        + " %d reading it whole%n", streamed, openedButUnread, read);
    // once: the array of the file's exact size, plus the client's buffers
    assertThat(read).as("bytes allocated reading 10 MiB whole").isBetween(10L * 1024 * 1024, 12L * 1024 * 1024);
  }

  @Test
  void aFileVariableStreamsFromTheBucketOnlyWhenRead() throws Exception {
    byte[] pdf = bytes(64 * 1024, 43);
    StoredDocument stored = store.store(new Upload("a.pdf", null, null, null, null, null, null), pdf);
    StoredFileValue value = new StoredFileValue(stored.id(), store, "a.pdf", "application/pdf", null);
    InputStream checkedOnly = value.getValue(); // what Camunda's REST resource does before it streams
    assertThat(checkedOnly).isNotNull();
    checkedOnly.close();
    try (InputStream in = value.getValue()) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    assertThat(value.getByteArray()).isEqualTo(pdf);
  }

  @Test
  void contentsStoredInTheDatabaseBeforeTheSwitchAreStillRead() throws IOException {
    byte[] pdf = bytes(30_000, 44);
    StoredDocument before = new DatabaseDocumentStore(jdbc, () -> NOW)
        .store(new Upload("lama.pdf", null, null, null, null, null, null), pdf);

    assertThat(store.content(before.id())).isEqualTo(pdf);
    try (InputStream in = store.openContent(before.id())) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    assertThat(((S3DocumentStore) store).holds(before.sha256())).isFalse();
    // the same bytes uploaded again after the switch: recorded, not stored twice (the database keeps them)
    StoredDocument again = store.store(new Upload("lagi.pdf", null, null, null, null, null, null), pdf);
    assertThat(store.content(again.id())).isEqualTo(pdf);
    assertThat(((S3DocumentStore) store).holds(before.sha256())).isFalse();
  }

  @Test
  void anObjectMissingFromTheBucketIsReportedAsAMissingDocument() {
    byte[] pdf = bytes(1000, 45);
    StoredDocument stored = store.store(new Upload("a.pdf", null, null, null, null, null, null), pdf);
    client().deleteObject(request -> request.bucket(BUCKET).key(PREFIX + stored.sha256()));
    assertThatThrownBy(() -> store.content(stored.id())).isInstanceOf(DocumentMissing.class);
    assertThatThrownBy(() -> store.openContent(stored.id())).isInstanceOf(DocumentMissing.class);
  }

  @Test
  void aMissingBucketIsCreatedOnlyWhenAllowed() {
    assertThatThrownBy(() -> new S3DocumentStore(jdbc, () -> NOW, client(),
        settings(S3.endpoint(), "belum-ada", false, "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"belum-ada\" does not exist").hasMessageContaining("create-bucket");
    S3DocumentStore created = new S3DocumentStore(jdbc, () -> NOW, client(),
        settings(S3.endpoint(), "dibuat-otomatis", true, ""));
    StoredDocument stored = created.store(new Upload("a.pdf", null, null, null, null, null, null), bytes(100, 46));
    assertThat(created.holds(stored.sha256())).isTrue();
    assertThat(client().headObject(request -> request.bucket("dibuat-otomatis").key(stored.sha256())).contentLength())
        .isEqualTo(100);
    assertThatThrownBy(() -> new S3DocumentStore(jdbc, () -> NOW, client(), settings(S3.endpoint(), " ", true, "")))
        .hasMessageContaining("kipp.documents.s3.bucket");
  }

  interface Action {
    void run() throws Exception;
  }

  /** Bytes this thread allocated while running the action (HotSpot's per-thread allocation counter). */
  static long allocatedDuring(Action action) throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    action.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }
}
