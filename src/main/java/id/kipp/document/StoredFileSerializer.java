package id.kipp.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.variable.value.builder.FileValueBuilder;

/**
 * The engine's serializer for {@code File} variables, in place of Camunda's own (same name {@code file}, so the
 * variables look the same to Tasklist, Cockpit and the REST API). The bytes go to the {@link DocumentStore}; the
 * variable keeps the file's name ({@code TEXT_}), "mimeType#encoding" ({@code TEXT2_}, as Camunda writes it) and the
 * document's id ({@code LONG_}) — no byte array, so neither the runtime variable nor the historic variable nor the
 * historic detail holds the bytes (the engine copies these fields into history). Variables written before the store
 * (with a byte array and no id) are read as before.
 *
 * <p>A file that breaks the {@link UploadRules} is not stored; the command that wrote it is refused when it ends
 * (see {@link UploadTracker}), so that a form's own check can still name every problem of the submission at once.
 */
public class StoredFileSerializer extends AbstractTypedValueSerializer<FileValue> {

  static final String SEPARATOR = "#";

  private final DocumentStore store;
  private final UploadTracker tracker;
  private final UploadRules rules;

  public StoredFileSerializer(DocumentStore store, UploadTracker tracker, UploadRules rules) {
    super(ValueType.FILE);
    this.store = store;
    this.tracker = tracker;
    this.rules = rules;
  }

  @Override
  public String getName() {
    return ValueType.FILE.getName();
  }

  @Override
  public void writeValue(FileValue value, ValueFields fields) {
    Long documentId = null;
    if (value instanceof StoredFileValue stored) {
      documentId = stored.documentId(); // the same document again (copied between variables): nothing new to store
    } else {
      byte[] content = bytes(value);
      List<String> problems = content == null ? List.of()
          : rules.check(label(value.getFilename()), content.length, content, value.getMimeType());
      if (!problems.isEmpty()) {
        tracker.refuse(problems); // nothing stored; the command is refused when it ends
      } else if (content != null) {
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        StoredDocument document = store.store(new Upload(value.getFilename(), value.getMimeType(), value.getEncoding(),
            user, null, fields.getName(), null), content);
        documentId = document.id();
        tracker.stored(document, fields);
      }
    }
    fields.setByteArrayValue(null);
    fields.setLongValue(documentId);
    fields.setTextValue(value.getFilename());
    String mimeType = value.getMimeType();
    String encoding = value.getEncoding();
    fields.setTextValue2(mimeType == null && encoding == null ? null
        : (mimeType == null ? "" : mimeType) + SEPARATOR + (encoding == null ? "" : encoding));
  }

  private static String label(String filename) {
    if (filename == null || filename.isBlank()) {
      return "Berkas unggahan";
    }
    String name = filename.strip();
    return "Berkas \"" + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "\"";
  }

  private static byte[] bytes(FileValue value) {
    if (value instanceof FileValueImpl impl) {
      return impl.getByteArray();
    }
    try (InputStream in = value.getValue()) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public FileValue readValue(ValueFields fields, boolean deserializeValue, boolean asTransientValue) {
    String filename = fields.getTextValue() == null ? "" : fields.getTextValue();
    String mimeType = null;
    String encoding = null;
    if (fields.getTextValue2() != null) {
      String[] split = Arrays.copyOf(fields.getTextValue2().split(SEPARATOR, 2), 2);
      mimeType = emptyToNull(split[0]);
      encoding = emptyToNull(split[1]);
    }
    if (fields.getLongValue() != null) {
      StoredFileValue stored = new StoredFileValue(fields.getLongValue(), store, filename, mimeType, encoding);
      stored.setTransient(asTransientValue);
      return stored;
    }
    // written before the document store: the bytes are the variable's byte array
    FileValueBuilder builder = Variables.fileValue(filename).mimeType(mimeType).encoding(encoding);
    if (fields.getByteArrayValue() != null) {
      builder.file(fields.getByteArrayValue());
    }
    builder.setTransient(asTransientValue);
    return builder.create();
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  @Override
  public FileValue convertToTypedValue(UntypedValueImpl untypedValue) {
    throw new UnsupportedOperationException("A file is always given as a typed FileValue");
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value != null && value.getType() != null && getName().equals(value.getType().getName());
  }
}
