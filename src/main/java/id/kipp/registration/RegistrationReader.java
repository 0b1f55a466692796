package id.kipp.registration;

import static id.kipp.registration.RegistrationVariables.NEVER_ENTERED_BEFORE;

import id.kipp.document.UploadRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Reads a {@link Registration} from process variables. */
final class RegistrationReader {

  static final List<String> OPTIONAL_TEXT = List.of("unit", "contactPhone", "videoUrl", "implementedSince");

  private RegistrationReader() {}

  static Registration read(VariableScope scope) {
    Map<String, String> fields = new HashMap<>();
    for (String name : RegistrationRules.REQUIRED_TEXT.keySet()) {
      fields.put(name, text(scope, name));
    }
    for (String name : RegistrationRules.PROPOSAL_SECTIONS.keySet()) {
      fields.put(name, text(scope, name));
    }
    for (String name : List.of("title", "summary")) {
      fields.put(name, text(scope, name));
    }
    for (String name : OPTIONAL_TEXT) {
      fields.put(name, text(scope, name));
    }
    Object declaration = scope.getVariable(NEVER_ENTERED_BEFORE);
    boolean declared = declaration instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(declaration));
    return new Registration(fields, declared, attachment(scope, "innovationProposalFile"),
        attachment(scope, "performanceProposalFile"), attachment(scope, "declarationFile"));
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString();
  }

  private static Attachment attachment(VariableScope scope, String name) {
    TypedValue typed = scope.getVariableTyped(name);
    if (typed == null || typed.getValue() == null) {
      return null;
    }
    if (!(typed instanceof FileValue file)) {
      return new Attachment(name, 1, new byte[0]);
    }
    try (InputStream in = file.getValue()) {
      byte[] head = in.readNBytes(UploadRules.HEAD_BYTES);
      long size = head.length + in.transferTo(OutputStreamSink.INSTANCE);
      return new Attachment(file.getFilename(), size, head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts bytes without keeping them. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
