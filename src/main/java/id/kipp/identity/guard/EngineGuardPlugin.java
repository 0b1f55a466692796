package id.kipp.identity.guard;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the engine's access rules, in one place:
 *
 * <ul>
 *   <li>{@link CommandGuard} before every command, for REST, webapps and every other client alike;</li>
 *   <li>{@link RecordedFieldsInterceptor} inside every command: the form fields the server records in its own tables
 *       reach the engine as transient variables, whoever completes the task;</li>
 *   <li>task holders get {@code TASK_WORK} on their tasks (read, claim, complete), not {@code UPDATE}: no variable
 *       writes, no reassignment, renaming, due dates or candidates;</li>
 *   <li>only the application's own types and plain Java collections are ever deserialized from a serialized object
 *       variable, whatever type name a client wrote into it.</li>
 * </ul>
 */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  /** Groups that keep the secretariat's tools (Cockpit's variable edits, retries, assignment, ...). */
  public static final Set<String> STAFF_GROUPS = Set.of("sekretariat");

  /** Packages whose classes may be deserialized from object variables (with the engine's default java.* set). */
  static final String DESERIALIZATION_ALLOWED_PACKAGES = "id.kipp.";

  private final InputLimits limits;

  public EngineGuardPlugin(InputLimits limits) {
    this.limits = limits;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandFields.verify();
    // one guard per interceptor chain: the engine links each interceptor to the next one of its chain; all of them
    // share the task forms they read, and the form a guard checked a completion against
    TaskForms forms = new TaskForms();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0,
        new CommandGuard(configuration, STAFF_GROUPS, limits, forms));
    if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0,
        new CommandGuard(configuration, STAFF_GROUPS, limits, forms));
    // inside the command context (post): nested completions too, and the task is the one the command completes
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new RecordedFieldsInterceptor(forms));
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new RecordedFieldsInterceptor(forms));

    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setDeserializationAllowedPackages(DESERIALIZATION_ALLOWED_PACKAGES);
  }
}
