package id.kipp.identity.guard;

import id.kipp.identity.guard.CommandPolicy.Action;
import id.kipp.identity.guard.TaskForms.TaskForm;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.TextHygiene;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine-level guard: every command a logged-in user sends — through the REST API, the webapps or any other client
 * — passes here before it runs. Administrators pass unchanged. Everyone else:
 *
 * <ul>
 *   <li>completes a task only as its holder and only with the fields of the task's deployed form, each with the form's
 *       type and limits;</li>
 *   <li>starts a process only with the start form's fields, without a business key or start instructions;</li>
 *   <li>claims tasks only for itself (the secretariat may claim for others), comments only in plain text;</li>
 *   <li>never runs what {@link CommandPolicy#ADMIN_ONLY} lists; and, unless it is the secretariat, never changes
 *       anything else (variables, assignees, names, due dates, candidates, jobs, ...).</li>
 * </ul>
 *
 * Only the outermost command of a thread is checked: what delegates and listeners do inside it is the application's own
 * work. Commands without an authenticated user (job executor, start-up, the application's own services) pass too.
 *
 * <p>The checks see the submission as sent. Afterwards, for every caller (checked or not), {@link
 * RecordedFieldsInterceptor} turns the values of the fields a Camunda Form marks {@code "kipp.recorded": "true"} into
 * transient variables: a complete listener records them in the application's tables, the engine stores nothing.
 */
final class CommandGuard extends CommandInterceptor {

  private static final ThreadLocal<Boolean> INSIDE = new ThreadLocal<>();

  private final ProcessEngineConfigurationImpl configuration;
  private final Set<String> staffGroups;
  private final InputLimits limits;
  private final FormSubmissionCheck formCheck;
  private final TaskForms taskForms;
  /** Parsed start forms by process definition id ({@link #startForm}); bounded, a definition is never redeployed. */
  private final Map<String, DeclaredForm> startForms = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_START_FORMS = 500;

  CommandGuard(ProcessEngineConfigurationImpl configuration, Set<String> staffGroups, InputLimits limits,
      TaskForms taskForms) {
    this.configuration = configuration;
    this.staffGroups = Set.copyOf(staffGroups);
    this.limits = limits;
    this.formCheck = new FormSubmissionCheck(limits.maxTextLength());
    this.taskForms = taskForms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Boolean.TRUE.equals(INSIDE.get())) {
      return next.execute(command);
    }
    INSIDE.set(Boolean.TRUE);
    Caller caller = null;
    try {
      caller = caller();
      TaskForm checkedAgainst = caller != null && !caller.admin() ? check(caller, command) : null;
      return taskForms.during(command, checkedAgainst == null ? null : CommandFields.text(command, "taskId"),
          checkedAgainst, () -> next.execute(command));
    } catch (RuntimeException e) {
      if (caller != null) {
        RequestRefusals.record(e, caller.userId());
      }
      throw e;
    } finally {
      INSIDE.remove();
    }
  }

  private Caller caller() {
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    List<String> groups = authentication.getGroupIds();
    if (groups == null) {
      groups = withoutAuthorization(context -> configuration.getIdentityService().createGroupQuery()
          .groupMember(authentication.getUserId()).list().stream().map(group -> group.getId()).toList());
    }
    return new Caller(authentication.getUserId(), List.copyOf(groups), staffGroups);
  }

  /** Refuses {@code command} when the caller may not run it; the Camunda Form a completion was checked against. */
  private TaskForm check(Caller caller, Command<?> command) {
    Action action = CommandPolicy.classify(command);
    switch (action) {
      case READ, OWN_ACCOUNT -> { }
      case ADMIN_ONLY -> throw new AccessRefused("Tindakan ini hanya dapat dilakukan oleh administrator.");
      case WRITE -> {
        if (!caller.staff()) {
          throw new AccessRefused("Akun Anda hanya dapat membaca dan mengerjakan tugas Anda sendiri; "
              + "tindakan ini tidak diizinkan.");
        }
      }
      case CLAIM -> {
        if (!caller.staff()) {
          checkClaim(caller, CommandFields.text(command, "taskId"), CommandFields.text(command, "userId"));
        }
      }
      case COMMENT -> TextHygiene.problem("Komentar", CommandFields.text(command, "message"), limits.maxCommentLength())
          .ifPresent(problem -> {
            throw new RuleViolation(problem);
          });
      case COMPLETE_TASK -> {
        return checkCompletion(caller, command);
      }
      case START -> checkStart(command);
      default -> throw new IllegalStateException("unknown action " + action);
    }
    return null;
  }

  /**
   * A task holder claims a task for itself only, and gives back (unclaims) only a task it took from a group: a task
   * assigned to it by the process (a juror's scoring, a participant's revision) stays with it.
   */
  private void checkClaim(Caller caller, String taskId, String userId) {
    if (userId != null && !userId.equals(caller.userId())) {
      throw new AccessRefused("Anda hanya dapat mengambil tugas untuk diri sendiri.");
    }
    if (userId == null) {
      withoutAuthorization(context -> {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null && (!caller.userId().equals(task.getAssignee()) || !caller.candidateOf(task))) {
          throw new AccessRefused("Tugas ini ditugaskan langsung kepada Anda dan tidak dapat dilepas.");
        }
        return null;
      });
    }
  }

  private TaskForm checkCompletion(Caller caller, Command<?> command) {
    String taskId = CommandFields.text(command, "taskId");
    Map<String, Object> variables = CommandFields.variables(command,
        command.getClass().getSimpleName().equals("SubmitTaskFormCmd") ? "properties" : "variables");
    return withoutAuthorization(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null; // the command itself answers that the task does not exist
      }
      if (!caller.holds(task)) {
        throw new AccessRefused(task.getAssignee() != null
            ? "Tugas ini ditugaskan kepada pengguna lain; hanya pemegangnya yang dapat menyelesaikannya."
            : "Tugas ini bukan untuk kelompok Anda.");
      }
      TaskForm camundaForm = null;
      DeclaredForm form;
      if (TaskForms.hasCamundaForm(task)) {
        try {
          camundaForm = taskForms.of(context, command, task);
          form = camundaForm.declared();
        } catch (ProcessEngineException e) {
          form = DeclaredForm.none(); // a reference that does not resolve, as the engine's deployed-form lookup
        }
      } else {
        form = task.getTaskDefinition() != null && !hasForm(task.getTaskDefinition().getFormDefinition())
            ? DeclaredForm.none() : form(() -> configuration.getFormService().getDeployedTaskForm(taskId));
      }
      RuleViolation.throwIfAny(formCheck.check(form, typed(variables), task::getVariable));
      return camundaForm;
    });
  }

  private void checkStart(Command<?> command) {
    String definitionId;
    String businessKey;
    Map<String, Object> variables;
    if (command.getClass().getSimpleName().equals("StartProcessInstanceCmd")) {
      ProcessInstantiationBuilderImpl builder =
          (ProcessInstantiationBuilderImpl) CommandFields.get(command, "instantiationBuilder");
      if (!builder.getModificationBuilder().getModificationOperations().isEmpty() || builder.getModificationBuilder().isSkipCustomListeners()
          || builder.getModificationBuilder().isSkipIoMappings() || builder.getCaseInstanceId() != null || builder.getRestartedProcessInstanceId() != null) {
        throw new AccessRefused("Proses hanya dapat dimulai dari awal, melalui formulirnya.");
      }
      definitionId = builder.getProcessDefinitionId();
      if (definitionId == null) {
        String key = builder.getProcessDefinitionKey();
        definitionId = withoutAuthorization(context -> {
          ProcessDefinitionEntity latest = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
          return latest == null ? null : latest.getId();
        });
      }
      businessKey = builder.getBusinessKey();
      variables = builder.getVariables();
    } else {
      definitionId = CommandFields.text(command, "processDefinitionId");
      businessKey = CommandFields.text(command, "businessKey");
      variables = CommandFields.variables(command, "variables");
    }
    if (businessKey != null) {
      throw new RuleViolation("Kunci bisnis ditentukan oleh sistem dan tidak dapat dikirim saat memulai proses.");
    }
    if (definitionId == null) {
      return; // the command itself answers that the process does not exist
    }
    String id = definitionId;
    Map<String, Object> submitted = variables == null ? Map.of() : variables;
    withoutAuthorization(context -> {
      DeclaredForm form = startForm(id);
      RuleViolation.throwIfAny(formCheck.check(form, typed(submitted), name -> null));
      return null;
    });
  }

  /**
   * The start form of a process definition. A form that is a resource of the definition's deployment (a constant
   * {@code formKey}, no Camunda Form reference, which could follow the latest form version) never changes for that
   * definition, so it is read and parsed once: every registration of a deadline rush would otherwise read and parse
   * the 30 KB HTML form again (docs/performance.md).
   */
  private DeclaredForm startForm(String definitionId) {
    DeclaredForm cached = startForms.get(definitionId);
    if (cached != null) {
      return cached;
    }
    ProcessDefinitionEntity definition = configuration.getDeploymentCache()
        .findDeployedProcessDefinitionById(definitionId);
    org.camunda.bpm.engine.impl.form.FormDefinition start = definition == null ? null
        : definition.getStartFormDefinition();
    if (definition != null && !hasForm(start)) {
      return DeclaredForm.none(); // asking the engine for a form it does not have would mark the transaction rollback-only
    }
    DeclaredForm form = form(() -> configuration.getFormService().getDeployedStartForm(definitionId));
    if (start != null && start.getCamundaFormDefinitionKey() == null && start.getFormKey() != null
        && start.getFormKey().getExpressionText().startsWith("embedded:deployment:")
        && !start.getFormKey().getExpressionText().contains("{") && startForms.size() < MAX_CACHED_START_FORMS) {
      startForms.put(definitionId, form);
    }
    return form;
  }

  private static boolean hasForm(org.camunda.bpm.engine.impl.form.FormDefinition definition) {
    return definition != null && (definition.getFormKey() != null || definition.getCamundaFormDefinitionKey() != null);
  }

  /** The form a task or start event shows, read from its deployment; no form when it has none. */
  private static DeclaredForm form(java.util.function.Supplier<InputStream> deployed) {
    String content;
    try (InputStream in = deployed.get()) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (ProcessEngineException e) {
      return DeclaredForm.none();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read a deployed form", e);
    }
    return content.stripLeading().startsWith("{") ? CamundaFormSchema.parse(content)
        : EmbeddedFormSchema.parse("formulir", content);
  }

  private static Map<String, TypedValue> typed(Map<String, Object> variables) {
    Map<String, TypedValue> typed = new LinkedHashMap<>();
    if (variables instanceof VariableMap map) {
      for (String name : map.keySet()) {
        typed.put(name, map.getValueTyped(name));
      }
    } else if (variables != null) {
      variables.forEach((name, value) -> typed.put(name,
          value instanceof TypedValue typedValue ? typedValue : Variables.untypedValue(value)));
    }
    return typed;
  }

  /** Runs {@code work} in a command of its own, with the engine's authorization checks off. */
  private <T> T withoutAuthorization(Function<CommandContext, T> work) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return work.apply(context);
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }
}
