package id.kipp.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The application's store of uploaded files. Every upload gets a {@link StoredDocument} (its name, type, size,
 * uploader, time and the entry it belongs to); the bytes are kept once per distinct content, addressed by their
 * SHA-256, so the same file uploaded twice takes its size once. Process variables keep only the document's id.
 *
 * <p>Writes take part in the caller's transaction: an upload refused later in the same transaction leaves nothing.
 */
public interface DocumentStore {

  /** Records one upload of {@code content}; its bytes are written only when no document with the same bytes exists. */
  StoredDocument store(Upload upload, byte[] content);

  Optional<StoredDocument> find(long id);

  /** The document's bytes. */
  byte[] content(long id);

  /**
   * The document's bytes as a stream, for the caller to close. A back-end that can read a stream from where the bytes
   * are (S3) does; the default reads them whole.
   */
  default InputStream openContent(long id) {
    return new ByteArrayInputStream(content(id));
  }

  /** Writes the document's bytes to {@code out} without holding them whole in memory where the back-end allows. */
  void copyContent(long id, OutputStream out) throws IOException;

  /** The uploads recorded for a process instance, oldest first (the audit trail of its files). */
  List<StoredDocument> ofProcessInstance(String processInstanceId);

  /** Sets the process instance and entry of a document once known (a registration gets its key after its files). */
  void assignOwner(long id, String processInstanceId, String entryKey);

  /** How many distinct contents and how many bytes the store holds. */
  Usage usage();

  record Usage(long contents, long bytes, long documents) {}

  /**
   * Removes bytes no upload refers to, stored at least {@code grace} ago: a content no {@code document} row names
   * (with its chunks), and in the S3 back-end an object without a content row (left by an upload whose transaction
   * rolled back). Anything younger than {@code grace} stays, so that an upload still in its transaction keeps its
   * bytes; a content an upload starts to use while it is swept stays (the database refuses the removal).
   */
  Sweep sweepOrphans(Duration grace);

  /** What a sweep removed: content rows (with their chunks) and objects of the bucket. */
  record Sweep(long contents, long objects) {}
}
