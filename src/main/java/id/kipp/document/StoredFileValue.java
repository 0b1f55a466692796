package id.kipp.document;

import java.io.InputStream;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.type.FileValueType;

/**
 * A File variable whose bytes are in the {@link DocumentStore}: name and type come from the variable, the bytes are
 * read from the store only when someone reads them (listing a task's variables reads none).
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
    load();
    return super.getValue();
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
}
