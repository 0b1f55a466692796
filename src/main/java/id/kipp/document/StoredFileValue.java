package id.kipp.document;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.FileValueType;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * A File variable whose bytes are in the {@link DocumentStore}: name and type come from the variable, the bytes are
 * read from the store only when someone reads them (listing a task's variables reads none).
 *
 * <p>{@link #getValue()} streams from the store (the REST API's {@code .../data} downloads use it): the stream opens
 * the document on its first read, so a caller that only checks it for null (Camunda's REST resource does) holds no
 * connection. {@link #getByteArray()} reads the bytes once and keeps them.
 */
public class StoredFileValue extends FileValueImpl {

  private static final long serialVersionUID = 1L;

  private final long documentId;
  private final transient DocumentStore store;

  StoredFileValue(long documentId, DocumentStore store, String filename, String mimeType, String encoding) {
    super(null, (FileValueType) ValueType.FILE, filename, mimeType, encoding);
    this.documentId = documentId;
    this.store = store;
  }

  public long documentId() {
    return documentId;
  }

  @Override
  public InputStream getValue() {
    synchronized (this) {
      if (value != null || store == null) {
        return super.getValue();
      }
    }
    return new OpenedOnRead(() -> store.openContent(documentId));
  }

  @Override
  public byte[] getByteArray() {
    load();
    return super.getByteArray();
  }

  private synchronized void load() {
    if (value == null && store != null) {
      value = store.content(documentId);
    }
  }

  @Override
  public String toString() {
    return "StoredFileValue [document=" + documentId + ", mimeType=" + mimeType + ", filename=" + filename + "]";
  }

  /** A stream that opens its source when first read, and closes it (if opened) when closed. */
  static final class OpenedOnRead extends InputStream {

    private final java.util.function.Supplier<InputStream> source;
    private InputStream in;
    private boolean closed;

    OpenedOnRead(java.util.function.Supplier<InputStream> source) {
      this.source = source;
    }

    private InputStream in() throws IOException {
      if (closed) {
        throw new IOException("Stream closed");
      }
      if (in == null) {
        in = source.get();
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
      return in().skip(n);
    }

    @Override
    public int available() throws IOException {
      return in == null ? 0 : in.available();
    }

    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
      return in().transferTo(out);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      if (in != null) {
        in.close();
      }
    }
  }
}
