package id.kipp.identity.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * For tests outside this package: the fields a task's deployed Camunda Form marks {@code kipp.recorded}, read as the
 * server reads them ({@link CamundaFormSchema#recordedFields}), so that no test lists them by hand.
 */
public final class RecordedFormFields {

  private RecordedFormFields() {}

  /** The recorded fields of the form that task {@code taskId} shows; fails when it marks none. */
  public static Set<String> of(ProcessEngine engine, String taskId) {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
      Set<String> recorded = CamundaFormSchema.recordedFields(new String(form.readAllBytes(), StandardCharsets.UTF_8));
      if (recorded.isEmpty()) {
        throw new AssertionError("the form of task " + taskId + " marks no field kipp.recorded");
      }
      return recorded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
